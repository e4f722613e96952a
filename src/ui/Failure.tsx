import type { ReactNode } from 'react';
import { Button } from './Button';

interface FailureProps {
  /** What failed, in the reader's words ("The fingerprint could not be derived: …"). */
  children: ReactNode;
  /** Offers "Try again" when given. */
  onRetry?: (() => void) | undefined;
  /** While a retry runs, the button says so (and stays focusable). */
  retrying?: boolean;
}

/**
 * A part of the page that could not be shown: what failed, and a way to try again. It is an
 * alert, so the reader hears it where it appears; the rest of the page stays as it was.
 */
export function Failure({ children, onRetry, retrying = false }: FailureProps) {
  return (
    <div role="alert" className="failure">
      <p>{children}</p>
      {onRetry && (
        <Button variant="quiet" onClick={retrying ? undefined : onRetry} aria-disabled={retrying}>
          {retrying ? 'Trying again…' : 'Try again'}
        </Button>
      )}
    </div>
  );
}
