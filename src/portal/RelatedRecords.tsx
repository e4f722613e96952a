import { RecordList } from '../record/RecordList';
import type { RecordLinks } from './model';

/** A record's related records, as plain links with the reason for each. */
export function RelatedRecords({ related }: { related: RecordLinks['related'] }) {
  if (related.length === 0) return null;
  const reasons = new Map(related.map((r) => [r.record.id, r.reason]));
  return (
    <section aria-labelledby="related-title">
      <h2 id="related-title">Related records</h2>
      <RecordList
        records={related.map((r) => r.record)}
        note={(record) => reasons.get(record.id)}
      />
    </section>
  );
}
