import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/** The last line of defence: anything thrown while rendering a route lands here, not on a blank page. */
export function RouteErrorPage() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <section className="message-page">
      <title>Something went wrong – Lectern</title>
      <h1 tabIndex={-1}>Something went wrong</h1>
      <p role="alert">Lectern hit an unexpected problem showing this page: {detail}</p>
      <p className="actions">
        <a href={window.location.href}>Reload the page</a>
        <Link to="/">Go to the list of records</Link>
      </p>
    </section>
  );
}
