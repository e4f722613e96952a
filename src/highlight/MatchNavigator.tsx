interface MatchNavigatorProps {
  total: number;
  current: number | null;
  activeCount: number;
  onPrevious: () => void;
  onNext: () => void;
  onClear: () => void;
}

/**
 * Previous/next through the matches in reading order; shown while any term is highlighted. The
 * keys (`p`, `n`) are shown on the buttons and given to assistive technology as shortcuts.
 */
export function MatchNavigator({
  total,
  current,
  activeCount,
  onPrevious,
  onNext,
  onClear,
}: MatchNavigatorProps) {
  if (activeCount === 0) return null;
  const position =
    total === 0
      ? 'No matches'
      : current === null
        ? `${total} ${total === 1 ? 'match' : 'matches'}`
        : `${current + 1} of ${total}`;
  return (
    <div className="match-nav" role="group" aria-label="Matches">
      <button
        type="button"
        className="button button--quiet"
        onClick={onPrevious}
        disabled={total === 0}
        aria-keyshortcuts="p"
      >
        <span className="match-nav__arrow" aria-hidden="true">
          ↑{' '}
        </span>
        Previous
        <kbd aria-hidden="true">p</kbd>
      </button>
      <span className="match-nav__position">{position}</span>
      <button
        type="button"
        className="button button--quiet"
        onClick={onNext}
        disabled={total === 0}
        aria-keyshortcuts="n"
      >
        Next
        <span className="match-nav__arrow" aria-hidden="true">
          {' '}
          ↓
        </span>
        <kbd aria-hidden="true">n</kbd>
      </button>
      <button type="button" className="button button--quiet" onClick={onClear}>
        Clear
      </button>
    </div>
  );
}
