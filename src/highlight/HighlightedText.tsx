import { memo } from 'react';
import type { Sentence } from './layout';

interface HighlightedTextProps {
  sentences: readonly Sentence[];
  /** Colour slot of each active term id. */
  slots: ReadonlyMap<string, number>;
  labels: ReadonlyMap<string, string>;
  current: number | null;
}

/** Number of distinct colours (and underline styles) before they repeat. */
export const SLOT_COUNT = 8;

function markClass(terms: readonly string[], slots: ReadonlyMap<string, number>): string {
  const [first, second] = terms.map((id) => (slots.get(id) ?? 0) % SLOT_COUNT);
  return [
    'hl',
    `hl-a${first ?? 0}`,
    second !== undefined ? `hl-b${second}` : '',
    terms.length > 2 ? 'hl-many' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * A segment's text with its passages and marks. Record text only ever becomes text nodes; the
 * marks carry their terms in `data-term` so assistive technology and tests can find them.
 */
export const HighlightedText = memo(function HighlightedText({
  sentences,
  slots,
  labels,
  current,
}: HighlightedTextProps) {
  return sentences.map((sentence, s) => {
    const pieces = sentence.pieces.map((piece, p) =>
      piece.terms.length === 0 ? (
        piece.text
      ) : (
        <mark
          key={p}
          className={`${markClass(piece.terms, slots)}${piece.hit === current ? ' hl-current' : ''}`}
          data-term={piece.terms.join(' ')}
          data-hit={piece.hitStart ? piece.hit : undefined}
          tabIndex={piece.hitStart ? -1 : undefined}
          title={piece.terms.map((id) => labels.get(id) ?? id).join(', ')}
        >
          {piece.text}
        </mark>
      ),
    );
    return sentence.passage ? (
      <span key={s} className="passage">
        {pieces}
      </span>
    ) : (
      pieces.map((piece, p) =>
        typeof piece === 'string' ? <span key={`${s}-${p}`}>{piece}</span> : piece,
      )
    );
  });
});
