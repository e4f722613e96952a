import { useCallback, useMemo, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useLoaderDeps } from '../data/LoaderContext';
import { recordQuery } from '../record/api';
import type { ResearchRecord } from '../record/schema';
import { RecordHead } from '../record/RecordHead';
import { Coins } from '../record/Coins';
import { contextObject } from '../record/coins';
import { RecordHeader } from '../record/RecordHeader';
import { RecordDetails } from '../record/RecordDetails';
import { DroppedNotice } from '../record/DroppedNotice';
import { paragraphs } from '../record/format';
import { langAttribute } from '../record/language';
import { useHighlighter, type OfferedTerm } from '../highlight/useHighlighter';
import { HighlightedText } from '../highlight/HighlightedText';
import { TermPanel } from '../highlight/TermToggles';
import { MatchNavigator } from '../highlight/MatchNavigator';
import { useFingerprint } from '../fingerprint/useFingerprint';
import { FingerprintView } from '../fingerprint/FingerprintView';
import { toCsl } from '../citation/csl';
import { CiteThis } from '../citation/CitePanel';
import { PrintCitation } from '../citation/PrintCitation';
import type { ListEntry } from '../citation/store';
import { readCiteParam, writeCiteParam } from '../citation/url';
import type { StyleId } from '../citation/styles';
import { useHydrated } from '../ui/useHydrated';
import { useStableCallback } from '../ui/useStableCallback';
import { searchParam, withSearchParam } from '../ui/searchParams';
import { PanelBoundary } from '../ui/PanelBoundary';
import { absoluteUrl } from '../ui/site';
import { plural } from '../ui/words';
import { termKey } from '../text/match';
import { listOrigin } from '../record/listing';
import { recordLinksQuery } from '../portal/links';
import { RelatedRecords } from '../portal/RelatedRecords';
import type { RecordLinks } from '../portal/model';
import { Loaded } from './Loaded';
import { BackToList } from './BackToList';

export function RecordPage() {
  const id = useParams().id ?? '';
  const query = useQuery(recordQuery(id, useLoaderDeps()));
  return (
    <Loaded query={query} what="the record">
      {/* A new record is a new page: nothing of the previous one (highlights, memo) carries over. */}
      {(record) => <RecordArticle key={record.id} record={record} />}
    </Loaded>
  );
}

/**
 * View state that a reader would not step back through (the cite panel, the full author list)
 * lives in the address but replaces the current history entry, so Back leaves the page.
 */
function useReplaceableParams() {
  const location = useLocation();
  const navigate = useNavigate();
  // A link with ?cite=vancouver opens the panel on that style once the page is hydrated (the
  // prerendered page has it closed); ?authors=all likewise.
  const hydrated = useHydrated();
  const search = hydrated ? location.search : '';
  // The same functions from toggle to toggle (they read the address when called), so the parts
  // of the page given them skip the render a highlight's change of address makes.
  const replace = (next: string) => {
    void navigate(
      { search: next, hash: location.hash },
      { replace: true, preventScrollReset: true },
    );
  };
  const showCiteStyle = useStableCallback((style: StyleId | null) => {
    replace(writeCiteParam(location.search, style));
  });
  const showAllAuthors = useStableCallback((all: boolean) => {
    replace(withSearchParam(location.search, 'authors', all ? 'all' : null));
  });
  return {
    citeStyle: readCiteParam(search),
    showCiteStyle,
    allAuthors: searchParam(search, 'authors') === 'all',
    showAllAuthors,
    from: listOrigin(searchParam(search, 'from')),
  };
}

const NO_LINKS: RecordLinks = { authors: [], topics: {}, related: [] };

