import type { DehydratedState } from '@tanstack/react-query';
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

/**
 * Reads the state block of a prerendered page. Anything unreadable or of the wrong shape is
 * treated as absent (the app then renders from scratch), never as fatal.
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
  // The block is written by our own build: its outline is checked above, and TanStack Query's
  // hydrate() and React Router skip entries they cannot use, so the rest is taken as written.
  return { path, queries: queries as unknown as DehydratedState, router };
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
