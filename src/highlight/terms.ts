import { termKey } from '../text/match';
import { slug } from '../text/slug';

/** Where a highlightable term comes from. */
export type TermSource = 'keyword' | 'concept' | 'reader';

export interface TermSpec {
  /** Safe for `data-term` and element ids: no spaces. */
  id: string;
  /** Case- and accent-insensitive identity; what the URL stores. */
  key: string;
  label: string;
  source: TermSource;
}

/** Safe for ids and attributes; letters of every script kept. */
const termId = (key: string) => slug(key) || 'term';

/**
 * The terms a page offers (keywords, then fingerprint concepts) plus the reader's own from the
 * URL, each once, with unique ids.
 */
export function buildTerms(
  offered: readonly { label: string; source: TermSource }[],
  activeKeys: readonly string[],
): TermSpec[] {
  const specs: TermSpec[] = [];
  const byKey = new Map<string, TermSpec>();
  const usedIds = new Set<string>();
  const add = (label: string, source: TermSource) => {
    const key = termKey(label);
    if (key === '' || byKey.has(key)) return;
    let id = termId(key);
    for (let n = 2; usedIds.has(id); n++) id = `${termId(key)}-${n}`;
    usedIds.add(id);
    const spec = { id, key, label, source };
    byKey.set(key, spec);
    specs.push(spec);
  };
  for (const term of offered) add(term.label, term.source);
  for (const key of activeKeys) add(key, 'reader');
  return specs;
}

const HL_PARAM = /(?:^|&)hl=([^&]*)/;

/** Reads `?hl=thalidomide,multiple+myeloma` into term keys, in activation order. */
export function readHighlightParam(search: string): string[] {
  const match = HL_PARAM.exec(search.replace(/^\?/, ''));
  if (!match?.[1]) return [];
  const keys: string[] = [];
  for (const part of match[1].split(',')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(part.replace(/\+/g, ' '));
    } catch {
      continue;
    }
    const key = termKey(decoded);
    if (key !== '' && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** The search string with `hl` set to `keys` (commas kept readable), other parameters untouched. */
export function writeHighlightParam(search: string, keys: readonly string[]): string {
  const params = new URLSearchParams(search);
  params.delete('hl');
  const rest = params.toString();
  const hl = keys.map((key) => encodeURIComponent(key).replace(/%20/g, '+')).join(',');
  const parts = [rest, keys.length > 0 ? `hl=${hl}` : ''].filter(Boolean);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
