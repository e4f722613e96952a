import { queryOptions } from '@tanstack/react-query';
import { retryTransient } from '../data/errors';
import type { LoaderDeps } from '../data/deps';

/**
 * Fetching and reading a record file (its schemas and their salvage) is a chunk of its own,
 * loaded with the first record fetched: a prerendered page arrives with its record already read,
 * so its first paint never needs it.
 */
const files = () => import('./fetch');

/** Keys go from general to specific so that `['records']` invalidates them all. */
export const recordKeys = {
  all: ['records'] as const,
  detail: (id: string) => [...recordKeys.all, 'detail', id] as const,
};

export function recordQuery(id: string, deps: LoaderDeps) {
  return queryOptions({
    queryKey: recordKeys.detail(id),
    queryFn: async ({ signal }) => (await files()).fetchRecord(id, deps, signal),
    staleTime: Infinity,
    retry: retryTransient,
    // The route loader already tried; a failure waits for the reader's Retry.
    retryOnMount: false,
  });
}
