import { useId } from 'react';
import type { DroppedField } from './schema';

/**
 * Says, once and calmly, what of the record's file could not be shown and why, so that a reader
 * knows the page is incomplete rather than the record.
 */
export function DroppedNotice({ dropped }: { dropped: readonly DroppedField[] }) {
  const titleId = useId();
  if (dropped.length === 0) return null;
  return (
    <section className="dropped-notice" aria-labelledby={titleId}>
      <h2 id={titleId}>Not everything in this record could be shown</h2>
      <ul>
        {dropped.map((field) => (
          <li key={field.path}>{field.message}</li>
        ))}
      </ul>
    </section>
  );
}
