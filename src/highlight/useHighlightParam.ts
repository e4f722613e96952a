import { useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useHydrated } from '../ui/useHydrated';
import { useStableCallback } from '../ui/useStableCallback';
import { readHighlightParam, writeHighlightParam } from './terms';

/**
 * The active term keys, in activation order, as `?hl=` holds them, and a setter that writes them
 * back (a history entry each, so Back undoes a toggle), rendered in the same frame. A prerendered
 * page was rendered without highlights; the address's apply once it is hydrated.
 */
export function useHighlightParam(): [readonly string[], (keys: readonly string[]) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const hydrated = useHydrated();
  const search = hydrated ? location.search : '';
  const keys = useMemo(() => readHighlightParam(search), [search]);
  // The same function from toggle to toggle, so the parts of the page that only call it skip
  // the render a toggle makes.
  const setKeys = useStableCallback((next: readonly string[]) => {
    // At once, not as a transition: the frame after the click shows the highlights (a
    // transition would paint that frame unchanged and the highlights one or two frames later).
    void navigate(
      { search: writeHighlightParam(location.search, next), hash: location.hash },
      { preventScrollReset: true, flushSync: true },
    );
  });
  return [keys, setKeys];
}
