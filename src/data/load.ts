import * as v from 'valibot';
import { issueLines } from './issues';
import type { LoaderDeps } from './deps';
import { LoadError } from './errors';

/**
 * The one way the app reads a static file (a record, the record list, a browse list, a record's
 * citations): fetched through `deps` (the seam tests and the prerender use), decoded, and checked
 * with the file's valibot schema, so everything after it trusts the inferred type. Every failure
 * is a `LoadError`, which says what went wrong for a reader and, separately, for an operator.
 */

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface LoadOptions {
  signal?: AbortSignal | undefined;
  /** What a reader is told when the file is not there ("No record with id “x”."). */
  notFound?: string;
  /** What the file is, for "… is not a valid record." */
  what?: string;
}

export async function loadJson<S extends v.GenericSchema>(
  file: string,
  schema: S,
  deps: LoaderDeps,
  { signal, notFound, what = 'file' }: LoadOptions = {},
): Promise<v.InferOutput<S>> {
  let response: Response;
  try {
    response = await deps.fetch(`${deps.baseUrl}${file}`, {
      headers: { Accept: 'application/json' },
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new LoadError({ kind: 'network', file, detail: messageOf(error) });
  }
  // Static hosts and `vite preview` answer unknown paths with an HTML page.
  const type = response.headers.get('content-type') ?? '';
  if (response.status === 404 || (response.ok && type.includes('text/html'))) {
    throw new LoadError({ kind: 'not-found', file, message: notFound ?? `There is no ${file}.` });
  }
  if (!response.ok) throw new LoadError({ kind: 'http', file, status: response.status });

  const body = (await response.text()).replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    throw new LoadError({ kind: 'invalid-json', file, detail: messageOf(error) });
  }
  const result = v.safeParse(schema, json);
  if (!result.success) {
    throw new LoadError({ kind: 'invalid', file, what, problems: issueLines(result.issues) });
  }
  return result.output;
}
