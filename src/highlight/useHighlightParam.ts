import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useLocation, useNavigate } from 'react-router';
import { useHydrated } from '../ui/useHydrated';
import { useStableCallback } from '../ui/useStableCallback';
import { readHighlightParam, writeHighlightParam } from './terms';

/** Toggles shown before the address has caught up with them. */
interface Pending {
  keys: readonly string[];
  path: string;
  /** The addresses on the way (the one toggled from, then each queued one but the last). */
  via: readonly string[];
  /** The address the last toggle asked for. */
  target: string;
}

/** Runs `fn` once the frame after now has been painted. */
function afterPaint(fn: () => void) {
  requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 100 });
    else setTimeout(fn, 0);
  });
}

function sameKeys(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}

/**
 * The active term keys, in activation order, as `?hl=` holds them, and a setter that writes them
 * back (a history entry each, so Back undoes a toggle). A toggle is shown in the frame after the
 * click, and the address follows once that frame is painted: the navigation (the history entry
 * and the router's render) is no longer between the click and its highlights. Until the address
 * has caught up, the keys toggled are those shown; any other move (Back, a link) drops them and
 * the toggles still queued. A prerendered page was rendered without highlights; the address's
 * apply once it is hydrated.
 */
export function useHighlightParam(): [readonly string[], (keys: readonly string[]) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const hydrated = useHydrated();
  const search = hydrated ? location.search : '';
  const [pending, setPending] = useState<Pending | null>(null);
  // The toggles on their way, while the address is one they pass through; any other (Back, a
  // link) drops them.
  const live =
    pending?.path === location.pathname &&
    (pending.via.includes(search) || search === pending.target)
      ? pending
      : null;
  if (pending && !live) setPending(null);
  const fromAddress = useMemo(() => readHighlightParam(search), [search]);
  const shown = live ? live.keys : fromAddress;
  // The same array while the keys stay the same, so the address catching up renders nothing new.
  const [kept, setKept] = useState(shown);
  const same = sameKeys(kept, shown);
  if (!same) setKept(shown);
  const keys = same ? kept : shown;
  const at = useRef(location);
  useLayoutEffect(() => {
    at.current = location;
  });
  // The same function from toggle to toggle, so the parts of the page that only call it skip
  // the render a toggle makes.
  const setKeys = useStableCallback((next: readonly string[]) => {
    const toggle: Pending = {
      keys: next,
      path: location.pathname,
      via: live ? [...live.via, live.target] : [location.search],
      target: writeHighlightParam(live ? live.target : location.search, next),
    };
    // At once, not as a transition: the frame after the click shows the highlights (a
    // transition would paint that frame unchanged and the highlights one or two frames later).
    flushSync(() => {
      setPending(toggle);
    });
    afterPaint(() => {
      const now = at.current;
      if (now.pathname === toggle.path && toggle.via.includes(now.search)) {
        void navigate(
          { search: toggle.target, hash: now.hash },
          { preventScrollReset: true, flushSync: true },
        );
      }
      // The last toggle on its way has arrived (or was dropped): the address holds the keys.
      setPending((current) => (current === toggle ? null : current));
    });
  });
  return [keys, setKeys];
}
