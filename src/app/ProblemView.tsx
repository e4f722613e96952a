import { Link } from 'react-router';
import { describeProblem, isRetryable, LoadError, operatorDetail } from '../data/errors';
import { Button } from '../ui/Button';

interface ProblemViewProps {
  error: Error;
  onRetry: () => void;
  retrying: boolean;
}

/**
 * A load failure in words, with what the reader can do next: retry, or go home. A file that does
 * not follow its format also lists each problem with its place, for whoever runs the site.
 */
export function ProblemView({ error, onRetry, retrying }: ProblemViewProps) {
  const problem = error instanceof LoadError ? error.problem : undefined;
  const heading =
    problem?.kind === 'not-found'
      ? 'Record not found'
      : problem?.kind === 'invalid-json' || problem?.kind === 'invalid'
        ? 'This record cannot be shown'
        : 'The record could not be loaded';
  return (
    <section className="message-page" aria-labelledby="problem-title">
      <title>{`${heading} – Lectern`}</title>
      <meta name="description" content={heading} />
      <h1 id="problem-title" tabIndex={-1}>
        {heading}
      </h1>
      <div role="alert">
        {problem?.kind === 'invalid' ? (
          <>
            <p>
              <code className="path">{problem.file}</code> does not follow the record format:
            </p>
            <ul className="problems">
              {operatorDetail(problem).map((line) => (
                <li key={line}>
                  <code>{line}</code>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{problem ? describeProblem(problem) : error.message}</p>
        )}
      </div>
      <p className="actions">
        {(!problem || isRetryable(error)) && (
          <Button onClick={onRetry} disabled={retrying}>
            {retrying ? 'Retrying…' : 'Retry'}
          </Button>
        )}
        <Link to="/">Go to the list of records</Link>
      </p>
    </section>
  );
}
