import { findOccurrences, prepareText, toRanges } from '../text/match';
import type { ExcerptPart } from './document';

/**
 * A result's title in parts, the words searched for marked as the record page would highlight
 * them (word variants, British and American spellings, case and accents aside). Pagefind marks
 * its excerpts itself; titles travel as plain text, so they are marked here.
 */
export function markedParts(text: string, query: string): ExcerptPart[] {
  const words = query.split(/\s+/).filter(Boolean);
  if (words.length === 0 || text === '') return [{ text, marked: false }];
  const prepared = prepareText([text]);
  const ids = words.map((_, i) => String(i));
  const occurrences = findOccurrences(
    prepared,
    words.map((word, i) => ({ id: String(i), text: word })),
  );
  const [ranges = []] = toRanges([text], occurrences, ids);
  return ranges.map(({ start, end, terms }) => ({
    text: text.slice(start, end),
    marked: terms.length > 0,
  }));
}
