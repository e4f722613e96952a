import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useHydrated } from '../ui/useHydrated';
import { useSettled } from '../ui/useSettled';
import { Loading } from '../ui/Loading';
import { Failure } from '../ui/Failure';
import { absoluteUrl } from '../ui/site';
import { useSearchEngine } from './context';
import { facetsKey, facetsQuery, searchQuery } from './queries';
import { EMPTY_REQUEST, paramsFromRequest, requestFromParams, type SearchRequest } from './request';
import { Facets } from './Facets';
import { Results } from './Results';

const FACET_DELAY_MS = 250;

// Needed only when a search finds nothing: kept out of the page's first JavaScript.
const DidYouMean = lazy(() => import('./DidYouMean').then((m) => ({ default: m.DidYouMean })));

/**
 * The home page: every record, newest first, searchable by title, author, keyword, journal and
 * abstract words, with facets and pages. The address holds the request (`?q=&year=&page=`); the
 * build writes the first page, and the search index answers everything else.
 */
export function SearchPage() {
  const hydrated = useHydrated();
  const [params, setParams] = useSearchParams();
  // The prerendered page shows the plain list; the address's own request applies once hydrated.
  const request = hydrated ? requestFromParams(params) : EMPTY_REQUEST;
  const engine = useSearchEngine();
  const result = useQuery({ ...searchQuery(request, engine), placeholderData: keepPreviousData });
  // Facet counts take longer than results (every match is counted), so they are asked for once
  // the results are shown and the words have stayed the same for a moment: typing is never held
  // up behind counts for words already replaced.
  const settled = useSettled(facetsKey(request).join(' '), FACET_DELAY_MS);
  const facets = useQuery({
    ...facetsQuery(request, engine),
    placeholderData: keepPreviousData,
    enabled: settled && result.isSuccess && !result.isPlaceholderData,
  });
  const go = (next: SearchRequest, replace = false) => {
    setParams(paramsFromRequest(next), { replace, preventScrollReset: true });
  };
  const url = absoluteUrl('/');

  return (
    <section className="record-list" aria-labelledby="list-title">
      <title>{request.q ? `“${request.q}” – Lectern` : 'Lectern – research outputs'}</title>
      <meta
        name="description"
        content="Lectern: read research-output records, find where each keyword occurs, and cite them."
      />
      {url && <link rel="canonical" href={url} />}
      <h1 id="list-title" tabIndex={-1}>
        Research outputs
      </h1>
      <SearchBox
        query={request.q}
        onQuery={(q) => {
          go({ ...request, q, page: 1 }, true);
        }}
      />
      {result.isPending ? (
        <Loading what="the list of records" />
      ) : result.isError ? (
        <>
          <Failure onRetry={() => void result.refetch()} retrying={result.isFetching}>
            Search is not available: {result.error.message}
          </Failure>
          <p>
            Every record can still be reached by year, person and topic:{' '}
            <Link to="/browse">browse them</Link>.
          </p>
        </>
      ) : (
        <div className="search-layout">
          <Results request={request} result={result.data} busy={result.isPlaceholderData}>
            {request.q && !result.isPlaceholderData && (
              <Suspense fallback={null}>
                <DidYouMean request={request} />
              </Suspense>
            )}
          </Results>
          <div className="search-aside" id="filters">
            {facets.data ? (
              <Facets
                request={request}
                facets={facets.data}
                busy={facets.isPlaceholderData}
                onChange={go}
              />
            ) : (
              facets.isError && <p>Filters are not available.</p>
            )}
            <p>
              <Link to="/browse">Browse by year, person and topic</Link>
            </p>
          </div>
        </div>
      )}
    </section>
  );
}

function SearchBox({ query, onQuery }: { query: string; onQuery: (q: string) => void }) {
  // What is typed stays as typed (spaces included); the address holds it trimmed. When the
  // address changes by other means (Back), the box follows it.
  const [draft, setDraft] = useState(query);
  const [seen, setSeen] = useState(query);
  if (query !== seen) {
    setSeen(query);
    if (draft.trim() !== query) setDraft(query);
  }
  // Words typed into the served page before it was hydrated are in the box but never reached
  // React: once it is live, they are searched for.
  const input = useRef<HTMLInputElement>(null);
  const rendered = useRef(draft);
  const onQueryRef = useRef(onQuery);
  useEffect(() => {
    onQueryRef.current = onQuery;
  });
  useEffect(() => {
    const typed = input.current?.value ?? '';
    if (typed !== rendered.current) onQueryRef.current(typed.trim());
  }, []);
  return (
    <form
      role="search"
      className="search-box needs-script"
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <label htmlFor="search-input">Search titles, authors, keywords, journals and abstracts</label>
      <input
        ref={input}
        id="search-input"
        type="search"
        value={draft}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setDraft(event.target.value);
          onQuery(event.target.value.trim());
        }}
      />
    </form>
  );
}
