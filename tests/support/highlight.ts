import { layoutSegments } from '../../src/highlight/layout';
import { findOccurrences, prepareText, toRanges } from '../../src/text/match';
import { sentenceBounds } from '../../src/text/sentences';

/**
 * The layout of `segments` with `terms` active (each term its own id), as the page makes it;
 * `lendPlain` lends it the unhighlighted layout, as the page does.
 */
export function layOut(segments: readonly string[], terms: readonly string[], lendPlain = false) {
  const occurrences = findOccurrences(
    prepareText(segments),
    terms.map((t) => ({ id: t, text: t })),
  );
  const sentences = segments.map((s) => sentenceBounds(s));
  return layoutSegments(
    segments,
    toRanges(segments, occurrences, terms),
    sentences,
    lendPlain ? layoutSegments(segments, [], sentences) : undefined,
  );
}
