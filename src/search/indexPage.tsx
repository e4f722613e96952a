import { renderToStaticMarkup } from 'react-dom/server';
import type { ResearchRecord } from '../record/schema';
import { browseKey, facetValues, hitOf } from './document';
import { ABSTRACT_ANCHOR, ABSTRACT_HEADING } from './anchor';
import { displayName } from '../record/format';
import { americanText } from '../text/spelling';

/**
 * A record as the search index reads it (Pagefind, at build time): the title as the heading, so
 * that it weighs most, then authors, keywords, journal and abstract; result fields as
 * `data-pagefind-meta`, facets as `data-pagefind-filter`. The abstract has a heading with an id,
 * so Pagefind gives it an excerpt of its own. React escapes every record text. Words are indexed
 * in American spelling, and searched for so (see `pagefindEngine`): "tumour" and "tumor" find
 * the same records.
 */
function IndexPage({ record }: { record: ResearchRecord }) {
  const hit = hitOf(record);
  const facets = facetValues(record);
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
        <main data-pagefind-body="" data-pagefind-sort={`date:${browseKey(record)}`}>
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
          {record.authors.length > 0 && <p>{record.authors.map(displayName).join(', ')}</p>}
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

export function indexPageHtml(record: ResearchRecord): string {
  return `<!doctype html>${renderToStaticMarkup(<IndexPage record={record} />)}`;
}
