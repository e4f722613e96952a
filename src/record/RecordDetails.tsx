import type { ReactNode } from 'react';
import type { ResearchRecord } from './schema';
import { doiUrl, pageRange, statusLine } from './format';

interface Row {
  label: string;
  value: ReactNode;
}

/** The metadata a portal lists under an article, as a description list. */
export function RecordDetails({ record }: { record: ResearchRecord }) {
  const status = statusLine(record);
  const rows: Row[] = [];
  const add = (label: string, value: ReactNode) => {
    if (value !== undefined && value !== null && value !== '') rows.push({ label, value });
  };
  add('Original language', record.language);
  add('Pages', pageRange(record.pages));
  add('Number of pages', record.numberOfPages);
  add('Journal', record.journal?.title);
  add('Volume', record.journal?.volume);
  add('Issue', record.journal?.issue);
  add('ISSN', record.journal?.issn);
  add(record.status ? 'Status' : 'Published', status);
  if (record.doi) {
    add(
      'DOI',
      <a href={doiUrl(record.doi)} className="doi">
        {record.doi}
      </a>,
    );
  }
  if (rows.length === 0) return null;
  return (
    <dl className="record-details">
      {rows.map((row) => (
        <div key={row.label} className="record-details__row">
          <dt>{row.label}</dt>
          <dd dir="auto">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
