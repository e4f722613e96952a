import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import { useLocation } from 'react-router';
import { useHydrated } from '../ui/useHydrated';
import { useStableCallback } from '../ui/useStableCallback';
import { isolate } from '../text/bidi';
import { findOccurrences, termKey } from '../text/match';
import type { HighlightedTextProps } from './HighlightedText';
import { sameView, SLOT_COUNT } from './HighlightedText';
import { canPaintRanges, loadPainter, LONG_TEXT } from './paint';
import type { SentenceIndex } from './paintRanges';
import type { Layout } from './layout';
import { arrivesAtMatch } from './arrival';
import { assignSlots, sameSlots } from './slots';
import { matchesText, type TermSource, type TermSpec } from './terms';
import { useHighlightParam } from './useHighlightParam';
import { useMatchNavigation } from './useMatchNavigation';
import { useTermMatches, type OfferedTerm } from './useTermMatches';
import { createAnnouncer, type Announcer } from './announcer';

export type { OfferedTerm } from './useTermMatches';

const NO_SLOTS: ReadonlyMap<string, number> = new Map();
const NO_LABELS: ReadonlyMap<string, string> = new Map();

/** What each segment of `layout` renders with `HighlightedText`. */
function segmentViewsOf(
  layout: Layout,
  paint: HighlightedTextProps['paint'],
  slots: ReadonlyMap<string, number>,
  labels: ReadonlyMap<string, string>,
  current: number | null,
): HighlightedTextProps[] {
  return layout.segments.map((segment, index) => ({
    segment,
    index,
    paint,
    slots,
    labels,
    current,
  }));
}

/** `next`, with each view that shows the same as the one before it replaced by that one. */
function keepUnchanged(
  before: readonly HighlightedTextProps[] | null,
  next: HighlightedTextProps[] | null,
): HighlightedTextProps[] | null {
  if (!before || !next) return next;
  return next.map((view, i) => {
    const old = before[i];
    return old && sameView(old, view) ? old : view;
  });
}

export interface Highlighter {
  /** Offered terms of one source, then (for "reader") the reader's own from the address. */
  terms: (source: TermSource) => TermSpec[];
  /** Active term keys, in activation order. */
  active: readonly string[];
  /** Matches of every term, by key. */
  counts: ReadonlyMap<string, number>;
  /** The colour slot of each active term with matches, kept while it stays on. */
  slots: ReadonlyMap<string, number>;
  /** What each segment (0 is the title) renders with `HighlightedText`. */
  segments: HighlightedTextProps[];
  /** Whether the term called `label` (a concept, say) is on, and turning it on or off. */
  isOn: (label: string) => boolean;
  toggleLabel: (label: string) => void;
  toggle: (term: TermSpec) => void;
  addReaderTerm: (text: string) => void;
  clear: () => void;
  next: () => void;
  previous: () => void;
  current: number | null;
  total: number;
  /** The last change in words, for a live region (`useAnnouncement`). */
  announcer: Announcer;
}

/**
 * The highlighting of a text (its title and paragraphs) behind one hook: the active terms in the
 * address, their matches and layout, colour slots that stay put, stepping through the matches,
 * and painting. A long text is painted with the CSS Custom Highlight API where the browser has it
 * (a toggle then changes no element); the served page and hydration use marks, as the server
 * renders them. `root` holds the text: navigation and the painter look inside it only.
 */
