import type { ReactNode } from 'react';
import type { ResearchRecord } from './schema';
import { RECORD_FIELDS } from './fields';
import { doiUrl, pageRange, statusLine } from './format';

const { journal, pages, numberOfPages, language, status, published, doi } = RECORD_FIELDS;

/** The metadata a portal lists under an article, as a description list (labels from the table). */
export function RecordDetails({ record }: { record: ResearchRecord }) {
  const rows: [label: string, value: ReactNode][] = [
    [language.label, record.language],
    [pages.label, pageRange(record.pages)],
    [numberOfPages.label, record.numberOfPages],
    [journal.fields.title.label, record.journal?.title],
    [journal.fields.volume.label, record.journal?.volume],
    [journal.fields.issue.label, record.journal?.issue],
    [journal.fields.issn.label, record.journal?.issn],
    [record.status ? status.label : published.label, statusLine(record)],
    [
      doi.label,
      record.doi && (
        <a href={doiUrl(record.doi)} className="doi">
          {record.doi}
        </a>
      ),
    ],
  ];
  const shown = rows.filter(([, value]) => value !== undefined && value !== null && value !== '');
  if (shown.length === 0) return null;
  return (
    <dl className="record-details">
      {shown.map(([label, value]) => (
        <div key={label} className="record-details__row">
          <dt>{label}</dt>
          <dd dir="auto">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
