import { Button } from '../ui/Button';
import { plural } from '../ui/words';
import type { Highlighter } from './useHighlighter';
import { useAnnouncement, type Announcer } from './announcer';

/**
 * Previous/next through the matches in reading order; shown while any term is highlighted. The
 * keys (`p`, `n`) are shown on the buttons and given to assistive technology as shortcuts. The
 * highlighter's announcements are read out from here.
 */
export function MatchNavigator({ highlighter }: { highlighter: Highlighter }) {
  const { total, current, active, previous, next, clear, announcer } = highlighter;
  const position =
    total === 0
      ? 'No matches'
      : current === null
        ? plural(total, 'match', 'matches')
        : `${current + 1} of ${total}`;
  return (
    <>
      {active.length > 0 && (
        <div className="match-nav" role="group" aria-label="Matches">
          <Button variant="quiet" onClick={previous} disabled={total === 0} aria-keyshortcuts="p">
            <span className="match-nav__arrow" aria-hidden="true">
              ↑{' '}
            </span>
            Previous
            <kbd aria-hidden="true">p</kbd>
          </Button>
          <span className="match-nav__position">{position}</span>
          <Button variant="quiet" onClick={next} disabled={total === 0} aria-keyshortcuts="n">
            Next
            <span className="match-nav__arrow" aria-hidden="true">
              {' '}
              ↓
            </span>
            <kbd aria-hidden="true">n</kbd>
          </Button>
          <Button variant="quiet" onClick={clear}>
            Clear
          </Button>
        </div>
      )}
      <Announcement announcer={announcer} />
    </>
  );
}

/** The live region: the only part of the page that renders when the highlighter speaks. */
function Announcement({ announcer }: { announcer: Announcer }) {
  return (
    <p role="status" className="visually-hidden">
      {useAnnouncement(announcer)}
    </p>
  );
}
