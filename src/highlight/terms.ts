import { termKey } from '../text/match';

/** Where a highlightable term comes from. */
export type TermSource = 'keyword' | 'concept' | 'reader';

export interface TermSpec {
  /**
   * The term's one identity: case- and accent-insensitive ("multiple myeloma"). The URL stores it,
   * and the active list, colour slots, counts and layout are keyed by it.
   */
  key: string;
  label: string;
  source: TermSource;
}

/**
 * The terms a page offers (keywords, then fingerprint concepts) plus the reader's own from the
 * URL, each once.
 */
export function buildTerms(
  offered: readonly { label: string; source: TermSource }[],
  activeKeys: readonly string[],
): TermSpec[] {
  const specs: TermSpec[] = [];
  const seen = new Set<string>();
  const add = (label: string, source: TermSource) => {
    const key = termKey(label);
    if (key === '' || seen.has(key)) return;
    seen.add(key);
    specs.push({ key, label, source });
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

/** "1 match", "7 matches". */
export function matchesText(count: number): string {
  return count === 1 ? '1 match' : `${count} matches`;
}
