import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { isolate } from '../text/bidi';
import type { Layout } from './layout';

export interface MatchNavigation {
  /** The match being read, or null before the first step (and after the highlights change). */
  current: number | null;
  next: () => void;
  previous: () => void;
}

/**
 * Previous/next through the matches in reading order, with `p` and `n`: each step focuses the
 * match (its mark, or with painted ranges its sentence), scrolls it into view and announces it
 * with its sentence. A change of the address (another toggle) starts again from the top.
 */
export function useMatchNavigation(
  layout: Layout,
  labels: ReadonlyMap<string, string>,
  announce: (message: string) => void,
): MatchNavigation {
  const { search } = useLocation();
  const [position, setPosition] = useState<{ search: string; index: number } | null>(null);
  const current = position?.search === search ? position.index : null;

  const goTo = useCallback(
    (index: number) => {
      const hit = layout.hits[index];
      if (!hit) return;
      setPosition({ search, index });
      const names = hit.terms.map((key) => labels.get(key) ?? key).join(' and ');
      announce(
        `${index + 1} of ${layout.hits.length}: ${isolate(names)}. ${isolate(hit.sentence)}`,
      );
      // Its mark, or with painted ranges (no marks) the sentence it is in: one of them exists.
      const element = document.querySelector<HTMLElement>(
        `[data-hit="${hit.key}"],[data-sentence="${hit.segment}.${hit.sentenceIndex}"]`,
      );
      element?.focus({ preventScroll: true });
      element?.scrollIntoView({ block: 'center', behavior: 'auto' });
    },
    [layout.hits, labels, search, announce],
  );

  const total = layout.hits.length;
  const next = useCallback(() => {
    if (total > 0) goTo(current === null ? 0 : (current + 1) % total);
  }, [current, total, goTo]);
  const previous = useCallback(() => {
    if (total > 0) goTo(current === null ? total - 1 : (current - 1 + total) % total);
  }, [current, total, goTo]);
  useShortcuts(next, previous);
  return { current, next, previous };
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
