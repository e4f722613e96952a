import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useLoaderDeps } from '../data/LoaderContext';
import { absoluteUrl } from '../ui/site';
import { Loading } from '../ui/Loading';
import { Failure } from '../ui/Failure';
import { plural } from '../ui/words';
import { browseIndexQuery, browseYearQuery, UNDATED } from './browse';

// The routes' loaders come with the pages (see src/app/routes.tsx).
export { browseIndexQuery, browseYearQuery };

const yearLabel = (year: string) => (year === UNDATED ? 'No date recorded' : year);

/** `/browse`: every year with its number of records, each a link to the year's full list. */
export function BrowsePage() {
  const index = useQuery(browseIndexQuery(useLoaderDeps()));
  const url = absoluteUrl('/browse');
  return (
    <section className="record-list" aria-labelledby="browse-title">
      <title>All records by year – Lectern</title>
      <meta
        name="description"
        content="Every research output in Lectern, by year of publication."
      />
      {url && <link rel="canonical" href={url} />}
      <h1 id="browse-title" tabIndex={-1}>
        All records by year
      </h1>
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
        <Link to="/browse">All records by year</Link>
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
              <Link to={`/records/${hit.id}`} dir="auto">
                {hit.title}
              </Link>
              {hit.authors && (
                <span className="browse-records__authors" dir="auto">
                  {hit.authors}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
