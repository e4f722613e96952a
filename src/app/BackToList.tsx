import { memo } from 'react';
import { Link } from 'react-router';

/** What the list a record was opened from is, in a reader's words, from its address. */
export function listName(from: string): string {
  const url = new URL(from, 'http://lectern.invalid');
  if (url.pathname.startsWith('/topics/')) return 'the topic’s records';
  if (url.pathname.startsWith('/persons/')) return 'the person’s outputs';
  if (url.pathname.startsWith('/organisations/')) return 'the organisation’s outputs';
  if (url.pathname.startsWith('/browse')) return 'the list';
  const q = url.searchParams.get('q');
  return q ? `the results for “${q}”` : 'the results';
}

/** "← Back to the results for “stroma”": the very list (words, filters, page) it was opened from. */
export const BackToList = memo(function BackToList({ from }: { from: string }) {
  return (
    <p className="back-to-list">
      <Link to={from}>
        ← Back to <bdi>{listName(from)}</bdi>
      </Link>
    </p>
  );
});
