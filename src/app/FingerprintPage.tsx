import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { TO_FIRST_MATCH } from '../highlight/arrival';
import { useLoaderDeps } from '../data/LoaderContext';
import { recordQuery } from '../record/api';
import type { ResearchRecord } from '../record/schema';
import { useFingerprint } from '../fingerprint/useFingerprint';
import { FingerprintFailure } from '../fingerprint/FingerprintView';
import { derivedFrom, emptyFingerprintText, percent } from '../fingerprint/concepts';
import { writeHighlightParam } from '../highlight/terms';
import { termKey } from '../text/match';
import { Loaded } from './Loaded';
import { isolate } from '../text/bidi';
import { absoluteUrl } from '../ui/site';

export function FingerprintPage() {
  const id = useParams().id ?? '';
  const query = useQuery(recordQuery(id, useLoaderDeps()));
  return (
    <Loaded query={query} what="the record">
      {(record) => <FullFingerprint record={record} />}
    </Loaded>
  );
}

function FullFingerprint({ record }: { record: ResearchRecord }) {
  const fingerprint = useFingerprint(record);
  const concepts = fingerprint.data?.concepts ?? [];
  const url = absoluteUrl(`/records/${record.id}/fingerprint`);
  return (
    <section className="fingerprint-page" aria-labelledby="fingerprint-page-title">
      <title>{`Fingerprint: ${isolate(record.title)} – Lectern`}</title>
      <meta name="description" content={`The concepts of “${record.title}”, weighted.`} />
      {url && <link rel="canonical" href={url} />}
      <p>
        <Link to={`/records/${record.id}`}>← Back to the record</Link>
      </p>
      <h1 id="fingerprint-page-title" tabIndex={-1}>
        Fingerprint
      </h1>
      <p className="fingerprint-page__of" dir="auto">
        {record.title}
      </p>
      {fingerprint.isError ? (
        <FingerprintFailure error={fingerprint.error} onRetry={() => void fingerprint.refetch()} />
      ) : fingerprint.isPending ? (
        <p className="hint">Finding the concepts of this text…</p>
      ) : concepts.length === 0 ? (
        <p className="empty">{emptyFingerprintText(fingerprint.data)}</p>
      ) : (
        <>
          <p className="hint">
            {fingerprint.data.derived
              ? `${derivedFrom(fingerprint.data)}: each concept scores 3 per title occurrence, 1 per abstract occurrence and 3 if it is an author keyword, as a percentage of the top concept; concepts under 20% are left out.`
              : 'As the record gives it.'}
          </p>
          <div
            className="table-scroll"
            role="region"
            aria-label="Every concept of the fingerprint"
            tabIndex={0}
          >
            <table className="fingerprint-table">
              <caption className="visually-hidden">
                Every concept of the fingerprint, by weight
              </caption>
              <thead>
                <tr>
                  <th scope="col">Concept</th>
                  <th scope="col">Weight</th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {concepts.map((c) => (
                  <tr key={c.concept}>
                    <th scope="row">
                      <Link
                        to={{
                          pathname: `/records/${record.id}`,
                          search: writeHighlightParam('', [termKey(c.concept)]),
                        }}
                        state={TO_FIRST_MATCH}
                        aria-label={`${c.concept}: show in the text`}
                      >
                        <bdi>{c.concept}</bdi>
                      </Link>
                      {c.category && (
                        <span className="fingerprint-table__category">{c.category}</span>
                      )}
                    </th>
                    <td className="numeric">{percent(c.weight)}</td>
                    <td>{c.explanation}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
