import type { DehydratedState } from '@tanstack/react-query';

type DehydratedQuery = DehydratedState['queries'][number];
import type { HydrationState } from 'react-router';

/**
 * What a prerendered page hands to the client so that it can hydrate the markup instead of
 * replacing it: the query cache the server rendered from and the router's loader data. It travels
 * as a non-executable `<script type="application/json">` block, so the CSP needs no inline script.
 */
export interface PageState {
  /**
   * The path (without the app's base) the markup was rendered for; null for a page such as
   * 404.html that is served at addresses it was not rendered for, so the client renders afresh.
   */
  path: string | null;
  queries: DehydratedState;
  router: HydrationState;
}

export const PAGE_STATE_ID = 'lectern-state';

/** Comments around the head tags the prerender added, so a fresh client render can take them out. */
export const HEAD_START = 'lectern-head';
export const HEAD_END = '/lectern-head';
/**
 * Around the head elements a prerendered page has for machines only (Signposting links, JSON-LD),
 * which React never renders: the app removes them when the reader moves to another page.
 */
export const PAGE_ONLY_START = 'lectern-page-only';
export const PAGE_ONLY_END = '/lectern-page-only';

/**
 * JSON that is safe inside `<script>`: `<` and `>` are escaped (no `</script>` or `<!--` can end
 * the block early) and so are U+2028/U+2029, which older parsers treat as line ends.
 */
export function serializePageState(state: PageState): string {
  return JSON.stringify(state).replace(
    /[<>\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const STATUSES = new Set(['pending', 'error', 'success']);
const FETCH_STATUSES = new Set(['fetching', 'paused', 'idle']);
const numbers = (object: Record<string, unknown>, keys: readonly string[]) =>
  keys.every((key) => typeof object[key] === 'number');

/**
 * A query as `dehydrate()` wrote it. Checked field by field, as TanStack Query's own type states
 * it, rather than with a schema library: this runs in the reading page's first JavaScript.
 */
function isDehydratedQuery(value: unknown): value is DehydratedQuery {
  if (!isObject(value) || typeof value.queryHash !== 'string' || !Array.isArray(value.queryKey))
    return false;
  const { state } = value;
  return (
    isObject(state) &&
    typeof state.status === 'string' &&
    STATUSES.has(state.status) &&
    typeof state.fetchStatus === 'string' &&
    FETCH_STATUSES.has(state.fetchStatus) &&
    typeof state.isInvalidated === 'boolean' &&
    numbers(state, [
      'dataUpdateCount',
      'dataUpdatedAt',
      'errorUpdateCount',
      'errorUpdatedAt',
      'fetchFailureCount',
    ])
  );
}

/**
 * Reads the state block of a prerendered page. Anything unreadable or of the wrong shape is
 * treated as absent (the app then renders from scratch), never as fatal; a query entry that is
 * not one is left out.
 */
export function parsePageState(text: string | null | undefined): PageState | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(value)) return null;
  const { path, queries, router } = value;
  if (path !== null && typeof path !== 'string') return null;
  if (!isObject(queries) || !Array.isArray(queries.queries) || !Array.isArray(queries.mutations))
    return null;
  if (!isObject(router) || !isObject(router.loaderData)) return null;
  // Loader data is the router's own (our loaders return null); it is taken as the router wrote it.
  return {
    path,
    queries: { queries: queries.queries.filter(isDehydratedQuery), mutations: [] },
    router: { loaderData: router.loaderData },
  };
}

/** "/records/x/" and "/records/x" are the same page. */
export function samePath(a: string, b: string): boolean {
  const trim = (p: string) => (p.length > 1 ? p.replace(/\/+$/, '') : p);
  return trim(a) === trim(b);
}

/** The path of a location inside an app served from `base` ("/lectern/"), or null outside it. */
export function pathInApp(pathname: string, base: string): string | null {
  const root = base.replace(/\/+$/, '');
  if (root === '') return pathname;
  if (pathname === root) return '/';
  return pathname.startsWith(`${root}/`) ? pathname.slice(root.length) : null;
}
