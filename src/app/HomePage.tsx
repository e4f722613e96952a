import { useEffect, useId, useRef, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useHydrated } from '../ui/useHydrated';
import { useSettled } from '../ui/useSettled';
import type { FacetCounts, SearchHit, SearchPage } from '../search/document';
import { facetsKey, facetsQuery, searchQuery, useSearchEngine } from '../search/engine';
import {
  EMPTY_REQUEST,
  FACETS,
  PAGE_SIZE,
  hasFilters,
  paramsFromRequest,
  requestFromParams,
  toggleFilter,
  type FacetKey,
  type SearchRequest,
} from '../search/request';
import { LoadingPage } from './LoadingPage';
import { absoluteUrl } from './site';

const count = (n: number) => n.toLocaleString('en');

const FACET_DELAY_MS = 250;

/**
 * The home page: every record, newest first, searchable by title, author, keyword, journal and
 * abstract words, with facets and pages. The address holds the request (`?q=&year=&page=`); the
 * build writes the first page, and the search index answers everything else.
 */
export function HomePage() {
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
        <LoadingPage what="the list of records" />
      ) : result.isError ? (
        <div role="alert" className="search-problem">
          <p>Search is not available: {result.error.message}</p>
          <button type="button" className="button" onClick={() => void result.refetch()}>
            Try again
          </button>
        </div>
      ) : (
        <div className="search-layout">
          <Results request={request} result={result.data} busy={result.isPlaceholderData} />
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
              <Link to="/browse">All records by year</Link>
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
      className="search-box"
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

const FEW = 8;

function facetEntries(key: FacetKey, counts: Record<string, number>, selected: string[]) {
  const entries = Object.entries(counts);
  for (const value of selected) if (!(value in counts)) entries.push([value, 0]);
  // Years read best in order; other facets with the most records first.
  return entries.sort(([a, m], [b, n]) =>
    key === 'year' ? b.localeCompare(a) : n - m || a.localeCompare(b),
  );
}

function Facets({
  request,
  facets,
  busy,
  onChange,
}: {
  request: SearchRequest;
  facets: FacetCounts;
  /** The counts shown are still those of the previous request. */
  busy: boolean;
  onChange: (next: SearchRequest) => void;
}) {
  const shown = FACETS.filter(
    ({ key }) => Object.keys(facets[key]).length > 0 || request.filters[key].length > 0,
  );
  if (shown.length === 0) return null;
  return (
    <aside className="facets" aria-label="Filter the records" aria-busy={busy}>
      {shown.map(({ key, label }) => (
        <Facet
          key={key}
          name={key}
          label={label}
          entries={facetEntries(key, facets[key], request.filters[key])}
          selected={request.filters[key]}
          onToggle={(value) => {
            onChange(toggleFilter(request, key, value));
          }}
        />
      ))}
      {hasFilters(request) && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            onChange({ ...request, filters: EMPTY_REQUEST.filters, page: 1 });
          }}
        >
          Clear filters
        </button>
      )}
    </aside>
  );
}

function Facet({
  name,
  label,
  entries,
  selected,
  onToggle,
}: {
  name: FacetKey;
  label: string;
  entries: [string, number][];
  selected: string[];
  onToggle: (value: string) => void;
}) {
  const [all, setAll] = useState(false);
  const id = useId();
  // A chosen value is always in sight, wherever it falls in the order.
  const visible = all
    ? entries
    : entries.filter(([value], i) => i < FEW || selected.includes(value));
  return (
    <fieldset className="facet">
      <legend>{label}</legend>
      <ul id={id}>
        {visible.map(([value, n]) => (
          <li key={value}>
            <label>
              <input
                type="checkbox"
                name={name}
                value={value}
                checked={selected.includes(value)}
                onChange={() => {
                  onToggle(value);
                }}
              />{' '}
              <span dir="auto">{value}</span> <span className="facet__count">({count(n)})</span>
            </label>
          </li>
        ))}
      </ul>
      {entries.length > FEW && (
        <button
          type="button"
          className="link-button"
          aria-expanded={all}
          aria-controls={id}
          onClick={() => {
            setAll(!all);
          }}
        >
          {all ? 'Show fewer' : `Show all ${count(entries.length)}`}{' '}
          <span className="visually-hidden">{label.toLowerCase()} values</span>
        </button>
      )}
    </fieldset>
  );
}

