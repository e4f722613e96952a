import { Fragment, useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { Link } from 'react-router';
import { count, plural } from '../ui/words';
import { ListedAuthors } from '../record/ListedAuthors';
import { Coins } from '../record/Coins';
import { SourceLine } from '../record/SourceLine';
import { recordHref } from '../record/listing';
import type { ExcerptPart, SearchHit, SearchPage } from './document';
import { markedParts } from './marks';
import { FACETS, PAGE_SIZE, hasFilters, paramsFromRequest, type SearchRequest } from './request';

const filterCount = (request: SearchRequest) =>
  FACETS.reduce((n, { key }) => n + request.filters[key].length, 0);

/**
 * "1,000 records", "3 records match “myeloma”", "3 records match “myeloma” with 2 filters",
 * "No records match the filters."
 */
export function summary(request: SearchRequest, total: number): string {
  const records = plural(total, 'record');
  if (!request.q && !hasFilters(request)) return records;
  const filters = filterCount(request);
  const what = request.q
    ? `“${request.q}”${filters > 0 ? ` with ${plural(filters, 'filter')}` : ''}`
    : 'the filters';
  if (total === 0) return `No records match ${what}.`;
  return `${records} ${total === 1 ? 'matches' : 'match'} ${what}`;
}

/** A page of results: how many, the records as links, and the pages. */
export function Results({
  request,
  result,
  busy,
  children,
}: {
  request: SearchRequest;
  result: SearchPage;
  busy: boolean;
  /** Shown when nothing matches the words: another spelling to try. */
  children?: ReactNode;
}) {
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  // After a turn of the page (the same words and filters) from the pager, the focus goes to the
  // count, which a screen reader then reads ("45 records match … · 11–20"), rather than staying
  // at the foot of the list or falling to the body. Typing, which also goes back to page 1,
  // keeps it in the search box.
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const pagerRef = useRef<HTMLElement>(null);
  const sameList = paramsFromRequest({ ...request, page: 1 }).toString();
  const shown = useRef({ list: sameList, page: request.page });
  useEffect(() => {
    if (busy) return;
    const turned = shown.current.list === sameList && shown.current.page !== request.page;
    shown.current = { list: sameList, page: request.page };
    const from = document.activeElement;
    const fromPager = from === document.body || Boolean(pagerRef.current?.contains(from));
    if (turned && fromPager) summaryRef.current?.focus();
  }, [busy, sameList, request.page]);
  const first = (request.page - 1) * PAGE_SIZE + 1;
  // A record opened from a search offers the way back to it: its words, filters and page.
  const query = paramsFromRequest(request).toString();
  const from = query ? `/?${query}` : undefined;
  return (
    <div className="search-results" aria-busy={busy}>
      <p role="status" className="search-results__summary" ref={summaryRef} tabIndex={-1}>
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
        <>
          {children}
          <p>Try other or fewer words, or remove a filter.</p>
        </>
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
            <ResultCard key={hit.id} hit={hit} from={from} query={request.q} />
          ))}
        </ol>
      )}
      {pages > 1 && request.page <= pages && (
        <Pager request={request} pages={pages} navRef={pagerRef} />
      )}
    </div>
  );
}

function Marked({ parts }: { parts: readonly ExcerptPart[] }) {
  return parts.map((part, i) =>
    part.marked ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>,
  );
}

function ResultCard({
  hit,
  from,
  query,
}: {
  hit: SearchHit;
  from: string | undefined;
  query: string;
}) {
  return (
    <li className="record-card">
      <h2 className="record-card__title">
        <Link to={recordHref(hit.id, from)} dir="auto">
          {query ? <Marked parts={markedParts(hit.title, query)} /> : hit.title}
        </Link>
      </h2>
      {hit.authors.length > 0 && (
        <p className="record-card__authors">
          <ListedAuthors authors={hit.authors} more={hit.moreAuthors} />
        </p>
      )}
      <SourceLine
        as="p"
        className="record-card__source"
        journal={hit.journal}
        year={hit.year}
        type={hit.type}
        typeClassName="record-card__type"
      />
      {hit.excerpt && hit.excerpt.length > 0 && (
        <p className="record-card__excerpt" dir="auto">
          <Marked parts={hit.excerpt} />
        </p>
      )}
      {hit.coins && <Coins kev={hit.coins} />}
    </li>
  );
}

function Pager({
  request,
  pages,
  navRef,
}: {
  request: SearchRequest;
  pages: number;
  navRef: RefObject<HTMLElement | null>;
}) {
  const to = (page: number) => ({
    search: `?${paramsFromRequest({ ...request, page }).toString()}`,
  });
  return (
    <nav className="pager" aria-label="Pages of results" ref={navRef}>
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
