import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useLoaderDeps } from '../data/LoaderContext';
import { RecordList } from '../record/RecordList';
import { Loading } from '../ui/Loading';
import { absoluteUrl } from '../ui/site';
import { count, listOf, plural } from '../ui/words';
import { topicPath, type TopicNewestPage, type TopicOlderPage, type TopicPageData } from './model';
import { topicQuery } from './queries';
import { PageMissing } from './PageMissing';
import type { Prefetch } from '../ui/lazyPage';
import { CountedLinks } from './CountedLinks';
import { dateSpan } from './dateSpan';

/** What a topic's page shows first (its route's loader, see src/app/routes.tsx). */
export const prefetchTopic: Prefetch = (params, client, deps) => [
  client.query(topicQuery(params.id ?? '', topicBlockParam(params.block), deps)),
];

/**
 * The block a topic route's address names: `/topics/<id>` is the topic's own page (''),
 * `/topics/<id>/<key>` a page of its older records (`topicBlocks`); null for an address that
 * names no page.
 */
export function topicBlockParam(param: string | undefined): string | null {
  if (param === undefined) return '';
  return /^[0-9a-f]{8}(-\d+)?$/.test(param) ? param : null;
}

/** `/topics/<id>`: every record about a topic, newest first, a page at a time; related topics. */
export function TopicPage() {
  const params = useParams();
  const id = params.id ?? '';
  const query = useQuery(topicQuery(id, topicBlockParam(params.block), useLoaderDeps()));
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
function kindsText(kinds: TopicNewestPage['kinds']): string {
  const parts = [
    kinds.keyword > 0 ? `an author keyword of ${plural(kinds.keyword, 'record')}` : '',
    kinds.subject > 0 ? `a subject area of ${plural(kinds.subject, 'record')}` : '',
    kinds.concept > 0 ? `a fingerprint concept of ${plural(kinds.concept, 'record')}` : '',
  ].filter(Boolean);
  return listOf(parts);
}

function Topic({ topic }: { topic: TopicPageData }) {
  return topic.part === 'newest' ? <NewestPage topic={topic} /> : <OlderPage topic={topic} />;
}

/** A topic page's head tags (title, description, canonical address) and its heading. */
function TopicHeading({
  label,
  title,
  description,
  path,
}: {
  label: string;
  title: string;
  description: string;
  path: string;
}) {
  const url = absoluteUrl(path);
  return (
    <>
      <title>{`${title} – Lectern`}</title>
      <meta name="description" content={description} />
      {url && <link rel="canonical" href={url} />}
      <p className="portal-page__kind">Topic</p>
      <h1 id="topic-title" tabIndex={-1} dir="auto">
        {label}
      </h1>
    </>
  );
}

function NewestPage({ topic }: { topic: TopicNewestPage }) {
  return (
    <article className="portal-page" aria-labelledby="topic-title">
      <TopicHeading
        label={topic.label}
        title={topic.label}
        description={`${plural(topic.total, 'research output')} on ${topic.label} in Lectern.`}
        path={topicPath(topic.id)}
      />
      <p>
        {plural(topic.total, 'record')}. It is {kindsText(topic.kinds)}.
      </p>
      <div className="portal-page__body">
        <section aria-labelledby="topic-records-title" className="portal-page__main">
          <h2 id="topic-records-title">
            Records, newest first
            {topic.older !== '' && (
              <span className="visually-hidden"> (the newest {count(topic.records.length)})</span>
            )}
          </h2>
          <RecordList records={topic.records} from={topicPath(topic.id)} />
          {topic.older !== '' && (
            <nav className="pager" aria-label="Pages of records">
              <span aria-hidden="true" />
              <span>
                The newest {count(topic.records.length)} of {count(topic.total)}
              </span>
              <Link to={topicPath(topic.id, topic.older)} rel="next">
                Older records →
              </Link>
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

/**
 * "published 3 to 27 March 2024", "published in 2003", "undated": the dates a page of older
 * records spans, as precise as its records say.
 */
export function publishedText({ newest, oldest, undated }: TopicOlderPage['published']): string {
  const span = dateSpan(oldest, newest);
  if (!span) return 'undated';
  const dated = span.single
    ? `published ${span.precision === 'day' ? 'on' : 'in'} ${span.text}`
    : `published ${span.text}`;
  return undated ? `${dated}, and undated` : dated;
}

/**
 * A page of older records: it says which (by the years they were published), and leads to the
 * newer and older pages and to the topic's own (its count and related topics are there alone, so
 * that this page stays as it is while records come and go).
 */
function OlderPage({ topic }: { topic: TopicOlderPage }) {
  const path = topicPath(topic.id, topic.block);
  const span = publishedText(topic.published);
  return (
    <article className="portal-page" aria-labelledby="topic-title">
      <TopicHeading
        label={topic.label}
        title={`${topic.label} (older records, ${span})`}
        description={`Older research outputs on ${topic.label} in Lectern, ${span}.`}
        path={path}
      />
      <p>
        Older records, {span}: {plural(topic.records.length, 'record')}.{' '}
        <Link to={topicPath(topic.id)}>The topic’s page</Link> has its newest records, how many it
        has and related topics.
      </p>
      <section aria-labelledby="topic-records-title">
        <h2 id="topic-records-title">
          Older records, newest first
          <span className="visually-hidden"> ({span})</span>
        </h2>
        <RecordList records={topic.records} from={path} />
        <nav className="pager" aria-label="Pages of records">
          <Link to={topicPath(topic.id, topic.newer)} rel="prev">
            ← Newer records
          </Link>
          <span>{span}</span>
          {topic.older ? (
            <Link to={topicPath(topic.id, topic.older)} rel="next">
              Older records →
            </Link>
          ) : (
            <span aria-hidden="true" />
          )}
        </nav>
      </section>
    </article>
  );
}
