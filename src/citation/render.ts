import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CslItem } from './csl';
import { APPROXIMATED, toBibtex } from './bibtex';
import { toRis } from './ris';
import { pureAuthor, pureStandard } from './pureStyles';
import { parseCslHtml } from './html';
import { normalise, type Rich } from './rich';
import { styleInfo, type StyleId } from './styles';
import { chicago } from './styles/chicago';
import mla from './styles/csl/modern-language-association.csl?raw';
import ama from './styles/csl/american-medical-association.csl?raw';
import ieee from './styles/csl/ieee.csl?raw';
import harvard from './styles/csl/harvard-cite-them-right.csl?raw';

/**
 * The citation engine: citation-js with citeproc-js for the CSL styles, and Lectern's own writers
 * for Pure's formats, BibTeX and RIS. In the browser it runs in a Web Worker started when the
 * reader shows intent to cite and the build has not already written the citation (a record added
 * without a rebuild, or a list); at build time it writes every record's citations.
 */
const csl = plugins.config.get('@csl');
const { styles } = csl;
for (const [name, xml] of [
  ['modern-language-association', mla],
  ['american-medical-association', ama],
  ['ieee', ieee],
  ['harvard-cite-them-right', harvard],
  ['lectern-chicago-author-date', chicago],
] as const) {
  styles.add(name, xml);
}

export type Rendered =
  | { kind: 'rich'; bibliography: Rich; inText: Rich | null }
  | {
      kind: 'code';
      text: string;
      /** Characters the ASCII BibTeX option had to keep as they are (no LaTeX command). */
      untransliterated?: string[];
      /** Characters the ASCII BibTeX option wrote as another that looks the same. */
      approximated?: string[];
    };

export interface RenderOptions {
  bibtexAscii: boolean;
}

/**
 * The item as citeproc reads it: without Pure's output type (`genre`, which a CSL style would
 * print as a description), the keyword list, which no style prints, and the portal page's URL
 * (a style would print it in place of the journal's own address). Its text has no bidi
 * controls (`toCsl`), so citeproc sees every name's letters and gives initials in any script;
 * the view isolates right-to-left runs when it shows the result (`directionRuns`).
 */
function forCiteproc(item: CslItem): CslItem {
  const { genre, keywords, URL, ...rest } = item;
  return rest;
}

/**
 * CSL-JSON as readers take it: `keyword` is one string, and a name's particles are written in
 * the name ("van der Berg", "Ludwig van"), where CSL processors find them again and Zotero,
 * which ignores the particle fields, keeps them.
 */
function cslJson(item: CslItem): Record<string, unknown> {
  const { keywords, ...rest } = item;
  const author = item.author.map((name) => {
    const { 'non-dropping-particle': nonDropping, 'dropping-particle': dropping, ...parts } = name;
    return {
      ...parts,
      ...(nonDropping ? { family: [nonDropping, name.family].filter(Boolean).join(' ') } : {}),
      ...(dropping ? { given: [name.given, dropping].filter(Boolean).join(' ') } : {}),
    };
  });
  return {
    ...rest,
    author,
    ...(keywords && keywords.length > 0 ? { keyword: keywords.join(', ') } : {}),
  };
}

function familyOf(item: CslItem): string {
  const first = item.author[0];
  return (first?.family ?? first?.literal ?? item.title).toLocaleLowerCase();
}

export function render(
  items: readonly CslItem[],
  styleId: StyleId,
  options: RenderOptions,
): Rendered {
  const style = styleInfo(styleId);
  switch (style.kind) {
    case 'bibtex': {
      const text = items.map((i) => toBibtex(i, { ascii: options.bibtexAscii })).join('\n');
      if (!options.bibtexAscii) return { kind: 'code', text };
      const left = Array.from(text).filter((c) => c.charCodeAt(0) >= 0x80);
      const approximated = Array.from(JSON.stringify(items)).filter((c) => APPROXIMATED.has(c));
      return {
        kind: 'code',
        text,
        untransliterated: [...new Set(left)],
        ...(approximated.length > 0 ? { approximated: [...new Set(approximated)] } : {}),
      };
    }
    case 'ris':
      return {
        kind: 'code',
        text: items.map((i) => toRis(i)).join('\r\n'),
      };
    case 'csl-json':
      return { kind: 'code', text: `${JSON.stringify(items.map(cslJson), null, 2)}\n` };
    case 'pure-author':
    case 'pure-standard': {
      const sorted = [...items].sort((a, b) => familyOf(a).localeCompare(familyOf(b)));
      const bibliography: Rich = [];
      sorted.forEach((item, index) => {
        if (index > 0) bibliography.push({ break: true }, { break: true });
        bibliography.push(
          ...(style.kind === 'pure-author' ? pureAuthor(item) : pureStandard(item)),
        );
      });
      return { kind: 'rich', bibliography: normalise(bibliography), inText: null };
    }
    case 'csl': {
      // citation-js parses the items once and keeps one citeproc engine per style; the items are
      // registered once for both the bibliography and the in-text citation (citation-js's own
      // two formats would register them twice and rebuild the processor's state for the second).
      const data = new Cite(items.map(forCiteproc)).data;
      const engine = csl.engine(data, style.template, 'en-US', 'html');
      engine.updateItems(data.map((item) => item.id));
      const [{ bibstart, bibend }, entries] = engine.makeBibliography();
      const bibliography = parseCslHtml(`${bibstart}${entries.join('')}${bibend}`);
      const inText = parseCslHtml(engine.makeCitationCluster(data.map(({ id }) => ({ id }))));
      return { kind: 'rich', bibliography, inText: inText.length > 0 ? inText : null };
    }
  }
}
