// The parts of citation-js (0.8, untyped) that Lectern uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    /** The parsed input, as CSL-JSON. */
    data: unknown[];
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
      };
    };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
