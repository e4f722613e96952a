import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { recordIndexQuery } from '../record/api';
import { publicationYear } from '../record/format';
import { AuthorList } from '../record/AuthorList';
import type { RecordSummary } from '../record/schema';
import { Loaded } from './Loaded';
import { absoluteUrl } from './site';

export function HomePage() {
  const index = useQuery(recordIndexQuery());
  return (
    <Loaded query={index} what="the list of records">
      {(records) => <RecordList records={records} />}
    </Loaded>
  );
}

function RecordList({ records }: { records: RecordSummary[] }) {
  const url = absoluteUrl('/');
  return (
    <section className="record-list" aria-labelledby="list-title">
      <title>Lectern – research outputs</title>
      <meta
        name="description"
        content="Lectern: read research-output records, find where each keyword occurs, and cite them."
      />
      {url && <link rel="canonical" href={url} />}
      <h1 id="list-title" tabIndex={-1}>
        Research outputs
      </h1>
      {records.length === 0 ? (
        <p>No records are published yet.</p>
      ) : (
        <ul className="record-list__items">
          {records.map((record) => {
            const year = publicationYear(record.published);
            const source = [record.journal, year].filter(Boolean).join(', ');
            return (
              <li key={record.id} className="record-card">
                <h2 className="record-card__title">
                  <Link to={`/records/${record.id}`} dir="auto">
                    {record.title}
                  </Link>
                </h2>
                {record.authors.length > 0 && (
                  <p className="record-card__authors">
                    <AuthorList authors={record.authors} />
                  </p>
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
