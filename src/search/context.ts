import { createContext, useContext } from 'react';
import type { FacetCounts, SearchPage } from './document';
import type { SearchRequest } from './request';

/** Answers a search request; the app uses Pagefind's index, tests pass their own. */
export interface SearchEngine {
  /** The request's page of results and how many there are in all. */
  search(request: SearchRequest): Promise<SearchPage>;
  /** The facet counts for a request (its page does not matter). */
  facets(request: SearchRequest): Promise<FacetCounts>;
}

/**
 * Pagefind's engine, loaded with the first search: a reading page that never searches never
 * fetches it (nor its adapter's code).
 */
export function lazyPagefindEngine(baseUrl: string): SearchEngine {
  let engine: Promise<SearchEngine> | null = null;
  const load = () => {
    engine ??= import('./pagefind').then(({ pagefindEngine }) => pagefindEngine(baseUrl));
    return engine;
  };
  return {
    search: async (request) => (await load()).search(request),
    facets: async (request) => (await load()).facets(request),
  };
}

export const SearchEngineContext = createContext<SearchEngine>(
  lazyPagefindEngine(import.meta.env.BASE_URL),
);

export function useSearchEngine(): SearchEngine {
  return useContext(SearchEngineContext);
}
