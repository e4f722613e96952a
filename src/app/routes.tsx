import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { recordQuery } from '../record/api';
import { recordLinksQuery } from '../portal/queries';
import { Layout } from './Layout';
import { RecordPage } from './RecordPage';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorPage } from './RouteErrorPage';
import { Loading } from '../ui/Loading';
import type { AppServices } from './services';

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
            {
              path: 'browse',
              lazy: async () => {
                const [{ BrowsePage, browseIndexQuery }, { PortalLetters, lettersQuery }] =
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
                  loader: async () => {
                    await Promise.all([
                      queryClient.query(browseIndexQuery(data)).catch(() => null),
                      queryClient.query(lettersQuery(data)).catch(() => null),
                    ]);
                    return null;
                  },
                };
              },
            },
            ...(['people', 'topics'] as const).map((kind) => ({
              path: `browse/${kind}/:letter`,
              lazy: async () => {
                const { LetterPage, letterQuery } = await import('../portal/LetterPage');
                return {
                  Component: () => <LetterPage kind={kind} />,
                  loader: async ({ params }: { params: { letter?: string } }) => {
                    await queryClient
                      .query(letterQuery(kind, params.letter ?? '', data))
                      .catch(() => null);
                    return null;
                  },
                };
              },
            })),
            ...(['person', 'organisation'] as const).map((kind) => ({
              path: `${kind === 'person' ? 'persons' : 'organisations'}/:id`,
              lazy: async () => {
                const { PersonPage, personQuery } = await import('../portal/PersonPage');
                return {
                  Component: () => <PersonPage kind={kind} />,
                  loader: async ({ params }: { params: { id?: string } }) => {
                    await queryClient
                      .query(personQuery(kind, params.id ?? '', data))
                      .catch(() => null);
                    return null;
                  },
                };
              },
            })),
            ...['topics/:id', 'topics/:id/:page'].map((path) => ({
              path,
              lazy: async () => {
                const { TopicPage, topicPage, topicQuery } = await import('../portal/TopicPage');
                return {
                  Component: TopicPage,
                  loader: async ({ params }: { params: { id?: string; page?: string } }) => {
                    await queryClient
                      .query(topicQuery(params.id ?? '', topicPage(params.page), data))
                      .catch(() => null);
                    return null;
                  },
                };
              },
            })),
            {
              path: 'browse/:year',
              lazy: async () => {
                const { BrowseYearPage, browseYearQuery } = await import('../search/BrowsePages');
                return {
                  Component: BrowseYearPage,
                  loader: async ({ params }: { params: { year?: string } }) => {
                    await queryClient
                      .query(browseYearQuery(params.year ?? '', data))
                      .catch(() => null);
                    return null;
                  },
                };
              },
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ];
}
