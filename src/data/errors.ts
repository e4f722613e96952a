/**
 * How a file the app reads can fail, as one error model: what went wrong, for a reader and, for
 * an operator, what to mend. Every loader rejects with a `LoadError`.
 */

/** What went wrong while loading a file. */
export type LoadProblem =
  /** The file is not there. `message` says what is missing in a reader's words. */
  | { kind: 'not-found'; file: string; message: string }
  | { kind: 'network'; file: string; detail: string }
  | { kind: 'http'; file: string; status: number }
  | { kind: 'invalid-json'; file: string; detail: string }
  /** The file is not what its schema says; `what` names the file's kind ("record"). */
  | { kind: 'invalid'; file: string; what: string; problems: string[] };

/** One sentence for the reader; the UI adds what they can do about it. */
export function describeProblem(problem: LoadProblem): string {
  switch (problem.kind) {
    case 'not-found':
      return problem.message;
    case 'network':
      return `Could not reach the server to load ${problem.file} (${problem.detail}).`;
    case 'http':
      return `The server answered ${problem.status} for ${problem.file}.`;
    case 'invalid-json':
      return `${problem.file} is not valid JSON: ${problem.detail}`;
    case 'invalid':
      return `${problem.file} is not a valid ${problem.what}.`;
  }
}

/** What an operator needs to mend it: the file and each problem with its place. */
export function operatorDetail(problem: LoadProblem): string[] {
  return problem.kind === 'invalid' ? problem.problems : [describeProblem(problem)];
}

export class LoadError extends Error {
  constructor(readonly problem: LoadProblem) {
    super(
      problem.kind === 'invalid'
        ? `${describeProblem(problem)} ${problem.problems.join('; ')}`
        : describeProblem(problem),
    );
    this.name = 'LoadError';
  }
}

/** Problems a retry might fix (the network, a server hiccup) as opposed to broken data. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof LoadError)) return false;
  return error.problem.kind === 'network' || error.problem.kind === 'http';
}

/** Broken data will not mend itself: only network and server failures are retried, twice. */
export function retryTransient(failureCount: number, error: Error): boolean {
  return isRetryable(error) && failureCount < 2;
}
