import { layoutSegments } from '../../src/highlight/layout';
import { findOccurrences, prepareText, toRanges } from '../../src/text/match';
import { sentenceBounds } from '../../src/text/sentences';

/** The layout of `segments` with `terms` active (each term its own id), as the page makes it. */
export function layOut(segments: readonly string[], terms: readonly string[]) {
  const occurrences = findOccurrences(
    prepareText(segments),
    terms.map((t) => ({ id: t, text: t })),
  );
  return layoutSegments(
    segments,
    toRanges(segments, occurrences, terms),
    segments.map((s) => sentenceBounds(s)),
  );
}
