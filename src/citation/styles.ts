/** The formats the panel offers: Pure's seven first, in Pure's order, then four more and CSL-JSON. */
export type StyleId =
  | 'apa'
  | 'author'
  | 'bibtex'
  | 'harvard'
  | 'standard'
  | 'ris'
  | 'vancouver'
  | 'mla'
  | 'chicago'
  | 'ama'
  | 'ieee'
  | 'csl-json';

export type StyleKind = 'csl' | 'pure-author' | 'pure-standard' | 'bibtex' | 'ris' | 'csl-json';

export interface StyleInfo {
  id: StyleId;
  label: string;
  kind: StyleKind;
  /** The CSL template citation-js knows it by. */
  template?: string;
  extension: 'txt' | 'bib' | 'ris' | 'json';
  mime: string;
}

const TEXT = 'text/plain;charset=utf-8';

export const STYLES: readonly StyleInfo[] = [
  { id: 'apa', label: 'APA', kind: 'csl', template: 'apa', extension: 'txt', mime: TEXT },
  { id: 'author', label: 'Author', kind: 'pure-author', extension: 'txt', mime: TEXT },
  {
    id: 'bibtex',
    label: 'BibTeX',
    kind: 'bibtex',
    extension: 'bib',
    mime: 'application/x-bibtex;charset=utf-8',
  },
  {
    id: 'harvard',
    label: 'Harvard',
    kind: 'csl',
    template: 'harvard-cite-them-right',
    extension: 'txt',
    mime: TEXT,
  },
  { id: 'standard', label: 'Standard', kind: 'pure-standard', extension: 'txt', mime: TEXT },
  {
    id: 'ris',
    label: 'RIS',
    kind: 'ris',
    extension: 'ris',
    mime: 'application/x-research-info-systems;charset=utf-8',
  },
  {
    id: 'vancouver',
    label: 'Vancouver',
    kind: 'csl',
    template: 'vancouver',
    extension: 'txt',
    mime: TEXT,
  },
  {
    id: 'mla',
    label: 'MLA',
    kind: 'csl',
    template: 'modern-language-association',
    extension: 'txt',
    mime: TEXT,
  },
  {
    id: 'chicago',
    label: 'Chicago (author-date)',
    kind: 'csl',
    template: 'lectern-chicago-author-date',
    extension: 'txt',
    mime: TEXT,
  },
  {
    id: 'ama',
    label: 'AMA',
    kind: 'csl',
    template: 'american-medical-association',
    extension: 'txt',
    mime: TEXT,
  },
  {
    id: 'ieee',
    label: 'IEEE',
    kind: 'csl',
    template: 'ieee',
    extension: 'txt',
    mime: TEXT,
  },
  {
    id: 'csl-json',
    label: 'CSL-JSON',
    kind: 'csl-json',
    extension: 'json',
    mime: 'application/vnd.citationstyles.csl+json;charset=utf-8',
  },
];

export const DEFAULT_STYLE: StyleId = 'apa';

export function styleInfo(id: StyleId): StyleInfo {
  return STYLES.find((s) => s.id === id) ?? (STYLES[0] as StyleInfo);
}

export function isStyleId(value: unknown): value is StyleId {
  return typeof value === 'string' && STYLES.some((s) => s.id === value);
}
