import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { browseIndexQuery, browseYearQuery, UNDATED } from '../search/browse';
import { absoluteUrl } from './site';
import { LoadingPage } from './LoadingPage';

const count = (n: number) => n.toLocaleString('en');
const yearLabel = (year: string) => (year === UNDATED ? 'No date recorded' : year);

function Problem({ error, onRetry }: { error: Error; onRetry: () => void }) {
  return (
    <div role="alert" className="search-problem">
      <p>{error.message}</p>
      <button type="button" className="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

/** `/browse`: every year with its number of records, each a link to the year's full list. */
export function BrowsePage() {
  const index = useQuery(browseIndexQuery());
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
        <LoadingPage what="the years" />
      ) : index.isError ? (
        <Problem error={index.error} onRetry={() => void index.refetch()} />
      ) : (
        <ul className="browse-years">
          {index.data.years.map(({ year, count: n }) => (
            <li key={year}>
              <Link to={`/browse/${year}`}>{yearLabel(year)}</Link>{' '}
              <span className="facet__count">
                ({count(n)} {n === 1 ? 'record' : 'records'})
              </span>
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
  const list = useQuery(browseYearQuery(year));
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
        <LoadingPage what={`the records of ${yearLabel(year)}`} />
      ) : list.isError ? (
        <Problem error={list.error} onRetry={() => void list.refetch()} />
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
