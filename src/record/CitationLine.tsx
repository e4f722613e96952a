import type { ResearchRecord } from './schema';
import { parsePartialDate, monthName } from './date';
import { doiUrl, pageRange } from './format';

/**
 * The line readers of PubMed look for under a title: journal (italic), date; volume(issue):
 * pages, and the DOI as a link: "Nature Clinical Practice Oncology. 2005 May;(5):262–270." Only
 * what the record holds; Details keeps the rest.
 */
export function citationLineParts(record: ResearchRecord) {
  const date = record.published ? parsePartialDate(record.published) : null;
  const when = date
    ? [date.year, date.month ? monthName(date.month).slice(0, 3) : ''].filter(Boolean).join(' ')
    : '';
  const volume = record.journal?.volume ?? '';
  const issue = record.journal?.issue ? `(${record.journal.issue})` : '';
  const pages = pageRange(record.pages) ?? '';
  const locator = `${volume}${issue}${pages ? `:${pages}` : ''}`;
  return { journal: record.journal?.title, when, locator };
}

export function CitationLine({ record }: { record: ResearchRecord }) {
  const { journal, when, locator } = citationLineParts(record);
  if (!journal && !when && !locator && !record.doi) return null;
  const source = [when, locator].filter(Boolean).join(';');
  return (
    <p className="citation-line">
      {journal && (
        <>
          <cite dir="auto">{journal}</cite>.{' '}
        </>
      )}
      {source && `${source}.`}
      {record.doi && (
        <>
          {source || journal ? ' ' : ''}
          doi:{' '}
          <a href={doiUrl(record.doi)} className="doi">
            {record.doi}
          </a>
        </>
      )}
    </p>
  );
}