function RecordArticle({ record }: { record: ResearchRecord }) {
  const article = useRef<HTMLElement>(null);
  // Where the record leads (its authors, topics, related records), from the build; a record the
  // build has not seen leads nowhere yet, and reads the same.
  const linksQuery = useQuery(recordLinksQuery(record.id, useLoaderDeps()));
  const links = linksQuery.data ?? NO_LINKS;
  const topicOf = useCallback((label: string) => links.topics[termKey(label)], [links]);
  const segments = useMemo(
    () => [record.title, ...(record.abstract ? paragraphs(record.abstract) : [])],
    [record],
  );
  const fingerprint = useFingerprint(record);
  const citeEntry = useMemo<ListEntry>(
    () => ({ id: record.id, item: toCsl(record, absoluteUrl(`/records/${record.id}`)) }),
    [record],
  );
  const params = useReplaceableParams();
  const offered = useMemo<OfferedTerm[]>(
    () => [
      ...record.keywords.map((label): OfferedTerm => ({ label, source: 'keyword' })),
      ...(fingerprint.data?.concepts ?? []).map((c): OfferedTerm => ({
        label: c.concept,
        source: 'concept',
      })),
    ],
    [record, fingerprint.data],
  );
  const hl = useHighlighter(segments, offered, article);
  const conceptToggle = useMemo(
    () => ({ pressed: hl.isOn, onToggle: hl.toggleLabel }),
    [hl.isOn, hl.toggleLabel],
  );
  const [title] = hl.segments;
  // The same element while the title's marks stay the same, so the header skips a toggle.
  const titleView = useMemo(() => title && <HighlightedText {...title} />, [title]);
  // Parts that never change with the highlights are built once per record, so a toggle skips them.
  const head = useMemo(() => {
    const url = absoluteUrl(`/records/${record.id}`);
    return (
      <>
        <RecordHead record={record} url={url} />
        <Coins kev={contextObject(record, url)} />
      </>
    );
  }, [record]);
  const details = useMemo(() => <RecordDetails record={record} />, [record]);
  const subjects = useMemo(
    () =>
      record.subjectAreas.length > 0 && (
        <section aria-labelledby="subjects-title">
          <h2 id="subjects-title">Subject areas</h2>
          <ul className="chips">
            {record.subjectAreas.map((s) => {
              const topic = topicOf(s);
              return (
                <li key={s} dir="auto">
                  {topic ? <Link to={topic}>{s}</Link> : s}
                </li>
              );
            })}
          </ul>
        </section>
      ),
    [record, topicOf],
  );
  const fullList = useCallback(
    (count: number) => (
      <p>
        <Link to={`/records/${record.id}/fingerprint`}>
          The full fingerprint ({plural(count, 'concept')})
        </Link>
      </p>
    ),
    [record.id],
  );
  const related = useMemo(() => <RelatedRecords related={links.related} />, [links]);
  const lang = record.language ? langAttribute(record.language) : undefined;
  // A long text's paragraphs are the same views from toggle to toggle (the highlights are painted
  // over them), so a toggle does not even visit them.
  const paragraphViews = useMemo(() => {
    const [, ...paragraphs] = hl.segments;
    return paragraphs.length > 0 ? (
      paragraphs.map((segment) => (
        <p key={segment.index} dir="auto" lang={lang}>
          <HighlightedText {...segment} />
        </p>
      ))
    ) : (
      <p className="empty">No abstract is recorded.</p>
    );
  }, [hl.segments, lang]);

  return (
    <article
      ref={article}
      className={hl.active.length > 0 ? 'record record--navigating' : 'record'}
    >
      {head}
      {params.from && <BackToList from={params.from} />}
      <RecordHeader
        record={record}
        authorLinks={links.authors}
        allAuthors={params.allAuthors}
        onAllAuthorsChange={params.showAllAuthors}
        title={titleView}
      />
      <DroppedNotice dropped={record.dropped} />
      <CiteThis
        entry={citeEntry}
        shownStyle={params.citeStyle}
        onShownStyleChange={params.showCiteStyle}
      />
      <PrintCitation id={record.id} />
      {/* Keywords come before the abstract in reading order (on a phone, right under the title);
          on a wide screen the grid puts them beside it. */}
      <div className="record-body">
        <section aria-labelledby="keywords-title" className="highlighter">
          <h2 id="keywords-title">Keywords</h2>
          <TermPanel
            highlighter={hl}
            hint="Select a keyword to highlight where the text uses it."
            empty="No keywords are recorded."
            topicOf={topicOf}
          />
        </section>
        <section
          aria-labelledby="abstract-title"
          className={title?.paint === 'ranges' ? 'abstract abstract--long' : 'abstract'}
        >
          <h2 id="abstract-title">Abstract</h2>
          {paragraphViews}
        </section>
        <section aria-labelledby="fingerprint-title" className="fingerprint-section">
          <h2 id="fingerprint-title">Fingerprint</h2>
          <PanelBoundary what="The fingerprint">
            <FingerprintView
              fingerprint={fingerprint.data}
              pending={fingerprint.isPending}
              failure={
                fingerprint.isError
                  ? { error: fingerprint.error, onRetry: () => void fingerprint.refetch() }
                  : undefined
              }
              toggle={conceptToggle}
              topicOf={topicOf}
              fullList={fullList}
            />
          </PanelBoundary>
        </section>
        <section aria-labelledby="details-title">
          <h2 id="details-title">Details</h2>
          {details}
        </section>
        {subjects}
        {related}
      </div>
      <MatchNavigator highlighter={hl} />
    </article>
  );
}
