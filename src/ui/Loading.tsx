/** Shown while the first page's data loads; a status so screen readers hear it. */
export function Loading({ what = 'Lectern' }: { what?: string }) {
  return (
    <p role="status" className="loading">
      Loading {what}…
    </p>
  );
}
