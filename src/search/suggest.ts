import { distance } from 'fastest-levenshtein';
import * as v from 'valibot';
import type { ResearchRecord } from '../record/schema';
import { fold } from '../text/fold';
import { americanSpelling } from '../text/spelling';

/**
 * "Did you mean": a word searched for that no record's title, keywords, subject areas or
 * authors' names hold is replaced by the nearest that does (Levenshtein distance, from
 * `fastest-levenshtein`), the most used first. The build writes the words with their record
 * counts; the browser loads them only when a search finds nothing.
 */
export const WORDS_FILE = 'search/words.json';

export const wordsSchema = v.object({
  words: v.array(v.tuple([v.string(), v.pipe(v.number(), v.integer(), v.minValue(1))])),
});

const MIN_LENGTH = 4;

/** A word as the index compares it: folded, American spelling. */
const form = (word: string) => americanSpelling(fold(word));

/** Every word of four letters or more in the records' titles, keywords, subjects and names. */
export function searchWords(records: readonly ResearchRecord[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const record of records) {
    const text = [
      record.title,
      ...record.keywords,
      ...record.subjectAreas,
      ...record.authors.map((a) => ('literal' in a ? a.literal : a.family)),
    ].join(' ');
    const words = new Set((text.match(/\p{L}+/gu) ?? []).map(form));
    for (const word of words) {
      if (word.length >= MIN_LENGTH && /^[a-z]+$/.test(word)) {
        counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
  }
  return [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1));
}

/**
 * The words searched for with each unknown one replaced by its nearest known word (the same
 * first letter, at most one edit for a word of four letters, two for a longer one), or null when
 * none is replaced.
 */
export function suggestion(
  query: string,
  words: readonly (readonly [string, number])[],
): string | null {
  const known = new Set(words.map(([word]) => word));
  const written = query.split(/\s+/).filter(Boolean);
  const suggested = written.map((w) => {
    const word = form(w);
    if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word) || known.has(word)) return w;
    return nearest(word, words) ?? w;
  });
  return suggested.some((w, i) => w !== written[i]) ? suggested.join(' ') : null;
}

function nearest(word: string, words: readonly (readonly [string, number])[]): string | null {
  const most = word.length > MIN_LENGTH ? 2 : 1;
  let best: { word: string; distance: number } | null = null;
  // Most used first, so the first at the least distance wins.
  for (const [candidate] of words) {
    if (candidate[0] !== word[0] || Math.abs(candidate.length - word.length) > most) continue;
    const d = distance(word, candidate);
    if (d <= most && (!best || d < best.distance)) best = { word: candidate, distance: d };
  }
  return best?.word ?? null;
}
