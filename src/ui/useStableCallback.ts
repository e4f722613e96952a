import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A function that stays the same object from render to render and always runs the latest `fn`:
 * for event handlers handed to memoized children, so that a change elsewhere (a toggle's new
 * address, say) does not make them render again. Call it from events and effects, not in render.
 */
export function useStableCallback<A extends unknown[], R>(
  fn: (...args: A) => R,
): (...args: A) => R {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
