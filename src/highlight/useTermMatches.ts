import { useMemo } from 'react';
import { sentenceBounds } from '../text/sentences';
import { findOccurrences, prepareText, toRanges, type PreparedText } from '../text/match';
import { layoutSegments, type Layout } from './layout';
import { buildTerms, type TermSource, type TermSpec } from './terms';

export interface OfferedTerm {
  label: string;
  source: TermSource;
}

export interface TermMatches {
  /** Every term: offered ones, then the reader's own from the address. */
  terms: TermSpec[];
  /** The active keys that name a term, in activation order; a key's place is its colour slot. */
  active: string[];
  /** Matches of every term, by key. */
  counts: ReadonlyMap<string, number>;
  layout: Layout;
  /** The text laid out with nothing highlighted: its sentences, once per text. */
  plainLayout: Layout;
  prepared: PreparedText;
}

function occurrencesOf(prepared: PreparedText, terms: readonly TermSpec[]) {
  return findOccurrences(
    prepared,
    terms.map((t) => ({ id: t.key, text: t.label })),
  );
}

/**
 * What the text holds for the terms: the text is prepared once per record and each offered
 * term's matches found once (they do not depend on the address); the reader's few terms are found
 * as they come. A toggle only re-cuts the ranges and lays them out.
 */
export function useTermMatches(
  segments: readonly string[],
  offered: readonly OfferedTerm[],
  activeKeys: readonly string[],
): TermMatches {
  const prepared = useMemo(() => prepareText(segments), [segments]);
  const sentences = useMemo(() => segments.map((s) => sentenceBounds(s)), [segments]);
  const offeredTerms = useMemo(() => buildTerms(offered, []), [offered]);
  const terms = useMemo(() => buildTerms(offered, activeKeys), [offered, activeKeys]);
  const offeredOccurrences = useMemo(
    () => occurrencesOf(prepared, offeredTerms),
    [prepared, offeredTerms],
  );
  const readerTerms = useMemo(() => terms.filter((t) => t.source === 'reader'), [terms]);
  const readerOccurrences = useMemo(
    () => occurrencesOf(prepared, readerTerms),
    [prepared, readerTerms],
  );
  const occurrences = useMemo(
    () => new Map([...offeredOccurrences, ...readerOccurrences]),
    [offeredOccurrences, readerOccurrences],
  );
  const active = useMemo(() => {
    const known = new Set(terms.map((t) => t.key));
    return activeKeys.filter((key) => known.has(key));
  }, [activeKeys, terms]);
  const plainLayout = useMemo(() => layoutSegments(segments, [], sentences), [segments, sentences]);
  const layout = useMemo(
    () => layoutSegments(segments, toRanges(segments, occurrences, active), sentences, plainLayout),
    [segments, occurrences, active, sentences, plainLayout],
  );
  const counts = useMemo(
    () => new Map([...occurrences].map(([key, list]) => [key, list.length])),
    [occurrences],
  );
  return useMemo(
    () => ({ terms, active, counts, layout, plainLayout, prepared }),
    [terms, active, counts, layout, plainLayout, prepared],
  );
}
