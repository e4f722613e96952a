// The parts of citation-js (0.8, untyped) that Lectern uses.
declare module '@citation-js/core' {
  /** The parts of a citeproc-js engine Lectern calls. */
  interface CiteprocEngine {
    /** Registers exactly these items (and drops the others); returns their ids as sorted. */
    updateItems(ids: readonly string[]): string[];
    makeBibliography(): [{ bibstart: string; bibend: string }, string[]];
    /** One citation of registered items, without a citation history. */
    makeCitationCluster(items: readonly { id: string }[]): string;
  }
  export class Cite {
    constructor(data: unknown);
    /** The parsed input, as CSL-JSON. */
    data: { id: string }[];
    format(
      type: 'bibliography' | 'citation',
      options: { format: 'html' | 'text'; template: string; lang?: string },
    ): string;
  }
  export const plugins: {
    input: {
      /** Parses input of a known type into CSL-JSON items. */
      chain(data: string, options: { forceType: string; generateGraph: boolean }): unknown[];
    };
    config: {
      get(name: '@csl'): {
        styles: { add(name: string, xml: string): void; has(name: string): boolean };
        /** The style's citeproc engine (one per style and locale), given these items. */
        engine(
          data: readonly { id: string }[],
          style: string,
          lang: string,
          format: 'html' | 'text',
        ): CiteprocEngine;
      };
    };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
