import { renderToStaticMarkup } from 'react-dom/server';
import type { ResearchRecord } from '../record/schema';
import { browseKey, facetValues, hitOf } from './document';
import { ABSTRACT_ANCHOR, ABSTRACT_HEADING } from './anchor';

/**
 * A record as the search index reads it (Pagefind, at build time): the title as the heading, so
 * that it weighs most, then authors, keywords, journal and abstract; result fields as
 * `data-pagefind-meta`, facets as `data-pagefind-filter`. The abstract has a heading with an id,
 * so Pagefind gives it an excerpt of its own. React escapes every record text.
 */
function IndexPage({ record }: { record: ResearchRecord }) {
  const hit = hitOf(record);
  const facets = facetValues(record);
  return (
    <html lang="en">
      <body>
        <main
          data-pagefind-body=""
          data-pagefind-meta={`id:${record.id}`}
          data-pagefind-sort={`date:${browseKey(record)}`}
        >
          <h1 data-pagefind-meta="title">{record.title}</h1>
          {hit.authors && <p data-pagefind-meta="authors">{hit.authors}</p>}
          {record.keywords.length > 0 && <h2>{record.keywords.join(', ')}</h2>}
          {facets.journal.map((journal) => (
            <p key={journal} data-pagefind-filter="journal" data-pagefind-meta="journal">
              {journal}
            </p>
          ))}
          {facets.year.map((year) => (
            <p key={year} data-pagefind-filter="year" data-pagefind-meta="year">
              {year}
            </p>
          ))}
          {facets.type.map((type) => (
            <p key={type} data-pagefind-filter="type" data-pagefind-meta="type">
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
              <p>{record.abstract}</p>
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
