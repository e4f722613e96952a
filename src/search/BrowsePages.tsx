import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useLoaderDeps } from '../data/LoaderContext';
import { absoluteUrl } from '../ui/site';
import { Loading } from '../ui/Loading';
import { Failure } from '../ui/Failure';
import { plural } from '../ui/words';
import { ListedAuthors } from '../record/ListedAuthors';
import { Coins } from '../record/Coins';
import type { Prefetch } from '../ui/lazyPage';
import { recordHref } from '../record/listing';
import { browseIndexQuery, browseYearQuery, UNDATED } from './browse';

/** What the browse pages show first (their routes' loaders, see src/app/routes.tsx). */
export const prefetchBrowse: Prefetch = (_params, client, deps) => [
  client.query(browseIndexQuery(deps)),
];
export const prefetchBrowseYear: Prefetch = (params, client, deps) => [
  client.query(browseYearQuery(params.year ?? '', deps)),
];

const yearLabel = (year: string) => (year === UNDATED ? 'No date recorded' : year);

/**
 * `/browse`: every year with its number of records, each a link to the year's full list; what
 * else the portal offers to browse (`children`: its A–Z lists) follows.
 */
export function BrowsePage({ children }: { children?: ReactNode }) {
  const index = useQuery(browseIndexQuery(useLoaderDeps()));
  const url = absoluteUrl('/browse');
  return (
    <section className="record-list" aria-labelledby="browse-title">
      <title>Browse – Lectern</title>
      <meta
        name="description"
        content="Every research output in Lectern, by year of publication, person and topic."
      />
      {url && <link rel="canonical" href={url} />}
      <h1 id="browse-title" tabIndex={-1}>
        Browse
      </h1>
      <h2>By year</h2>
      {index.isPending ? (
        <Loading what="the years" />
      ) : index.isError ? (
        <Failure onRetry={() => void index.refetch()} retrying={index.isFetching}>
          {index.error.message}
        </Failure>
      ) : (
        <ul className="browse-years">
          {index.data.years.map(({ year, count: n }) => (
            <li key={year}>
              <Link to={`/browse/${year}`}>{yearLabel(year)}</Link>{' '}
              <span className="facet__count">({plural(n, 'record')})</span>
            </li>
          ))}
        </ul>
      )}
      {children}
    </section>
  );
}

/** `/browse/2005`: every record of a year, newest first, each a link. */
export function BrowseYearPage() {
  const year = useParams().year ?? '';
  const list = useQuery(browseYearQuery(year, useLoaderDeps()));
  const url = absoluteUrl(`/browse/${year}`);
  return (
    <section className="record-list" aria-labelledby="browse-title">
      <title>{`${yearLabel(year)} – all records – Lectern`}</title>
      <meta name="description" content={`Research outputs in Lectern: ${yearLabel(year)}.`} />
      {url && <link rel="canonical" href={url} />}
      <p className="breadcrumb">
        <Link to="/browse">Browse</Link>
      </p>
      <h1 id="browse-title" tabIndex={-1}>
        {yearLabel(year)}
      </h1>
      {list.isPending ? (
        <Loading what={`the records of ${yearLabel(year)}`} />
      ) : list.isError ? (
        <Failure onRetry={() => void list.refetch()} retrying={list.isFetching}>
          {list.error.message}
        </Failure>
      ) : (
        <ul className="browse-records">
          {list.data.records.map((hit) => (
            <li key={hit.id}>
              <Link to={recordHref(hit.id, `/browse/${year}`)} dir="auto">
                {hit.title}
              </Link>
              {hit.authors.length > 0 && (
                <span className="browse-records__authors">
                  <ListedAuthors authors={hit.authors} more={hit.moreAuthors} />
                </span>
              )}
              {hit.coins && <Coins kev={hit.coins} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
