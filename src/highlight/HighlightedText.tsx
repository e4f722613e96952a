import { memo } from 'react';
import type { SegmentLayout } from './layout';

export interface HighlightedTextProps {
  segment: SegmentLayout;
  /** The segment's place (0 is the title), for `data-sentence`. */
  index: number;
  /**
   * "marks": highlights are `<mark>` elements. "ranges": the text is left as plain sentences and
   * the highlights are painted over it (`paintRanges`), so a toggle changes no element.
   */
  paint: 'marks' | 'ranges';
  /** Colour slot of each active term, by key. */
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
 * A segment's text with its passages and marks. Record text only ever becomes text nodes; each
 * mark's title names its terms.
 */
export const HighlightedText = memo(function HighlightedText({
  segment,
  index,
  paint,
  slots,
  labels,
  current,
}: HighlightedTextProps) {
  if (paint === 'ranges') {
    // Focusable from script only: navigation moves the focus to the sentence of the match.
    return segment.sentences.map((sentence, s) => (
      <span key={s} className="sentence" data-sentence={`${index}.${s}`} tabIndex={-1}>
        {sentence.pieces.map((piece) => piece.text).join('')}
      </span>
    ));
  }
  return segment.sentences.map((sentence, s) => {
    const pieces = sentence.pieces.map((piece, p) =>
      piece.terms.length === 0 ? (
        piece.text
      ) : (
        <mark
          key={p}
          className={`${markClass(piece.terms, slots)}${piece.hit === current ? ' hl-current' : ''}`}
          data-hit={piece.hitKey}
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
}, sameView);

/**
 * Whether a segment shows the same with `after` as with `before` (its text, marks, their colours
 * and its current hit), so that it need not render again.
 */
export function sameView(before: HighlightedTextProps, after: HighlightedTextProps): boolean {
  const a = before.segment;
  const b = after.segment;
  if (a.text !== b.text || before.paint !== after.paint) return false;
  // Painted ranges leave the sentences as they are, whatever the highlights.
  if (after.paint === 'ranges') return true;
  if (a.signature !== b.signature) return false;
  if (b.terms.some((t) => before.slots.get(t) !== after.slots.get(t))) return false;
  if (b.terms.some((t) => before.labels.get(t) !== after.labels.get(t))) return false;
  const inside = (hit: number | null, s: SegmentLayout) =>
    hit !== null && hit >= s.firstHit && hit < s.endHit;
  if (inside(before.current, a) || inside(after.current, b))
    return before.current === after.current;
  return true;
}
