import { Link } from 'react-router';
import { ListedAuthors } from './ListedAuthors';
import { Coins } from './Coins';
import { SourceLine } from './SourceLine';
import { recordHref, type ListedRecord } from './listing';

/**
 * Records as a list of links, each with its authors and where it appeared: a person's outputs, a
 * topic's records, related records. `from` is the list's own address, for the way back. A record
 * the build gave a ContextObject carries it (COinS), so Zotero offers the list's records.
 */
export function RecordList({
  records,
  from,
  note,
}: {
  records: readonly ListedRecord[];
  from?: string;
  /** A line under a record, such as why it is related. */
  note?: (record: ListedRecord) => string | undefined;
}) {
  return (
    <ul className="record-links">
      {records.map((record) => {
        const why = note?.(record);
        return (
          <li key={record.id}>
            <Link to={recordHref(record.id, from)} dir="auto" className="record-links__title">
              {record.title}
            </Link>
            {record.authors.length > 0 && (
              <span className="record-links__authors">
                <ListedAuthors authors={record.authors} more={record.moreAuthors} />
              </span>
            )}
            <SourceLine
              as="span"
              className="record-links__source"
              journal={record.journal}
              year={record.year}
              type={record.type}
            />
            {why && <span className="record-links__why">{why}</span>}
            {record.coins && <Coins kev={record.coins} />}
          </li>
        );
      })}
    </ul>
  );
}