export function useHighlighter(
  segments: readonly string[],
  offered: readonly OfferedTerm[],
  root: RefObject<HTMLElement | null>,
): Highlighter {
  const [activeKeys, setKeys] = useHighlightParam();
  const { terms, active, counts, layout, plainLayout, prepared } = useTermMatches(
    segments,
    offered,
    activeKeys,
  );
  const [announcer] = useState(createAnnouncer);
  const { announce } = announcer;
  const labels = useMemo(() => new Map(terms.map((t) => [t.key, t.label])), [terms]);
  const { current, next, previous } = useMatchNavigation(layout, active, labels, announce, root);

  // Arriving from a link into the text (TO_FIRST_MATCH), the first passage is shown and read out.
  const location = useLocation();
  const arrived = useRef<string | null>(null);
  const hits = layout.hits.length;
  useEffect(() => {
    if (hits === 0 || arrived.current === location.key || !arrivesAtMatch(location.state)) return;
    arrived.current = location.key;
    next();
  }, [hits, location.key, location.state, next]);

  // A term without a match takes no colour; the others keep theirs while they stay on.
  const coloured = useMemo(
    () => active.filter((key) => (counts.get(key) ?? 0) > 0),
    [active, counts],
  );
  const [slots, setSlots] = useState(() => assignSlots(new Map(), coloured));
  const nextSlots = assignSlots(slots, coloured);
  if (!sameSlots(nextSlots, slots)) setSlots(nextSlots);

  // The handlers stay the same functions from toggle to toggle (they read the latest state when
  // called), so the parts of the page that only call them are skipped by a toggle's render.
  const toggle = useStableCallback((term: TermSpec) => {
    const found = counts.get(term.key) ?? 0;
    if (activeKeys.includes(term.key)) {
      setKeys(activeKeys.filter((k) => k !== term.key));
      announce(`${isolate(term.label)}: highlights removed.`);
    } else if (found === 0 && term.source !== 'reader') {
      announce(`${isolate(term.label)}: no matches in the title or abstract.`);
    } else {
      setKeys([...activeKeys, term.key]);
      announce(`${isolate(term.label)}: ${matchesText(found)} highlighted.`);
    }
  });

  const byKey = useMemo(() => new Map(terms.map((t) => [t.key, t])), [terms]);
  const isOn = useCallback((label: string) => active.includes(termKey(label)), [active]);
  const toggleLabel = useStableCallback((label: string) => {
    const term = byKey.get(termKey(label));
    if (term) toggle(term);
  });

  const addReaderTerm = useStableCallback((text: string) => {
    const key = termKey(text);
    if (key === '') return;
    if (activeKeys.includes(key)) {
      announce(`${isolate(text.trim())} is already highlighted.`);
      return;
    }
    const found = findOccurrences(prepared, [{ id: key, text }]).get(key) ?? [];
    setKeys([...activeKeys, key]);
    announce(`${isolate(text.trim())}: ${matchesText(found.length)} highlighted.`);
  });

  const clear = useStableCallback(() => {
    setKeys([]);
    announce('Highlights cleared.');
  });

  const hydrated = useHydrated();
  const paint = useMemo(
    () =>
      hydrated && canPaintRanges() && segments.reduce((n, s) => n + s.length, 0) > LONG_TEXT
        ? 'ranges'
        : 'marks',
    [hydrated, segments],
  );
  // The sentence spans painted over: found once, as they stay while the text does.
  const painted = useRef<{ root: HTMLElement; segments: readonly string[]; index: SentenceIndex }>(
    null,
  );
  useLayoutEffect(() => {
    const element = root.current;
    if (paint !== 'ranges' || !element) return;
    // Once the painter's chunk is loaded (with the page, for a long text) this resolves in a
    // microtask, before the browser paints the frame.
    let remove: (() => void) | undefined;
    let cancelled = false;
    void loadPainter().then(({ paintRanges, indexSentences }) => {
      if (cancelled) return;
      if (painted.current?.root !== element || painted.current.segments !== segments) {
        painted.current = { root: element, segments, index: indexSentences(element) };
      }
      remove = paintRanges(
        painted.current.index,
        layout,
        (key) => (slots.get(key) ?? 0) % SLOT_COUNT,
        current,
      );
    });
    return () => {
      cancelled = true;
      remove?.();
    };
  }, [paint, layout, slots, current, root, segments]);

  // Painted over, a text's sentences are plain text whatever is highlighted: their views stay the
  // same objects from toggle to toggle, and the page skips them.
  const plainViews = useMemo(
    () => segmentViewsOf(plainLayout, 'ranges', NO_SLOTS, NO_LABELS, null),
    [plainLayout],
  );
  // Marked, a segment whose marks did not change keeps its view object from the last render, so
  // the part of the page that shows it (the title in the header) can skip the render.
  const freshViews = useMemo(
    () => (paint === 'ranges' ? null : segmentViewsOf(layout, paint, slots, labels, current)),
    [layout, paint, slots, labels, current],
  );
  const [shown, setShown] = useState({ fresh: freshViews, views: freshViews });
  const markedViews =
    shown.fresh === freshViews ? shown.views : keepUnchanged(shown.views, freshViews);
  if (shown.fresh !== freshViews) setShown({ fresh: freshViews, views: markedViews });
  const segmentViews = markedViews ?? plainViews;

  const termsOf = useCallback(
    (source: TermSource) => terms.filter((t) => t.source === source),
    [terms],
  );

  return useMemo(
    () => ({
      terms: termsOf,
      active,
      counts,
      slots,
      segments: segmentViews,
      isOn,
      toggleLabel,
      toggle,
      addReaderTerm,
      clear,
      next,
      previous,
      current,
      total: layout.hits.length,
      announcer,
    }),
    [
      termsOf,
      active,
      counts,
      slots,
      segmentViews,
      isOn,
      toggleLabel,
      toggle,
      addReaderTerm,
      clear,
      next,
      previous,
      current,
      layout.hits.length,
      announcer,
    ],
  );
}
