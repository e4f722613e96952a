import { memo, useId } from 'react';
import type { DroppedField } from './schema';

/**
 * Says, once and calmly, what of the record's file could not be shown, in plain words, so that a
 * reader knows the page is incomplete rather than the record. What the validator said goes to
 * operators (the console, the build log), not here.
 */
export const DroppedNotice = memo(function DroppedNotice({
  dropped,
}: {
  dropped: readonly DroppedField[];
}) {
  const titleId = useId();
  const messages = dropped.flatMap((field) => (field.message ? [field.message] : []));
  if (messages.length === 0) return null;
  return (
    <section className="dropped-notice" aria-labelledby={titleId}>
      <h2 id={titleId}>Not everything in this record could be shown</h2>
      <ul>
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </section>
  );
});
