/**
 * A link that leads into the text of a record (a concept of the full fingerprint) says so in its
 * navigation state: the record page then goes to the first passage and announces it, instead of
 * the page's heading taking the focus.
 */
export const TO_FIRST_MATCH = { focus: 'first-match' } as const;

export function arrivesAtMatch(state: unknown): boolean {
  return (
    typeof state === 'object' && state !== null && 'focus' in state && state.focus === 'first-match'
  );
}
