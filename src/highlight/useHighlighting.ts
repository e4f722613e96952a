import { useCallback, useMemo, useState } from 'react';
import { isolate } from '../text/bidi';
import { findOccurrences, termKey } from '../text/match';
import type { Layout } from './layout';
import { matchesText, type TermSpec } from './terms';
import { useHighlightParam } from './useHighlightParam';
import { useMatchNavigation } from './useMatchNavigation';
import { useTermMatches, type OfferedTerm } from './useTermMatches';

export type { OfferedTerm } from './useTermMatches';

export interface Highlighting {
  terms: TermSpec[];
  /** Active term keys in activation order; a key's place is its colour slot. */
  active: string[];
  /** Matches of every term, by key. */
  counts: ReadonlyMap<string, number>;
  /** Labels by key, for titles and announcements. */
  labels: ReadonlyMap<string, string>;
  layout: Layout;
  current: number | null;
  announcement: string;
  toggle: (term: TermSpec) => void;
  addReaderTerm: (text: string) => void;
  clear: () => void;
  next: () => void;
  previous: () => void;
}

/**
 * The highlighting of a record page, put together from small hooks: the active keys in the
 * address (`useHighlightParam`), the terms' matches and their layout (`useTermMatches`), and
 * stepping through the matches (`useMatchNavigation`). Each change is announced.
 */
export function useHighlighting(
  segments: readonly string[],
  offered: readonly OfferedTerm[],
): Highlighting {
  const [activeKeys, setKeys] = useHighlightParam();
  const { terms, active, counts, layout, prepared } = useTermMatches(segments, offered, activeKeys);
  const [announcement, announce] = useState('');
  const labels = useMemo(() => new Map(terms.map((t) => [t.key, t.label])), [terms]);
  const { current, next, previous } = useMatchNavigation(layout, labels, announce);

  const toggle = useCallback(
    (term: TermSpec) => {
      if (activeKeys.includes(term.key)) {
        setKeys(activeKeys.filter((k) => k !== term.key));
        announce(`${isolate(term.label)}: highlights removed.`);
      } else {
        setKeys([...activeKeys, term.key]);
        announce(`${isolate(term.label)}: ${matchesText(counts.get(term.key) ?? 0)} highlighted.`);
      }
    },
    [activeKeys, counts, setKeys],
  );

  const addReaderTerm = useCallback(
    (text: string) => {
      const key = termKey(text);
      if (key === '') return;
      if (activeKeys.includes(key)) {
        announce(`${isolate(text.trim())} is already highlighted.`);
        return;
      }
      const found = findOccurrences(prepared, [{ id: key, text }]).get(key) ?? [];
      setKeys([...activeKeys, key]);
      announce(`${isolate(text.trim())}: ${matchesText(found.length)} highlighted.`);
    },
    [activeKeys, prepared, setKeys],
  );

  const clear = useCallback(() => {
    setKeys([]);
    announce('Highlights cleared.');
  }, [setKeys]);

  return useMemo(
    () => ({
      terms,
      active,
      counts,
      labels,
      layout,
      current,
      announcement,
      toggle,
      addReaderTerm,
      clear,
      next,
      previous,
    }),
    [
      terms,
      active,
      counts,
      labels,
      layout,
      current,
      announcement,
      toggle,
      addReaderTerm,
      clear,
      next,
      previous,
    ],
  );
}
