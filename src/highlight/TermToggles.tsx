import { memo, useId, useState, type SyntheticEvent } from 'react';
import { Button } from '../ui/Button';
import { TopicLink } from '../ui/TopicLink';
import { SLOT_COUNT } from './HighlightedText';
import { matchesText, type TermSpec } from './terms';
import type { Highlighter } from './useHighlighter';

interface TermTogglesProps {
  terms: readonly TermSpec[];
  active: readonly string[];
  counts: ReadonlyMap<string, number>;
  slots: ReadonlyMap<string, number>;
  onToggle: (term: TermSpec) => void;
  /** A term's topic page, where the portal has one. */
  topicOf?: ((label: string) => string | undefined) | undefined;
}

/**
 * Toggle buttons that light up a term's occurrences; each shows how many there are. A term the
 * text never uses says so and takes no colour.
 */
export function TermToggles({ terms, active, counts, slots, onToggle, topicOf }: TermTogglesProps) {
  const prefix = useId();
  return (
    <ul className="toggles">
      {terms.map((term, i) => (
        <Toggle
          key={term.key}
          term={term}
          on={active.includes(term.key)}
          slot={slots.get(term.key)}
          count={counts.get(term.key) ?? 0}
          countId={`${prefix}-${i}`}
          topic={topicOf?.(term.label)}
          onToggle={onToggle}
        />
      ))}
    </ul>
  );
}

/** One toggle, rendered again only when its own state changes (not on every toggle's render). */
const Toggle = memo(function Toggle({
  term,
  on,
  slot,
  count,
  countId,
  topic,
  onToggle,
}: {
  term: TermSpec;
  on: boolean;
  slot: number | undefined;
  count: number;
  countId: string;
  topic: string | undefined;
  onToggle: (term: TermSpec) => void;
}) {
  const classes = [
    'toggle',
    slot !== undefined ? `hl-a${slot % SLOT_COUNT}` : '',
    count === 0 ? 'toggle--none' : '',
  ];
  return (
    <li>
      <button
        type="button"
        className={[...classes, 'needs-script'].filter(Boolean).join(' ')}
        aria-pressed={on}
        aria-describedby={countId}
        onClick={() => {
          onToggle(term);
        }}
      >
        <span className="toggle__swatch" aria-hidden="true" />
        <bdi className="toggle__label">{term.label}</bdi>
        <span className="toggle__count" aria-hidden="true">
          {count}
        </span>
      </button>
      <span id={countId} className="visually-hidden">
        {matchesText(count)}
      </span>
      <TopicLink to={topic} label={term.label} />
    </li>
  );
});

/** The reader's own term: added to the highlights like a keyword. */
export const FindInText = memo(function FindInText({ onAdd }: { onAdd: (text: string) => void }) {
  const [text, setText] = useState('');
  const inputId = useId();
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    onAdd(text);
    setText('');
  };
  return (
    <form className="find needs-script" role="search" aria-label="Find in text" onSubmit={submit}>
      <label htmlFor={inputId}>Find in text</label>
      <div className="find__row">
        <input
          id={inputId}
          type="search"
          value={text}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => {
            setText(event.target.value);
          }}
        />
        <Button type="submit" variant="quiet">
          Highlight
        </Button>
      </div>
    </form>
  );
});

/**
 * A text's offered terms as toggles (or `empty` when it has none), "Find in text", and the
 * reader's own terms once there are any.
 */
export function TermPanel({
  highlighter,
  hint,
  empty,
  topicOf,
}: {
  highlighter: Highlighter;
  hint: string;
  empty: string;
  /** A term's topic page, where the portal has one. */
  topicOf?: ((label: string) => string | undefined) | undefined;
}) {
  const { active, counts, slots, toggle, addReaderTerm } = highlighter;
  const offered = highlighter.terms('keyword');
  const readers = highlighter.terms('reader');
  return (
    <>
      {offered.length > 0 ? (
        <>
          <p className="hint needs-script">{hint}</p>
          <TermToggles
            terms={offered}
            active={active}
            counts={counts}
            slots={slots}
            onToggle={toggle}
            topicOf={topicOf}
          />
        </>
      ) : (
        <p className="empty">{empty}</p>
      )}
      <FindInText onAdd={addReaderTerm} />
      {readers.length > 0 && (
        <div className="reader-terms">
          <h3>Your terms</h3>
          <TermToggles
            terms={readers}
            active={active}
            counts={counts}
            slots={slots}
            onToggle={toggle}
          />
        </div>
      )}
    </>
  );
}
