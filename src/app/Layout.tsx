import { Link, Outlet, ScrollRestoration } from 'react-router';

export function Layout() {
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
      </footer>
      <ScrollRestoration />
    </>
  );
}
