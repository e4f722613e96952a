import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { recordIndexQuery } from '../record/api';
import { authorList, publicationYear } from '../record/format';
import { LoadingPage } from './LoadingPage';
import { ProblemView } from './ProblemView';

export function HomePage() {
  const index = useQuery(recordIndexQuery());
  if (index.isPending) return <LoadingPage what="the list of records" />;
  if (index.isError) {
    return (
      <ProblemView
        error={index.error}
        onRetry={() => void index.refetch()}
        retrying={index.isFetching}
      />
    );
  }
  return (
    <section className="record-list" aria-labelledby="list-title">
      <title>Lectern – research outputs</title>
      <meta
        name="description"
        content="Lectern: read research-output records, find where each keyword occurs, and cite them."
      />
      <h1 id="list-title">Research outputs</h1>
      {index.data.length === 0 ? (
        <p>No records are published yet.</p>
      ) : (
        <ul className="record-list__items">
          {index.data.map((record) => {
            const year = publicationYear(record.published);
            const source = [record.journal, year].filter(Boolean).join(', ');
            return (
              <li key={record.id} className="record-card">
                <h2 className="record-card__title">
                  <Link to={`/records/${record.id}`}>{record.title}</Link>
                </h2>
                {record.authors.length > 0 && (
                  <p className="record-card__authors">{authorList(record.authors)}</p>
                )}
                {source && <p className="record-card__source">{source}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
