import { isStyleId, STYLE_IDS, type StyleId } from './styleIds';

export { DEFAULT_STYLE, isStyleId, STYLE_IDS, type StyleId } from './styleIds';

interface Common {
  id: StyleId;
  label: string;
  extension: 'txt' | 'bib' | 'ris' | 'json';
  mime: string;
}

/**
 * How each format is made. A CSL style names the template citeproc knows it by (a file of
 * `styles/csl/` or one citation-js bundles); the others are Lectern's own writers.
 */
export type StyleInfo = Common &
  (
    | { kind: 'csl'; template: string }
    | { kind: 'pure-author' | 'pure-standard' | 'bibtex' | 'ris' | 'csl-json' }
  );

const TEXT = 'text/plain;charset=utf-8';
const csl = (id: StyleId, label: string, template: string): StyleInfo => ({
  id,
  label,
  kind: 'csl',
  template,
  extension: 'txt',
  mime: TEXT,
});

const BY_ID: Readonly<Record<StyleId, StyleInfo>> = {
  apa: csl('apa', 'APA', 'apa'),
  author: { id: 'author', label: 'Author', kind: 'pure-author', extension: 'txt', mime: TEXT },
  bibtex: {
    id: 'bibtex',
    label: 'BibTeX',
    kind: 'bibtex',
    extension: 'bib',
    mime: 'application/x-bibtex;charset=utf-8',
  },
  harvard: csl('harvard', 'Harvard', 'harvard-cite-them-right'),
  standard: {
    id: 'standard',
    label: 'Standard',
    kind: 'pure-standard',
    extension: 'txt',
    mime: TEXT,
  },
  ris: {
    id: 'ris',
    label: 'RIS',
    kind: 'ris',
    extension: 'ris',
    mime: 'application/x-research-info-systems;charset=utf-8',
  },
  vancouver: csl('vancouver', 'Vancouver', 'vancouver'),
  mla: csl('mla', 'MLA', 'modern-language-association'),
  chicago: csl('chicago', 'Chicago (author-date)', 'lectern-chicago-author-date'),
  ama: csl('ama', 'AMA', 'american-medical-association'),
  ieee: csl('ieee', 'IEEE', 'ieee'),
  'csl-json': {
    id: 'csl-json',
    label: 'CSL-JSON',
    kind: 'csl-json',
    extension: 'json',
    mime: 'application/vnd.citationstyles.csl+json;charset=utf-8',
  },
};

export const STYLES: readonly StyleInfo[] = STYLE_IDS.map((id) => BY_ID[id]);

/** A style by its id; any other name is an error, never a silent fallback to another style. */
export function styleInfo(id: string): StyleInfo {
  if (!isStyleId(id)) {
    throw new Error(`Unknown citation style "${id}" (known: ${STYLE_IDS.join(', ')}).`);
  }
  return BY_ID[id];
}
