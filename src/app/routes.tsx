import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { recordQuery } from '../record/api';
import { recordLinksQuery } from '../portal/links';
import { Layout } from './Layout';
import { RecordPage } from './RecordPage';
import { RouteErrorPage } from './RouteErrorPage';
import { Loading } from '../ui/Loading';
import type { AppServices } from './services';
import type { LazyPage, Params } from '../ui/lazyPage';

/**
 * The route table. Loaders start (and await) the same query the page then reads, so navigation
 * lands on a filled page; failures stay in the query cache and the page shows them with a way out.
 */
export function createRoutes(
  queryClient: QueryClient,
  { data }: Pick<AppServices, 'data'>,
): RouteObject[] {
  // A failed load stays in the query cache, where the page finds it and offers a retry.
  const loadRecord = async ({ params }: { params: { id?: string } }) => {
    const id = params.id ?? '';
    await Promise.all([
      queryClient.query(recordQuery(id, data)).catch(() => null),
      queryClient.query(recordLinksQuery(id, data)).catch(() => null),
    ]);
    return null;
  };
  /** A page in a chunk of its own, with the loader that starts the queries it shows. */
  const page = (path: string, load: () => Promise<LazyPage>): RouteObject => ({
    path,
    lazy: async () => {
      const { Component, prefetch } = await load();
      return {
        Component,
        // A failed load stays in the query cache, where the page finds it and offers a retry.
        loader: async ({ params }: { params: Params }) => {
          await Promise.all(prefetch(params, queryClient, data).map((q) => q.catch(() => null)));
          return null;
        },
      };
    },
  });
  return [
    {
      path: '/',
      element: <Layout />,
      hydrateFallbackElement: <Loading />,
      errorElement: (
        <main id="main">
          <RouteErrorPage />
        </main>
      ),
      children: [
        {
          errorElement: <RouteErrorPage />,
          children: [
            // The home page's list comes from the search index (or, prerendered, from the build).
            // It and the browse pages are chunks of their own: a reading page never loads them.
            {
              index: true,
              lazy: async () => ({ Component: (await import('../search/SearchPage')).SearchPage }),
            },
            {
              path: 'records/:id',
              loader: loadRecord,
              // Highlights and the cite style live in the query string; they never need a reload.
              shouldRevalidate: ({ currentParams, nextParams }) =>
                currentParams.id !== nextParams.id,
              element: <RecordPage />,
            },
            {
              path: 'records/:id/fingerprint',
              loader: loadRecord,
              lazy: async () => ({
                Component: (await import('./FingerprintPage')).FingerprintPage,
              }),
            },
            // A lazy page brings its own loader, so its queries (and their schemas) stay in its chunk.
            page('browse', async () => {
              const [{ BrowsePage, prefetchBrowse }, { PortalLetters, prefetchLetters }] =
                await Promise.all([
                  import('../search/BrowsePages'),
                  import('../portal/LetterPage'),
                ]);
              return {
                Component: () => (
                  <BrowsePage>
                    <PortalLetters />
                  </BrowsePage>
                ),
                prefetch: (params, client, deps) => [
                  ...prefetchBrowse(params, client, deps),
                  ...prefetchLetters(params, client, deps),
                ],
              };
            }),
            page('browse/:year', async () => {
              const { BrowseYearPage, prefetchBrowseYear } = await import('../search/BrowsePages');
              return { Component: BrowseYearPage, prefetch: prefetchBrowseYear };
            }),
            ...(['people', 'topics'] as const).map((kind) =>
              page(`browse/${kind}/:letter`, async () => {
                const { LetterPage, prefetchLetter } = await import('../portal/LetterPage');
                return {
                  Component: () => <LetterPage kind={kind} />,
                  prefetch: prefetchLetter(kind),
                };
              }),
            ),
            ...(['person', 'organisation'] as const).map((kind) =>
              page(`${kind === 'person' ? 'persons' : 'organisations'}/:id`, async () => {
                const { PersonPage, prefetchPerson } = await import('../portal/PersonPage');
                return {
                  Component: () => <PersonPage kind={kind} />,
                  prefetch: prefetchPerson(kind),
                };
              }),
            ),
            ...['topics/:id', 'topics/:id/:block'].map((path) =>
              page(path, async () => {
                const { TopicPage, prefetchTopic } = await import('../portal/TopicPage');
                return { Component: TopicPage, prefetch: prefetchTopic };
              }),
            ),
            {
              path: '*',
              lazy: async () => ({ Component: (await import('./NotFoundPage')).NotFoundPage }),
            },
          ],
        },
      ],
    },
  ];
}
