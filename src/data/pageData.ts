import { hashKey, type QueryKey } from '@tanstack/react-query';
import * as v from 'valibot';
import type { LoaderDeps } from './deps';
import { LoadError } from './errors';
import { issueLines } from './issues';
import { PAGE_STATE_ID, parsePageState } from './pageState';

/**
 * A prerendered page's data, read from the page itself. Every page the build writes carries the
 * data it was rendered from in its state block (`<script type="application/json">`); moving to
 * such a page inside the app fetches that page and takes the query it needs from the block, so the
 * build writes each page's data once (no JSON file beside each person's or topic's page).
 * `path` is the page's path below the app's base ("persons/x/").
 */
export async function loadPageData<S extends v.GenericSchema>(
  path: string,
  key: QueryKey,
  schema: S,
  deps: LoaderDeps,
  {
    signal,
    notFound,
    what = 'page',
  }: { signal?: AbortSignal | undefined; notFound: string; what?: string },
): Promise<v.InferOutput<S>> {
  const file = path;
  let response: Response;
  try {
    response = await deps.fetch(`${deps.baseUrl}${path}`, {
      headers: { Accept: 'text/html' },
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new LoadError({ kind: 'network', file, detail });
  }
  if (response.status === 404) throw new LoadError({ kind: 'not-found', file, message: notFound });
  if (!response.ok) throw new LoadError({ kind: 'http', file, status: response.status });
  const html = await response.text();
  const block = new RegExp(
    `<script type="application/json" id="${PAGE_STATE_ID}">([^<]*)</script>`,
  ).exec(html);
  const state = parsePageState(block?.[1]);
  const hash = hashKey(key);
  const query = state?.queries.queries.find((entry) => entry.queryHash === hash);
  // A page without the data (404.html served in its place, a page of an older build) is not one.
  if (!query) throw new LoadError({ kind: 'not-found', file, message: notFound });
  const result = v.safeParse(schema, query.state.data);
  if (!result.success) {
    throw new LoadError({ kind: 'invalid', file, what, problems: issueLines(result.issues) });
  }
  return result.output;
}
