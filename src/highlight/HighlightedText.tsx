import { memo } from 'react';
import type { SegmentLayout } from './layout';

interface HighlightedTextProps {
  segment: SegmentLayout;
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
  segment,
  slots,
  labels,
  current,
}: HighlightedTextProps) {
  return segment.sentences.map((sentence, s) => {
    const pieces = sentence.pieces.map((piece, p) =>
      piece.terms.length === 0 ? (
        piece.text
      ) : (
        <mark
          key={p}
          className={`${markClass(piece.terms, slots)}${piece.hit === current ? ' hl-current' : ''}`}
          data-term={piece.terms.join(' ')}
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
}, unchanged);

/** Re-render a segment only when what it shows changed: its marks, their colours, its current hit. */
function unchanged(before: HighlightedTextProps, after: HighlightedTextProps): boolean {
  const a = before.segment;
  const b = after.segment;
  if (a.text !== b.text || a.signature !== b.signature) return false;
  if (b.terms.some((t) => before.slots.get(t) !== after.slots.get(t))) return false;
  if (b.terms.some((t) => before.labels.get(t) !== after.labels.get(t))) return false;
  const inside = (hit: number | null, s: SegmentLayout) =>
    hit !== null && hit >= s.firstHit && hit < s.endHit;
  if (inside(before.current, a) || inside(after.current, b))
    return before.current === after.current;
  return true;
}
