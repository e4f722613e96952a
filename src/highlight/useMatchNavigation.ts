import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
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
 * with its sentence. Another set of highlights starts again from the top; anything else in the
 * address (the cite panel, the full author list) leaves the place as it is. The hits are looked
 * for inside `root` only.
 */
export function useMatchNavigation(
  layout: Layout,
  active: readonly string[],
  labels: ReadonlyMap<string, string>,
  announce: (message: string) => void,
  root: RefObject<HTMLElement | null>,
): MatchNavigation {
  const highlights = active.join('\n');
  const [position, setPosition] = useState<{ highlights: string; index: number } | null>(null);
  const current = position?.highlights === highlights ? position.index : null;

  const goTo = useCallback(
    (index: number) => {
      const hit = layout.hits[index];
      if (!hit) return;
      setPosition({ highlights, index });
      const names = hit.terms.map((key) => labels.get(key) ?? key).join(' and ');
      announce(
        `${index + 1} of ${layout.hits.length}: ${isolate(names)}. ${isolate(hit.sentence)}`,
      );
      // Its mark, or with painted ranges (no marks) the sentence it is in: one of them exists.
      const element = root.current?.querySelector<HTMLElement>(
        `[data-hit="${hit.key}"],[data-sentence="${hit.segment}.${hit.sentenceIndex}"]`,
      );
      element?.focus({ preventScroll: true });
      element?.scrollIntoView({ block: 'center', behavior: 'auto' });
    },
    [layout.hits, labels, highlights, announce, root],
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
