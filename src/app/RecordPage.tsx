import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { recordQuery } from '../record/api';
import { RecordHead } from '../record/RecordHead';
import { RecordHeader } from '../record/RecordHeader';
import { RecordDetails } from '../record/RecordDetails';
import { paragraphs } from '../record/format';
import { LoadingPage } from './LoadingPage';
import { ProblemView } from './ProblemView';

export function RecordPage() {
  const id = useParams().id ?? '';
  const query = useQuery(recordQuery(id));
  if (query.isPending) return <LoadingPage what="the record" />;
  if (query.isError) {
    return (
      <ProblemView
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  const record = query.data;
  return (
    <article className="record">
      <RecordHead record={record} />
      <RecordHeader record={record} />
      <div className="record-body">
        <div className="record-main">
          <section aria-labelledby="abstract-title" className="abstract">
            <h2 id="abstract-title">Abstract</h2>
            {record.abstract ? (
              paragraphs(record.abstract).map((p, i) => <p key={i}>{p}</p>)
            ) : (
              <p className="empty">No abstract is recorded.</p>
            )}
          </section>
        </div>
        <div className="record-side">
          {record.keywords.length > 0 && (
            <section aria-labelledby="keywords-title">
              <h2 id="keywords-title">Keywords</h2>
              <ul className="chips">
                {record.keywords.map((k) => (
                  <li key={k}>{k}</li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="details-title">
            <h2 id="details-title">Details</h2>
            <RecordDetails record={record} />
          </section>
          {record.subjectAreas.length > 0 && (
            <section aria-labelledby="subjects-title">
              <h2 id="subjects-title">Subject areas</h2>
              <ul className="chips">
                {record.subjectAreas.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
    </article>
  );
}
