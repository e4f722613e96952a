import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { sentenceBounds } from '../text/sentences';
import { isolate } from '../text/bidi';
import { useHydrated } from '../ui/useHydrated';
import { layoutSegments, type Layout } from './layout';
import { findOccurrences, prepareText, termKey, toRanges, type PreparedText } from '../text/match';
import {
  buildTerms,
  readHighlightParam,
  writeHighlightParam,
  type TermSource,
  type TermSpec,
} from './terms';

export interface OfferedTerm {
  label: string;
  source: TermSource;
}

export interface Highlighting {
  terms: TermSpec[];
  /** Active term ids in activation order; a term's position is its colour slot. */
  active: string[];
  counts: ReadonlyMap<string, number>;
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
 * Glue between the URL (`?hl=`), the pure matcher and the view. The text is prepared once per
 * record; each term's occurrences are computed once and cached, so a toggle only re-cuts ranges.
 */
export function useHighlighting(
  segments: readonly string[],
  offered: readonly OfferedTerm[],
): Highlighting {
  const location = useLocation();
  const navigate = useNavigate();
  // A prerendered page was rendered without highlights; they are applied once it is hydrated.
  const hydrated = useHydrated();
  const search = hydrated ? location.search : '';
  const activeKeys = useMemo(() => readHighlightParam(search), [search]);

  const prepared = useMemo(() => prepareText(segments), [segments]);
  const sentences = useMemo(() => segments.map((s) => sentenceBounds(s)), [segments]);
  // Offered terms do not depend on the URL, so their occurrences are found once per record; a
  // toggle only re-cuts ranges. The reader's own terms are few and found as they come.
  const offeredTerms = useMemo(() => buildTerms(offered, []), [offered]);
  const terms = useMemo(() => buildTerms(offered, activeKeys), [offered, activeKeys]);
  const readerTerms = useMemo(() => terms.filter((t) => t.source === 'reader'), [terms]);
  const offeredOccurrences = useMemo(
    () => occurrencesOf(prepared, offeredTerms),
    [prepared, offeredTerms],
  );
  const readerOccurrences = useMemo(
    () => occurrencesOf(prepared, readerTerms),
    [prepared, readerTerms],
  );
  const occurrences = useMemo(
    () => new Map([...offeredOccurrences, ...readerOccurrences]),
    [offeredOccurrences, readerOccurrences],
  );

  const active = useMemo(
    () =>
      activeKeys.flatMap((key) => {
        const spec = terms.find((t) => t.key === key);
        return spec ? [spec.id] : [];
      }),
    [activeKeys, terms],
  );
  const layout = useMemo(
    () => layoutSegments(segments, toRanges(segments, occurrences, active), sentences),
    [segments, occurrences, active, sentences],
  );
  const counts = useMemo(
    () => new Map([...occurrences].map(([id, list]) => [id, list.length])),
    [occurrences],
  );

  const [announcement, setAnnouncement] = useState('');
  const [position, setPosition] = useState<{ search: string; index: number } | null>(null);
  const current = position?.search === location.search ? position.index : null;

  const setKeys = useCallback(
    (keys: string[]) => {
      void navigate(
        { search: writeHighlightParam(location.search, keys), hash: location.hash },
        { preventScrollReset: true },
      );
    },
    [navigate, location.search, location.hash],
  );

  const toggle = useCallback(
    (term: TermSpec) => {
      const on = activeKeys.includes(term.key);
      if (on) {
        setKeys(activeKeys.filter((k) => k !== term.key));
        setAnnouncement(`${isolate(term.label)}: highlights removed.`);
      } else {
        const count = counts.get(term.id) ?? 0;
        setKeys([...activeKeys, term.key]);
        setAnnouncement(`${isolate(term.label)}: ${matchesText(count)} highlighted.`);
      }
    },
    [activeKeys, counts, setKeys],
  );

  const addReaderTerm = useCallback(
    (text: string) => {
      const key = termKey(text);
      if (key === '') return;
      if (activeKeys.includes(key)) {
        setAnnouncement(`${isolate(text.trim())} is already highlighted.`);
        return;
      }
      const found = findOccurrences(prepared, [{ id: key, text }]).get(key) ?? [];
      setKeys([...activeKeys, key]);
      setAnnouncement(`${isolate(text.trim())}: ${matchesText(found.length)} highlighted.`);
    },
    [activeKeys, prepared, setKeys],
  );

  const clear = useCallback(() => {
    setKeys([]);
    setAnnouncement('Highlights cleared.');
  }, [setKeys]);

  const labels = useMemo(() => new Map(terms.map((t) => [t.id, t.label])), [terms]);
  const goTo = useCallback(
    (index: number) => {
      const hit = layout.hits[index];
      if (!hit) return;
      setPosition({ search: location.search, index });
      const names = hit.terms.map((id) => labels.get(id) ?? id).join(' and ');
      setAnnouncement(
        `${index + 1} of ${layout.hits.length}: ${isolate(names)}. ${isolate(hit.sentence)}`,
      );
      // The match's mark, or (highlights painted as ranges) the sentence it is in.
      const element =
        document.querySelector<HTMLElement>(`[data-hit="${hit.key}"]`) ??
        document.querySelector<HTMLElement>(
          `[data-sentence="${hit.segment}.${hit.sentenceIndex}"]`,
        );
      element?.focus({ preventScroll: true });
      element?.scrollIntoView({ block: 'center', behavior: 'auto' });
    },
    [layout.hits, labels, location.search],
  );

  const total = layout.hits.length;
  const next = useCallback(() => {
    if (total > 0) goTo(current === null ? 0 : (current + 1) % total);
  }, [current, total, goTo]);
  const previous = useCallback(() => {
    if (total > 0) goTo(current === null ? total - 1 : (current - 1 + total) % total);
  }, [current, total, goTo]);

  useShortcuts(next, previous);

  return {
    terms,
    active,
    counts,
    layout,
    current,
    announcement,
    toggle,
    addReaderTerm,
    clear,
    next,
    previous,
  };
}

function occurrencesOf(prepared: PreparedText, terms: readonly TermSpec[]) {
  return findOccurrences(
    prepared,
    terms.map((t) => ({ id: t.id, text: t.label })),
  );
}

export function matchesText(count: number): string {
  return count === 1 ? '1 match' : `${count} matches`;
}

/** "n" and "p" step through matches, unless the reader is typing. */
function useShortcuts(next: () => void, previous: () => void) {
  const handlers = useRef({ next, previous });
  useEffect(() => {
    handlers.current = { next, previous };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = event.target;
      if (
        target instanceof HTMLElement &&
        (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
      ) {
        return;
      }
      if (event.key === 'n') handlers.current.next();
      else if (event.key === 'p') handlers.current.previous();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
    };
  }, []);
}
