import { useEffect, useRef } from 'react';
import { Link, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { PrintNote } from './PrintNote';

/**
 * After a move to another page inside the app, the keyboard focus goes to the new page's heading
 * (as a full page load would start a screen reader there) instead of falling back to <body>.
 * Changes of the query string alone (highlights, the cite panel) keep the focus where it is.
 */
function useFocusHeadingOnNavigation() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = document.getElementById('main');
    const heading = main?.querySelector<HTMLElement>('h1');
    (heading ?? main)?.focus({ preventScroll: true });
  }, [pathname]);
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
  useFocusHeadingOnNavigation();
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
