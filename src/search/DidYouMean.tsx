import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { LoaderDeps } from '../data/deps';
import { useLoaderDeps } from '../data/LoaderContext';
import { loadJson } from '../data/load';
import { plural } from '../ui/words';
import { useSearchEngine } from './context';
import { searchQuery } from './queries';
import { paramsFromRequest, type SearchRequest } from './request';

/** The records' words (search/words.json) and the reader of them, loaded together, once. */
function wordsQuery(deps: LoaderDeps) {
  return queryOptions({
    queryKey: ['search', 'words'],
    queryFn: async ({ signal }) => {
      const { WORDS_FILE, wordsSchema, suggestion } = await import('./suggest');
      const { words } = await loadJson(WORDS_FILE, wordsSchema, deps, {
        signal,
        what: 'list of words',
      });
      return { words, suggestion };
    },
    staleTime: Infinity,
  });
}

function suggestionQuery(q: string, deps: LoaderDeps, client: QueryClient) {
  return queryOptions({
    queryKey: ['search', 'did-you-mean', q],
    queryFn: async () => {
      const { words, suggestion } = await client.query(wordsQuery(deps));
      return suggestion(q, words);
    },
    staleTime: Infinity,
  });
}

/**
 * Under a search that found nothing: the same words with a misspelt one replaced by a word the
 * records use, offered only when that finds something. Without the list of words (an older build)
 * it says nothing.
 */
export function DidYouMean({ request }: { request: SearchRequest }) {
  const deps = useLoaderDeps();
  const client = useQueryClient();
  const engine = useSearchEngine();
  const suggested = useQuery(suggestionQuery(request.q, deps, client)).data;
  const alternative = { ...request, q: suggested ?? '', page: 1 };
  const found = useQuery({ ...searchQuery(alternative, engine), enabled: Boolean(suggested) });
  const total = found.data?.total ?? 0;
  if (!suggested || total === 0) return null;
  return (
    <p className="did-you-mean">
      Did you mean{' '}
      <Link to={{ search: `?${paramsFromRequest(alternative).toString()}` }}>“{suggested}”</Link> (
      {plural(total, 'record')})?
    </p>
  );
}