const filterCount = (request: SearchRequest) =>
  FACETS.reduce((n, { key }) => n + request.filters[key].length, 0);

/**
 * "1,000 records", "3 records match “myeloma”", "3 records match “myeloma” with 2 filters",
 * "No records match the filters."
 */
function summary(request: SearchRequest, total: number): string {
  const records = `${count(total)} ${total === 1 ? 'record' : 'records'}`;
  if (!request.q && !hasFilters(request)) return records;
  const filters = filterCount(request);
  const what = request.q
    ? `“${request.q}”${filters > 0 ? ` with ${filters} ${filters === 1 ? 'filter' : 'filters'}` : ''}`
    : 'the filters';
  if (total === 0) return `No records match ${what}.`;
  return `${records} ${total === 1 ? 'matches' : 'match'} ${what}`;
}

function Results({
  request,
  result,
  busy,
}: {
  request: SearchRequest;
  result: SearchPage;
  busy: boolean;
}) {
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  const first = (request.page - 1) * PAGE_SIZE + 1;
  return (
    <div className="search-results" aria-busy={busy}>
      <p role="status" className="search-results__summary">
        {busy ? 'Searching…' : summary(request, result.total)}
        {!busy && pages > 1 && request.page <= pages && (
          <span className="search-results__range">
            {' '}
            · {count(first)}–{count(first + result.hits.length - 1)}
          </span>
        )}
      </p>
      {/* On a phone the filters come after the results: a way to them. */}
      <p className="search-results__to-filters">
        <a href="#filters">
          Filters{hasFilters(request) ? ` (${count(filterCount(request))} chosen)` : ''}
        </a>
      </p>
      {result.total === 0 && (request.q || hasFilters(request)) && (
        <p>Try other or fewer words, or remove a filter.</p>
      )}
      {result.total === 0 && !request.q && !hasFilters(request) && (
        <p>No records are published yet.</p>
      )}
      {result.total > 0 && request.page > pages && (
        <p>
          There is no page {count(request.page)}.{' '}
          <Link to={{ search: `?${paramsFromRequest({ ...request, page: pages }).toString()}` }}>
            Go to the last page, {count(pages)}
          </Link>
        </p>
      )}
      {result.hits.length > 0 && (
        <ol className="record-list__items" start={first} aria-label="Results">
          {result.hits.map((hit) => (
            <ResultCard key={hit.id} hit={hit} />
          ))}
        </ol>
      )}
      {pages > 1 && request.page <= pages && <Pager request={request} pages={pages} />}
    </div>
  );
}

function ResultCard({ hit }: { hit: SearchHit }) {
  const source = [hit.journal, hit.year].filter(Boolean).join(', ');
  return (
    <li className="record-card">
      <h2 className="record-card__title">
        <Link to={`/records/${hit.id}`} dir="auto">
          {hit.title}
        </Link>
      </h2>
      {hit.authors && (
        <p className="record-card__authors" dir="auto">
          {hit.authors}
        </p>
      )}
      {(source || hit.type) && (
        <p className="record-card__source">
          {source && <span dir="auto">{source}</span>}
          {source && hit.type && ' · '}
          {hit.type && <span className="record-card__type">{hit.type}</span>}
        </p>
      )}
      {hit.excerpt && hit.excerpt.length > 0 && (
        <p className="record-card__excerpt" dir="auto">
          {hit.excerpt.map((part, i) =>
            part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
          )}
        </p>
      )}
    </li>
  );
}

function Pager({ request, pages }: { request: SearchRequest; pages: number }) {
  const to = (page: number) => ({
    search: `?${paramsFromRequest({ ...request, page }).toString()}`,
  });
  return (
    <nav className="pager" aria-label="Pages of results">
      {request.page > 1 ? (
        <Link to={to(request.page - 1)} rel="prev">
          ← Previous page
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span>
        Page {count(request.page)} of {count(pages)}
      </span>
      {request.page < pages ? (
        <Link to={to(request.page + 1)} rel="next">
          Next page →
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}
