import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { recordQuery } from '../record/api';
import { Layout } from './Layout';
import { RecordPage } from './RecordPage';
import { FingerprintPage } from './FingerprintPage';
import { NotFoundPage } from './NotFoundPage';
import { browseIndexQuery, browseYearQuery } from '../search/browse';
import { RouteErrorPage } from './RouteErrorPage';
import { LoadingPage } from './LoadingPage';

/**
 * The route table. Loaders start (and await) the same query the page then reads, so navigation
 * lands on a filled page; failures stay in the query cache and the page shows them with a way out.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  // A failed load stays in the query cache, where the page finds it and offers a retry.
  const loadRecord = async ({ params }: { params: { id?: string } }) => {
    await queryClient.query(recordQuery(params.id ?? '')).catch(() => null);
    return null;
  };
  return [
    {
      path: '/',
      element: <Layout />,
      hydrateFallbackElement: <LoadingPage />,
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
              lazy: async () => ({ Component: (await import('./HomePage')).HomePage }),
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
              element: <FingerprintPage />,
            },
            {
              path: 'browse',
              loader: async () => {
                await queryClient.query(browseIndexQuery()).catch(() => null);
                return null;
              },
              lazy: async () => ({ Component: (await import('./BrowsePage')).BrowsePage }),
            },
            {
              path: 'browse/:year',
              loader: async ({ params }) => {
                await queryClient.query(browseYearQuery(params.year ?? '')).catch(() => null);
                return null;
              },
              lazy: async () => ({ Component: (await import('./BrowsePage')).BrowseYearPage }),
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ];
}
