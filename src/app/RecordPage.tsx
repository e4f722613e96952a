import { useCallback, useLayoutEffect, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { recordQuery } from '../record/api';
import type { ResearchRecord } from '../record/schema';
import { RecordHead } from '../record/RecordHead';
import { RecordHeader } from '../record/RecordHeader';
import { RecordDetails } from '../record/RecordDetails';
import { paragraphs } from '../record/format';
import { useHighlighting, type OfferedTerm } from '../highlight/useHighlighting';
import { HighlightedText, SLOT_COUNT } from '../highlight/HighlightedText';
import { canPaintRanges, loadPainter, LONG_TEXT } from '../highlight/paint';
import { FindInText, TermToggles } from '../highlight/TermToggles';
import { MatchNavigator } from '../highlight/MatchNavigator';
import { termKey } from '../text/match';
import { useFingerprint } from '../fingerprint/useFingerprint';
import { FingerprintView, type ConceptToggle } from '../fingerprint/FingerprintView';
import { Link, useLocation, useNavigate } from 'react-router';
import { toCsl } from '../citation/csl';
import { CiteThis } from '../citation/CitePanel';
import type { ListEntry } from '../citation/store';
import { useHydrated } from '../ui/useHydrated';
import { searchParam, withSearchParam } from '../ui/searchParams';
import { PanelBoundary } from '../ui/PanelBoundary';
import { readCiteParam, writeCiteParam } from '../citation/url';
import type { StyleId } from '../citation/styles';
import { Loaded } from './Loaded';
import { DroppedNotice } from '../record/DroppedNotice';
import { languageCode } from '../record/language';
import { absoluteUrl } from './site';

export function RecordPage() {
  const id = useParams().id ?? '';
  const query = useQuery(recordQuery(id));
  return (
    <Loaded query={query} what="the record">
      {/* A new record is a new page: nothing of the previous one (highlights, memo) carries over. */}
      {(record) => <RecordArticle key={record.id} record={record} />}
    </Loaded>
  );
}

function RecordArticle({ record }: { record: ResearchRecord }) {
  const segments = useMemo(
    () => [record.title, ...(record.abstract ? paragraphs(record.abstract) : [])],
    [record],
  );
  const fingerprint = useFingerprint(record);
  const citeEntry = useMemo<ListEntry>(
    () => ({ id: record.id, item: toCsl(record), outputType: record.type }),
    [record],
  );
  const location = useLocation();
  const navigate = useNavigate();
  // A link with ?cite=vancouver opens the panel on that style, once the page is hydrated (the
  // prerendered page has it closed).
  const hydrated = useHydrated();
  const shownCiteStyle = hydrated ? readCiteParam(location.search) : null;
  // View state that a reader would not step back through (the cite panel, the full author list)
  // replaces the current history entry, so Back leaves the page rather than undoing it.
  const replaceSearch = useCallback(
    (search: string) => {
      void navigate({ search, hash: location.hash }, { replace: true, preventScrollReset: true });
    },
    [navigate, location.hash],
  );
  const showCiteStyle = useCallback(
    (style: StyleId | null) => {
      replaceSearch(writeCiteParam(location.search, style));
    },
    [replaceSearch, location.search],
  );
  const allAuthors = hydrated && searchParam(location.search, 'authors') === 'all';
  const showAllAuthors = useCallback(
    (all: boolean) => {
      replaceSearch(withSearchParam(location.search, 'authors', all ? 'all' : null));
    },
    [replaceSearch, location.search],
  );
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
  const hl = useHighlighting(segments, offered);
  const conceptToggle = useMemo<ConceptToggle>(() => {
    const byKey = new Map(hl.terms.map((t) => [t.key, t]));
    return {
      pressed: (concept) => {
        const term = byKey.get(termKey(concept));
        return term !== undefined && hl.active.includes(term.key);
      },
      onToggle: (concept) => {
        const term = byKey.get(termKey(concept));
        if (term) hl.toggle(term);
      },
    };
  }, [hl]);
  const slots = useMemo(() => new Map(hl.active.map((id, i) => [id, i])), [hl.active]);
  const [titleSegment, ...abstractParagraphs] = hl.layout.segments;
  // A long text is painted with the CSS Custom Highlight API where the browser has it: a toggle
  // then changes no element. The served page and hydration use marks, as the server renders them.
  const paint = useMemo(
    () =>
      hydrated && canPaintRanges() && segments.reduce((n, s) => n + s.length, 0) > LONG_TEXT
        ? 'ranges'
        : 'marks',
    [hydrated, segments],
  );
  const { layout, current } = hl;
  useLayoutEffect(() => {
    if (paint !== 'ranges') return;
    // Once the painter's chunk is loaded (with the page, for a long text) this resolves in a
    // microtask, before the browser paints the frame.
    let remove: (() => void) | undefined;
    let cancelled = false;
    void loadPainter().then(({ paintRanges }) => {
      if (!cancelled) {
        const slotOf = (key: string) => (slots.get(key) ?? 0) % SLOT_COUNT;
        remove = paintRanges(document, layout, slotOf, current);
      }
    });
    return () => {
      cancelled = true;
      remove?.();
    };
  }, [paint, layout, slots, current]);
  // Parts that never change with the highlights are built once per record, so a toggle skips them.
  const head = useMemo(
    () => <RecordHead record={record} url={absoluteUrl(`/records/${record.id}`)} />,
    [record],
  );
  const details = useMemo(() => <RecordDetails record={record} />, [record]);
  const subjects = useMemo(
    () =>
      record.subjectAreas.length > 0 && (
        <section aria-labelledby="subjects-title">
          <h2 id="subjects-title">Subject areas</h2>
          <ul className="chips">
            {record.subjectAreas.map((s) => (
              <li key={s} dir="auto">
                {s}
              </li>
            ))}
          </ul>
        </section>
      ),
    [record],
  );
  const lang = record.language ? languageCode(record.language) : undefined;
  const keywordTerms = hl.terms.filter((t) => t.source === 'keyword');
  const readerTerms = hl.terms.filter((t) => t.source === 'reader');

  return (
    <article className={hl.active.length > 0 ? 'record record--navigating' : 'record'}>
      {head}
      <RecordHeader
        record={record}
        allAuthors={allAuthors}
        onAllAuthorsChange={showAllAuthors}
        title={
          titleSegment && (
            <HighlightedText
              segment={titleSegment}
              index={0}
              paint={paint}
              slots={slots}
              labels={hl.labels}
              current={hl.current}
            />
          )
        }
      />
      <DroppedNotice dropped={record.dropped} />
      <CiteThis entry={citeEntry} shownStyle={shownCiteStyle} onShownStyleChange={showCiteStyle} />
      {/* Keywords come before the abstract in reading order (on a phone, right under the title);
          on a wide screen the grid puts them beside it. */}
      <div className="record-body">
        <section aria-labelledby="keywords-title" className="highlighter">
          <h2 id="keywords-title">Keywords</h2>
          {keywordTerms.length > 0 ? (
            <>
              <p className="hint needs-script">
                Select a keyword to highlight where the text uses it.
              </p>
              <TermToggles
                terms={keywordTerms}
                active={hl.active}
                counts={hl.counts}
                onToggle={hl.toggle}
              />
            </>
          ) : (
            <p className="empty">No keywords are recorded.</p>
          )}
          <FindInText onAdd={hl.addReaderTerm} />
          {readerTerms.length > 0 && (
            <div className="reader-terms">
              <h3>Your terms</h3>
              <TermToggles
                terms={readerTerms}
                active={hl.active}
                counts={hl.counts}
                onToggle={hl.toggle}
              />
            </div>
          )}
        </section>
        <section aria-labelledby="abstract-title" className="abstract">
          <h2 id="abstract-title">Abstract</h2>
          {abstractParagraphs.length > 0 ? (
            abstractParagraphs.map((segment, i) => (
              <p key={i} dir="auto" lang={lang}>
                <HighlightedText
                  segment={segment}
                  index={i + 1}
                  paint={paint}
                  slots={slots}
                  labels={hl.labels}
                  current={hl.current}
                />
              </p>
            ))
          ) : (
            <p className="empty">No abstract is recorded.</p>
          )}
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
              fullList={(count) => (
                <p>
                  <Link to={`/records/${record.id}/fingerprint`}>
                    The full fingerprint ({count} {count === 1 ? 'concept' : 'concepts'})
                  </Link>
                </p>
              )}
            />
          </PanelBoundary>
        </section>
        <section aria-labelledby="details-title">
          <h2 id="details-title">Details</h2>
          {details}
        </section>
        {subjects}
      </div>
      <MatchNavigator
        total={hl.layout.hits.length}
        current={hl.current}
        activeCount={hl.active.length}
        onPrevious={hl.previous}
        onNext={hl.next}
        onClear={hl.clear}
      />
      <p role="status" className="visually-hidden">
        {hl.announcement}
      </p>
    </article>
  );
}
