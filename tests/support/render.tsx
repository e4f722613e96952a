import { render } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { onTestFinished, vi } from 'vitest';
import { createRoutes } from '../../src/app/routes';
import { routerFlushSync } from '../../src/app/routerFlush';
import { AppProviders } from '../../src/app/AppProviders';
import type { AppServices } from '../../src/app/services';
import type { LoaderDeps } from '../../src/data/deps';
import type { CitationServices } from '../../src/citation/services';
import type { SearchEngine } from '../../src/search/context';

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
 * A fake server for the app's files (keyed by path, e.g. `records/index.json`); anything else is a
 * 404. Its `fetch` is a spy, so tests can count requests; nothing global is patched.
 */
export function fakeServer(initial: Record<string, FakeFile>) {
  let files = initial;
  const fetch = vi.fn((input: RequestInfo | URL) => {
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
  const warn = vi.fn<(message: string) => void>();
  const deps: LoaderDeps = { fetch, baseUrl: '/', warn };
  /** From now on the server answers with `next` (a file mended, say). */
  const serve = (next: Record<string, FakeFile>) => {
    files = next;
  };
  return { fetch, warn, deps, serve };
}

export type FakeServer = ReturnType<typeof fakeServer>;

/** The current test's server; it ends with the test (Vitest may run many files in one window). */
let served: FakeServer | null = null;
function startServing(files: Record<string, FakeFile>): FakeServer {
  const server = fakeServer(files);
  served = server;
  onTestFinished(() => {
    if (served === server) served = null;
  });
  return server;
}

/**
 * Serves `files` to the apps this test renders (see `fakeServer`), from now on: an app already
 * rendered sees the new files too. Returns the server's `fetch` spy.
 */
export function serveFiles(files: Record<string, FakeFile>) {
  if (served) served.serve(files);
  else served = startServing(files);
  return served.fetch;
}

/** The server the current test serves its files from (an empty one if it set none). */
export function currentServer(): FakeServer {
  return served ?? startServing({});
}

/**
 * Loads the citation engine (citation-js, citeproc and the styles, a few seconds on a busy
 * machine) before a file's tests start, so that their waits measure the panel, not the loading.
 */
export async function warmCitationEngine(): Promise<void> {
  const { render } = await import('../../src/citation/render');
  await import('../../src/citation/CitePanelBody');
  // citeproc compiles a style the first time it is used: APA, which the panel opens on.
  render([{ id: 'warm', type: 'article-journal', title: 'Warm', author: [] }], 'apa', {
    bibtexAscii: false,
  });
}

/** What a test sees of the citation services: the real engine, a clipboard and downloads kept. */
export function testCitationServices() {
  const copied: { text: string; html: string | null }[] = [];
  const downloads: { text: string; name: string; mime: string }[] = [];
  const services: CitationServices = {
    render: async (...args) => (await import('../../src/citation/render')).render(...args),
    copy: (text, html) => {
      copied.push({ text, html });
      return Promise.resolve();
    },
    download: (text, name, mime) => {
      downloads.push({ text, name, mime });
    },
  };
  return { services, copied, downloads };
}

/** A fresh client per test: no shared cache, no waiting between retries. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retryDelay: 0, gcTime: Infinity } },
  });
}

/** The services a test app runs on: the current test's files, no search index, in-process engines. */
export function testServices(overrides: Partial<AppServices> = {}): AppServices {
  return {
    data: currentServer().deps,
    search: noIndex,
    citations: testCitationServices().services,
    fingerprint: {
      derive: async (input) =>
        (await import('../../src/fingerprint/derive')).deriveFingerprint(input),
    },
    ...overrides,
  };
}

/**
 * Renders the whole app (routes, loaders, providers) at `url`, as a reader would open it, on the
 * test's services (by default: the files `serveFiles` gave, no search index, the real engines).
 */
export function renderApp(
  url: string,
  {
    searchEngine = noIndex,
    ...overrides
  }: Partial<AppServices> & { searchEngine?: SearchEngine } = {},
) {
  const services = testServices({ search: searchEngine, ...overrides });
  const queryClient = createTestQueryClient();
  const router = createMemoryRouter(createRoutes(queryClient, services), { initialEntries: [url] });
  const view = render(
    <AppProviders queryClient={queryClient} services={services}>
      <RouterProvider router={router} flushSync={routerFlushSync} />
    </AppProviders>,
  );
  return { ...view, router, queryClient, services };
}
