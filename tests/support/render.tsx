import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { createRoutes } from '../../src/app/routes';
import { SearchEngineContext, type SearchEngine } from '../../src/search/engine';

const noIndex: SearchEngine = {
  search: () => Promise.reject(new Error('There is no search index in this test.')),
  facets: () => Promise.reject(new Error('There is no search index in this test.')),
};

/** What the fake server answers for a file below `/`: JSON data, raw text, a status, or a failure. */
export type FakeFile =
  | { json: unknown }
  | { text: string; contentType?: string }
  | { status: number }
  | { networkError: true };

/**
 * Serves `files` (keyed by path, e.g. `records/index.json`) through a stubbed `fetch`; anything
 * else is a 404. Returns the stub so tests can count calls.
 */
export function serveFiles(files: Record<string, FakeFile>) {
  const fetchStub = vi.fn((input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const file = files[url.replace(/^\//, '')];
    if (!file) return Promise.resolve(new Response('Not found', { status: 404 }));
    if ('networkError' in file) return Promise.reject(new TypeError('Failed to fetch'));
    if ('status' in file) return Promise.resolve(new Response('', { status: file.status }));
    const body = 'json' in file ? JSON.stringify(file.json) : file.text;
    const contentType = 'contentType' in file ? file.contentType : 'application/json';
    return Promise.resolve(
      new Response(body, { status: 200, headers: { 'content-type': contentType ?? '' } }),
    );
  });
  vi.stubGlobal('fetch', fetchStub);
  return fetchStub;
}

/** A fresh client per test: no shared cache, no waiting between retries. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retryDelay: 0, gcTime: Infinity } },
  });
}

/**
 * Renders the whole app (routes, loaders, providers) at `url`, as a reader would open it; the home
 * page searches `searchEngine` (by default one that has no index, as in a plain dev server).
 */
export function renderApp(url: string, { searchEngine = noIndex } = {}) {
  const queryClient = createTestQueryClient();
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <SearchEngineContext value={searchEngine}>
        <RouterProvider router={router} />
      </SearchEngineContext>
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient };
}
