import { Link, useLocation } from 'react-router';
import { useHydrated } from '../ui/useHydrated';

export function NotFoundPage() {
  const { pathname } = useLocation();
  // The prerendered 404.html is served at every unknown address, so it cannot name one.
  const known = useHydrated();
  return (
    <section className="message-page" aria-labelledby="not-found-title">
      <title>Page not found – Lectern</title>
      <meta name="description" content="This page does not exist in Lectern." />
      <h1 id="not-found-title" tabIndex={-1}>
        Page not found
      </h1>
      {known ? (
        <p>
          There is no page at <code className="path">{pathname}</code>.
        </p>
      ) : (
        <p>There is no page at this address.</p>
      )}
      <p>
        <Link to="/">Go to the list of records</Link>
      </p>
    </section>
  );
}
