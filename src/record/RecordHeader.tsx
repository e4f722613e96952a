import { memo, type ReactNode } from 'react';
import type { ResearchRecord } from './schema';
import { citationCount, outputTypeLevels } from './format';
import { AuthorList } from './AuthorList';
import { CitationLine } from './CitationLine';
import { langAttribute } from './language';

interface RecordHeaderProps {
  record: ResearchRecord;
  /** The title as rendered (e.g. with highlights); the plain title by default. */
  title?: ReactNode;
  /** Each author's page, where the portal has one. */
  authorLinks?: readonly (string | null)[] | undefined;
  /** Whether a long author list is shown whole, and how the reader changes that. */
  allAuthors?: boolean;
  onAllAuthorsChange?: (all: boolean) => void;
}

/** Output type, title, citation line, authors and citation count: the top of the reading page. */
export const RecordHeader = memo(function RecordHeader({
  record,
  title = record.title,
  authorLinks,
  allAuthors = false,
  onAllAuthorsChange,
}: RecordHeaderProps) {
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
      <h1
        className="record-title"
        tabIndex={-1}
        dir="auto"
        lang={record.language ? langAttribute(record.language) : undefined}
      >
        {title}
      </h1>
      <CitationLine record={record} />
      {record.authors.length > 0 && (
        <p className="record-authors">
          <AuthorList
            authors={record.authors}
            links={authorLinks}
            all={allAuthors}
            onShowAllChange={onAllAuthorsChange}
          />
        </p>
      )}
      {scopus !== undefined && <p className="record-citations">{citationCount(scopus)}</p>}
    </header>
  );
});
