import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useLoaderDeps } from '../data/LoaderContext';
import { RecordList } from '../record/RecordList';
import { Loading } from '../ui/Loading';
import { absoluteUrl } from '../ui/site';
import { count, listOf, plural } from '../ui/words';
import { topicPath, type TopicPageData } from './model';
import { topicQuery } from './queries';
import { PageMissing } from './PageMissing';
import type { Prefetch } from '../ui/lazyPage';
import { CountedLinks } from './CountedLinks';

/** What a topic's page shows first (its route's loader, see src/app/routes.tsx). */
export const prefetchTopic: Prefetch = (params, client, deps) => [
  client.query(topicQuery(params.id ?? '', topicPage(params.page), deps)),
];

/** The page a topic route's address names: `/topics/<id>` is 1, `/topics/<id>/2` is 2. */
export function topicPage(param: string | undefined): number {
  const page = Number(param ?? '1');
  return Number.isInteger(page) && page >= 1 ? page : 0;
}

/** `/topics/<id>`: every record about a topic, newest first, a page at a time; related topics. */
export function TopicPage() {
  const params = useParams();
  const id = params.id ?? '';
  const page = topicPage(params.page);
  const query = useQuery(topicQuery(id, page, useLoaderDeps()));
  if (query.isPending) return <Loading what="the topic" />;
  if (query.isError) {
    return (
      <PageMissing
        heading="Topic not found"
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return <Topic topic={query.data} />;
}

/** "an author keyword of 3 records, a subject area of 1 and a fingerprint concept of 5". */
function kindsText(kinds: TopicPageData['kinds']): string {
  const parts = [
    kinds.keyword > 0 ? `an author keyword of ${plural(kinds.keyword, 'record')}` : '',
    kinds.subject > 0 ? `a subject area of ${plural(kinds.subject, 'record')}` : '',
    kinds.concept > 0 ? `a fingerprint concept of ${plural(kinds.concept, 'record')}` : '',
  ].filter(Boolean);
  return listOf(parts);
}

function Topic({ topic }: { topic: TopicPageData }) {
  const path = topicPath(topic.id, topic.page);
  const url = absoluteUrl(path);
  const first = (topic.page - 1) * 20 + 1;
  return (
    <article className="portal-page" aria-labelledby="topic-title">
      <title>{`${topic.label}${topic.page > 1 ? ` (page ${topic.page})` : ''} – Lectern`}</title>
      <meta
        name="description"
        content={`${plural(topic.total, 'research output')} on ${topic.label} in Lectern.`}
      />
      {url && <link rel="canonical" href={url} />}
      <p className="portal-page__kind">Topic</p>
      <h1 id="topic-title" tabIndex={-1} dir="auto">
        {topic.label}
      </h1>
      <p>
        {plural(topic.total, 'record')}. It is {kindsText(topic.kinds)}.
      </p>
      <div className="portal-page__body">
        <section aria-labelledby="topic-records-title" className="portal-page__main">
          <h2 id="topic-records-title">
            Records, newest first
            {topic.pages > 1 && (
              <span className="visually-hidden">
                {' '}
                ({count(first)} to {count(first + topic.records.length - 1)})
              </span>
            )}
          </h2>
          <RecordList records={topic.records} from={path} />
          {topic.pages > 1 && (
            <nav className="pager" aria-label="Pages of records">
              {topic.page > 1 ? (
                <Link to={topicPath(topic.id, topic.page - 1)} rel="prev">
                  ← Previous page
                </Link>
              ) : (
                <span aria-hidden="true" />
              )}
              <span>
                Page {count(topic.page)} of {count(topic.pages)}
              </span>
              {topic.page < topic.pages ? (
                <Link to={topicPath(topic.id, topic.page + 1)} rel="next">
                  Next page →
                </Link>
              ) : (
                <span aria-hidden="true" />
              )}
            </nav>
          )}
        </section>
        {topic.related.length > 0 && (
          <div className="portal-page__aside">
            <section aria-labelledby="related-topics-title">
              <h2 id="related-topics-title">Related topics</h2>
              <CountedLinks
                links={topic.related.map((r) => ({
                  path: r.path,
                  label: r.label,
                  count: r.shared,
                }))}
                noun="shared record"
              />
            </section>
          </div>
        )}
      </div>
    </article>
  );
}
