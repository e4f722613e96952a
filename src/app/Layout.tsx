import { useEffect, useRef } from 'react';
import {
  Link,
  NavigationType,
  Outlet,
  ScrollRestoration,
  useLocation,
  useNavigationType,
} from 'react-router';
import { arrivesAtMatch } from '../highlight/arrival';
import { PrintNote } from './PrintNote';

/**
 * After a move to another page inside the app, the keyboard focus goes to the new page's heading
 * (as a full page load would start a screen reader there) instead of falling back to <body>.
 * Back (or Forward) to a page returns it to the link the reader followed from there, when the
 * page still has it; a link into a record's text leaves it to the record page (its first
 * passage). Changes of the query string alone (highlights, the cite panel) keep it where it is.
 */
function useFocusOnNavigation() {
  const location = useLocation();
  const navigation = useNavigationType();
  const previous = useRef(location.pathname);
  // The link followed from each page (by its history entry), for the way back.
  const followed = useRef(new Map<string, string>());
  const here = useRef(location.key);
  useEffect(() => {
    here.current = location.key;
  }, [location.key]);
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      const href = link?.getAttribute('href');
      if (href && link?.closest('#main')) followed.current.set(here.current, href);
    };
    document.addEventListener('click', onClick, true);
    return () => {
      document.removeEventListener('click', onClick, true);
    };
  }, []);
  useEffect(() => {
    if (previous.current === location.pathname) return;
    previous.current = location.pathname;
    if (arrivesAtMatch(location.state)) return;
    const main = document.getElementById('main');
    const href = navigation === NavigationType.Pop ? followed.current.get(location.key) : undefined;
    const link = href ? main?.querySelector<HTMLElement>(`a[href="${CSS.escape(href)}"]`) : null;
    const heading = main?.querySelector<HTMLElement>('h1');
    (link ?? heading ?? main)?.focus({ preventScroll: true });
  }, [location.pathname, location.key, location.state, navigation]);
}

/**
 * Once the first render (or the hydration of a served page) has committed, the app says so with
 * a User Timing mark: the public signal tools wait for (the benchmarks, DevTools' timeline).
 */
function useLiveMark() {
  useEffect(() => {
    performance.mark('lectern:hydrated');
  }, []);
}

export function Layout() {
  useFocusOnNavigation();
  useLiveMark();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to="/" className="site-name">
          Lectern
        </Link>
        <span className="site-tagline">research outputs, read closely</span>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>Lectern shows each record exactly as its file states it; nothing is added.</p>
        <PrintNote />
      </footer>
      <ScrollRestoration />
    </>
  );
}
