import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * False while React hydrates prerendered markup (and on the server), true afterwards and in any
 * render that is not a hydration. Values only the browser knows, such as the query string of the
 * address a prerendered page was opened at, wait for it, so the first client render matches the
 * server's markup and the page is adopted rather than rebuilt.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
