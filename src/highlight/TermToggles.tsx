import { useId, useState, type SyntheticEvent } from 'react';
import { SLOT_COUNT } from './HighlightedText';
import { matchesText, type TermSpec } from './terms';

interface TermTogglesProps {
  terms: readonly TermSpec[];
  active: readonly string[];
  counts: ReadonlyMap<string, number>;
  onToggle: (term: TermSpec) => void;
}

/** Toggle buttons that light up a term's occurrences; each shows how many there are. */
export function TermToggles({ terms, active, counts, onToggle }: TermTogglesProps) {
  const prefix = useId();
  return (
    <ul className="toggles">
      {terms.map((term, i) => {
        const slot = active.indexOf(term.key);
        const count = counts.get(term.key) ?? 0;
        const countId = `${prefix}-${i}`;
        return (
          <li key={term.key}>
            <button
              type="button"
              className={`toggle${slot >= 0 ? ` hl-a${slot % SLOT_COUNT}` : ''}`}
              aria-pressed={slot >= 0}
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
          </li>
        );
      })}
    </ul>
  );
}

/** The reader's own term: added to the highlights like a keyword. */
export function FindInText({ onAdd }: { onAdd: (text: string) => void }) {
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
        <button type="submit" className="button button--quiet">
          Highlight
        </button>
      </div>
    </form>
  );
}
