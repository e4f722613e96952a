import type { ReactNode } from 'react';
import type { ResearchRecord } from './schema';
import { authorList, citationCount, outputTypeLevels } from './format';

interface RecordHeaderProps {
  record: ResearchRecord;
  /** The title as rendered (e.g. with highlights); the plain title by default. */
  title?: ReactNode;
}

/** Output type, title, authors and citation count: the top of the reading page. */
export function RecordHeader({ record, title = record.title }: RecordHeaderProps) {
  const levels = outputTypeLevels(record.type);
  const scopus = record.citations?.scopus;
  return (
    <header className="record-header">
      {levels.length > 0 && (
        <p className="output-type">
          <span className="visually-hidden">Research output: </span>
          {levels.map((level, index) => (
            <span key={index} className="output-type__level">
              {level}
            </span>
          ))}
        </p>
      )}
      <h1 className="record-title">{title}</h1>
      {record.authors.length > 0 && <p className="record-authors">{authorList(record.authors)}</p>}
      {scopus !== undefined && <p className="record-citations">{citationCount(scopus)}</p>}
    </header>
  );
}
