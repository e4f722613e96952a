import { queryOptions } from '@tanstack/react-query';
import type { SearchEngine } from './context';
import { paramsFromRequest, type SearchRequest } from './request';

/** The cache keys of a request's results and facets: the build fills those of the plain list. */
export const searchKey = (request: SearchRequest) =>
  ['search', paramsFromRequest(request).toString()] as const;
export const facetsKey = (request: SearchRequest) =>
  ['facets', paramsFromRequest({ ...request, page: 1 }).toString()] as const;

export function searchQuery(request: SearchRequest, engine: SearchEngine) {
  return queryOptions({
    queryKey: searchKey(request),
    queryFn: () => engine.search(request),
    // The index changes only with a new build.
    staleTime: Infinity,
  });
}

export function facetsQuery(request: SearchRequest, engine: SearchEngine) {
  return queryOptions({
    queryKey: facetsKey(request),
    queryFn: () => engine.facets(request),
    staleTime: Infinity,
  });
}
