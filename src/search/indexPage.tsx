import { renderToStaticMarkup } from 'react-dom/server';
import type { ResearchRecord } from '../record/schema';
import { browseKey, facetValues, hitOf, type SearchHit } from './document';
import type { FacetKey } from './request';
import { ABSTRACT_ANCHOR, ABSTRACT_HEADING } from './anchor';
import { displayName } from '../record/format';
import { americanText } from '../text/spelling';

/** What the search index reads of a record: all its page is made from, and nothing else. */
export interface IndexedRecord {
  id: string;
  sort: string;
  title: string;
  authors: string[];
  keywords: string[];
  abstract?: string;
  hit: SearchHit;
  facets: Record<FacetKey, string[]>;
}

export function indexedRecord(record: ResearchRecord): IndexedRecord {
  return {
    id: record.id,
    sort: browseKey(record),
    title: record.title,
    authors: record.authors.map(displayName),
    keywords: record.keywords,
    ...(record.abstract ? { abstract: record.abstract } : {}),
    hit: hitOf(record),
    facets: facetValues(record),
  };
}

/**
 * A record as the search index reads it (Pagefind, at build time): the title as the heading, so
 * that it weighs most, then authors, keywords, journal and abstract; result fields as
 * `data-pagefind-meta`, facets as `data-pagefind-filter`. The abstract has a heading with an id,
 * so Pagefind gives it an excerpt of its own. React escapes every record text. Words are indexed
 * in American spelling, and searched for so (see `pagefindEngine`): "tumour" and "tumor" find
 * the same records.
 */
function IndexPage({ record }: { record: IndexedRecord }) {
  const { hit, facets } = record;
  // What a result shows travels as attribute values (nothing to index twice); the text indexed
  // is the title, every author, the keywords, the journal and the abstract.
  const meta = [
    'id[data-id]',
    'title[data-title]',
    'authors[data-authors]',
    ...(hit.journal ? ['journal[data-journal]'] : []),
    ...(hit.year ? ['year[data-year]'] : []),
    ...(hit.type ? ['type[data-type]'] : []),
    ...(hit.coins ? ['coins[data-coins]'] : []),
  ].join(', ');
  return (
    <html lang="en">
      <body>
        <main data-pagefind-body="" data-pagefind-sort={`date:${record.sort}`}>
          <span
            data-pagefind-meta={meta}
            data-id={record.id}
            data-title={record.title}
            data-authors={JSON.stringify({ names: hit.authors, more: hit.moreAuthors })}
            data-journal={hit.journal}
            data-year={hit.year}
            data-type={hit.type}
            data-coins={hit.coins}
          />
          <h1>{americanText(record.title)}</h1>
          {record.authors.length > 0 && <p>{record.authors.join(', ')}</p>}
          {record.keywords.length > 0 && <h2>{americanText(record.keywords.join(', '))}</h2>}
          {facets.journal.map((journal) => (
            <p key={journal} data-pagefind-filter="journal">
              {journal}
            </p>
          ))}
          {facets.year.map((year) => (
            <p key={year} data-pagefind-filter="year">
              {year}
            </p>
          ))}
          {facets.type.map((type) => (
            <p key={type} data-pagefind-filter="type">
              {type}
            </p>
          ))}
          {facets.subject.map((subject) => (
            <p key={subject} data-pagefind-filter="subject">
              {subject}
            </p>
          ))}
          {record.abstract && (
            <>
              <h2 id={ABSTRACT_ANCHOR}>{ABSTRACT_HEADING}</h2>
              <p>{americanText(record.abstract)}</p>
            </>
          )}
        </main>
      </body>
    </html>
  );
}

export function indexPageHtml(record: IndexedRecord): string {
  return `<!doctype html>${renderToStaticMarkup(<IndexPage record={record} />)}`;
}

/**
 * A record's page for the search index: its source (the JSON of what the index reads, which
 * names its shard, so that a change the index does not read, a citation count, rewrites none)
 * and its HTML, made only when its shard is written.
 */
export function indexPageOf(record: ResearchRecord): { source: string; html: () => string } {
  const indexed = indexedRecord(record);
  return { source: JSON.stringify(indexed), html: () => indexPageHtml(indexed) };
}
