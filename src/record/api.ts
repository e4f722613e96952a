import { queryOptions } from '@tanstack/react-query';
import {
  parseRecord,
  parseRecordIndex,
  SchemaError,
  type Parsed,
  type RecordSummary,
  type ResearchRecord,
} from './schema';

/** What went wrong while loading a file, in terms a reader can act on. */
export type LoadProblem =
  | { kind: 'not-found'; id: string }
  | { kind: 'network'; file: string; detail: string }
  | { kind: 'http'; file: string; status: number }
  | { kind: 'invalid-json'; file: string; detail: string }
  | { kind: 'invalid-record'; file: string; problems: string[] };

export class LoadError extends Error {
  constructor(readonly problem: LoadProblem) {
    super(describeProblem(problem));
    this.name = 'LoadError';
  }
}

/** One sentence for each problem; the UI adds what the reader can do about it. */
export function describeProblem(problem: LoadProblem): string {
  switch (problem.kind) {
    case 'not-found':
      return `No record with id “${problem.id}”.`;
    case 'network':
      return `Could not reach the server to load ${problem.file} (${problem.detail}).`;
    case 'http':
      return `The server answered ${problem.status} for ${problem.file}.`;
    case 'invalid-json':
      return `${problem.file} is not valid JSON: ${problem.detail}`;
    case 'invalid-record':
      return `${problem.file} is not a valid record: ${problem.problems.join('; ')}`;
  }
}

/** Problems a retry might fix (the network, a server hiccup) as opposed to broken data. */
export function isRetryable(problem: LoadProblem): boolean {
  return problem.kind === 'network' || problem.kind === 'http';
}

const RECORD_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface LoaderDeps {
  fetch: typeof fetch;
  /** The app's base URL (Vite's `base`), ending in a slash. */
  baseUrl: string;
  warn: (message: string) => void;
}

const browserDeps: LoaderDeps = {
  fetch: (...args) => globalThis.fetch(...args),
  baseUrl: import.meta.env.BASE_URL,
  warn: (message) => {
    console.warn(message);
  },
};

async function loadJson<T>(
  file: string,
  parse: (input: unknown) => Parsed<T>,
  notFound: LoadProblem,
  deps: LoaderDeps,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await deps.fetch(`${deps.baseUrl}${file}`, {
      headers: { Accept: 'application/json' },
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new LoadError({ kind: 'network', file, detail: messageOf(error) });
  }
  // Static hosts and `vite preview` answer unknown paths with the app's index.html.
  const type = response.headers.get('content-type') ?? '';
  if (response.status === 404 || (response.ok && type.includes('text/html'))) {
    throw new LoadError(notFound);
  }
  if (!response.ok) throw new LoadError({ kind: 'http', file, status: response.status });

  const body = (await response.text()).replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    throw new LoadError({ kind: 'invalid-json', file, detail: messageOf(error) });
  }
  try {
    const { value, warnings } = parse(json);
    for (const warning of warnings) deps.warn(`${file}: ${warning}`);
    return value;
  } catch (error) {
    if (error instanceof SchemaError) {
      throw new LoadError({ kind: 'invalid-record', file, problems: error.problems });
    }
    throw error;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Fetches `records/<id>.json` and validates it; rejects with a `LoadError`. */
export async function fetchRecord(
  id: string,
  signal?: AbortSignal,
  deps: LoaderDeps = browserDeps,
): Promise<ResearchRecord> {
  if (!RECORD_ID.test(id)) throw new LoadError({ kind: 'not-found', id });
  const file = `records/${id}.json`;
  const record = await loadJson(file, parseRecord, { kind: 'not-found', id }, deps, signal);
  if (record.id !== id) {
    throw new LoadError({
      kind: 'invalid-record',
      file,
      problems: [`id: "${record.id}" does not match the file name "${id}"`],
    });
  }
  return record;
}

/** Fetches `records/index.json`, the list the home page offers. */
export async function fetchRecordIndex(
  signal?: AbortSignal,
  deps: LoaderDeps = browserDeps,
): Promise<RecordSummary[]> {
  const file = 'records/index.json';
  const index = await loadJson(
    file,
    parseRecordIndex,
    { kind: 'http', file, status: 404 },
    deps,
    signal,
  );
  return index.records;
}

/** Keys go from general to specific so that `['records']` invalidates them all. */
export const recordKeys = {
  all: ['records'] as const,
  detail: (id: string) => [...recordKeys.all, 'detail', id] as const,
};

/** Broken data will not mend itself; only network and server failures are retried. */
function retryTransient(failureCount: number, error: Error): boolean {
  return error instanceof LoadError && isRetryable(error.problem) && failureCount < 2;
}

export function recordQuery(id: string) {
  return queryOptions({
    queryKey: recordKeys.detail(id),
    queryFn: ({ signal }) => fetchRecord(id, signal),
    staleTime: Infinity,
    retry: retryTransient,
    // The route loader already tried; a failure waits for the reader's Retry.
    retryOnMount: false,
  });
}
