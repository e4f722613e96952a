import { Link, useLocation } from 'react-router';

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <section className="message-page" aria-labelledby="not-found-title">
      <title>Page not found – Lectern</title>
      <meta name="description" content="This page does not exist in Lectern." />
      <h1 id="not-found-title">Page not found</h1>
      <p>
        There is no page at <code className="path">{pathname}</code>.
      </p>
      <p>
        <Link to="/">Go to the list of records</Link>
      </p>
    </section>
  );
}
