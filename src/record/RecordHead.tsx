import type { ResearchRecord } from './schema';
import { invertedName, displayName } from './format';
import { parsePartialDate } from './date';
import { languageTag } from './language';
import { isolate, withoutBidiControls as clean } from '../text/bidi';

const DESCRIPTION_LENGTH = 200;

/** Cuts at a word boundary and marks the cut with an ellipsis. */
export function excerpt(text: string, length = DESCRIPTION_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > length / 2 ? lastSpace : length).replace(/[,;:.\s–-]+$/, '')}…`;
}

/** "2005/05/01", "2005/05" or "2005", as Google Scholar reads citation_publication_date. */
export function highwireDate(published: string): string | undefined {
  const date = parsePartialDate(published);
  if (!date) return undefined;
  return [date.year, date.month, date.day]
    .filter((part) => part !== undefined)
    .map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0')))
    .join('/');
}

export function recordDescription(record: ResearchRecord): string {
  if (record.abstract) return excerpt(record.abstract);
  const byline = record.authors.map(displayName).join(', ');
  return [record.title, byline, record.journal?.title].filter(Boolean).join(' — ');
}

/**
 * Document title, description, canonical link, Highwire Press (`citation_*`, the abstract whole
 * in `citation_abstract`) and Open Graph tags for a record, their values without bidi controls
 * (a name's unclosed override would otherwise run on into whatever reads them). React 19 hoists these elements into <head> (and, on hydration, adopts the ones the
 * prerendered page already has) and removes them when the page changes. `url` is the page's
 * absolute URL, when the site's origin is known; what needs it is left out otherwise.
 */
export function RecordHead({ record, url }: { record: ResearchRecord; url?: string | undefined }) {
  const description = recordDescription(record);
  const date = record.published ? highwireDate(record.published) : undefined;
  const meta: [string, string | undefined][] = [
    ['citation_title', record.title],
    ...record.authors.map((a): [string, string] => ['citation_author', invertedName(a)]),
    ['citation_publication_date', date],
    ['citation_journal_title', record.journal?.title],
    ['citation_volume', record.journal?.volume],
    ['citation_issue', record.journal?.issue],
    ['citation_firstpage', record.pages?.first],
    ['citation_lastpage', record.pages?.last],
    ['citation_issn', record.journal?.issn],
    ['citation_doi', record.doi],
    ['citation_language', record.language ? languageTag(record.language) : undefined],
    ...record.keywords.map((k): [string, string] => ['citation_keywords', k]),
    ['citation_abstract', record.abstract],
    ['citation_abstract_html_url', url],
  ];
  return (
    <>
      <title>{`${isolate(record.title)} – Lectern`}</title>
      <meta name="description" content={clean(description)} />
      {url && <link rel="canonical" href={url} />}
      {meta.map(([name, content], index) =>
        content ? <meta key={`${name}-${index}`} name={name} content={clean(content)} /> : null,
      )}
      <meta property="og:type" content="article" />
      <meta property="og:site_name" content="Lectern" />
      <meta property="og:title" content={clean(record.title)} />
      <meta property="og:description" content={clean(description)} />
      {url && <meta property="og:url" content={url} />}
      {date && <meta property="article:published_time" content={record.published} />}
    </>
  );
}
