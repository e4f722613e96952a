import { Link } from 'react-router';
import { isRetryable } from '../data/errors';
import { Failure } from '../ui/Failure';

/** A portal page that could not be shown: what failed, a retry where one could help, a way home. */
export function PageMissing({
  heading,
  error,
  onRetry,
  retrying,
}: {
  heading: string;
  error: Error;
  onRetry: () => void;
  retrying: boolean;
}) {
  const retry = isRetryable(error);
  return (
    <section className="message-page" aria-labelledby="missing-title">
      <title>{`${retry ? 'Could not load the page' : heading} – Lectern`}</title>
      <h1 id="missing-title" tabIndex={-1}>
        {retry ? 'The page could not be loaded' : heading}
      </h1>
      <Failure onRetry={retry ? onRetry : undefined} retrying={retrying}>
        {error.message}
      </Failure>
      <p>
        <Link to="/">Go to the list of records</Link>
      </p>
    </section>
  );
}
