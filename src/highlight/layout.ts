import type { Range } from '../text/match';

/**
 * Lays highlighted ranges out for reading: each segment is cut into sentences, and a sentence that
 * holds a match becomes a passage (the eye finds passages first, then the words). Touching
 * highlighted pieces form one hit, numbered in reading order across segments, which is what the
 * previous/next navigation walks through.
 */
export interface Piece {
  text: string;
  /** Term ids, in activation order; empty for plain text. */
  terms: string[];
  /** The hit this piece belongs to (highlighted pieces only). */
  hit?: number;
  /** True on the first piece of its hit: the one navigation focuses. */
  hitStart?: boolean;
  /** "segment.n": the hit's place within its segment, stable when other segments change. */
  hitKey?: string;
}

export interface Sentence {
  passage: boolean;
  pieces: Piece[];
}

export interface Hit {
  index: number;
  segment: number;
  /** Matches `Piece.hitKey` of the hit's first piece. */
  key: string;
  terms: string[];
  text: string;
  /** The sentence the hit is in, as plain text, for announcing it. */
  sentence: string;
  /** That sentence's place in its segment (what navigation focuses when there are no marks). */
  sentenceIndex: number;
}

export interface SegmentLayout {
  /** The segment's text, so that a view never keeps one text's rendering for another. */
  text: string;
  sentences: Sentence[];
  /**
   * Identifies what the segment shows (its highlighted ranges and their terms), so that a view can
   * skip segments a toggle did not change: on a long abstract most paragraphs stay as they were.
   */
  signature: string;
  /** Term ids highlighted in the segment. */
  terms: string[];
  /** Hits in the segment: indices from `firstHit` up to, not including, `endHit`. */
  firstHit: number;
  endHit: number;
}

export interface Layout {
  segments: SegmentLayout[];
  hits: Hit[];
}

/**
 * `plain`, the same segments laid out with nothing highlighted, lends its sentences to every
 * segment without a match, so a toggle on a long text re-cuts only the paragraphs it marks.
 */
export function layoutSegments(
  segments: readonly string[],
  ranges: readonly (readonly Range[])[],
  sentences: readonly (readonly [number, number][])[],
  plain?: Layout,
): Layout {
  const hits: Hit[] = [];
  const laidOut = segments.map((text, segmentIndex): SegmentLayout => {
    const firstHit = hits.length;
    const segmentRanges = ranges[segmentIndex] ?? [{ start: 0, end: text.length, terms: [] }];
    const unmarked = plain?.segments[segmentIndex];
    if (unmarked?.text === text && segmentRanges.every((range) => range.terms.length === 0)) {
      return { ...unmarked, firstHit, endHit: firstHit };
    }
    const bounds = sentences[segmentIndex] ?? [[0, text.length]];
    const result: Sentence[] = [];
    let r = 0;
    let previousHighlighted = false;
    for (const [sStart, sEnd] of bounds) {
      const pieces: Piece[] = [];
      let passage = false;
      while (r < segmentRanges.length) {
        const range = segmentRanges[r];
        if (!range || range.start >= sEnd) break;
        const start = Math.max(range.start, sStart);
        const end = Math.min(range.end, sEnd);
        if (end > start) {
          const piece: Piece = { text: text.slice(start, end), terms: range.terms };
          if (range.terms.length > 0) {
            passage = true;
            if (!previousHighlighted) {
              const hit: Hit = {
                index: hits.length,
                segment: segmentIndex,
                key: `${segmentIndex}.${hits.length - firstHit}`,
                terms: [...range.terms],
                text: '',
                sentence: text.slice(sStart, sEnd).trim(),
                sentenceIndex: result.length,
              };
              hits.push(hit);
              piece.hitStart = true;
              piece.hitKey = hit.key;
            }
            const current = hits[hits.length - 1];
            if (current) {
              piece.hit = current.index;
              current.text += piece.text;
              for (const term of range.terms) {
                if (!current.terms.includes(term)) current.terms.push(term);
              }
            }
          }
          previousHighlighted = range.terms.length > 0;
          pieces.push(piece);
        }
        if (range.end <= sEnd) r++;
        else break;
      }
      result.push({ passage, pieces });
    }
    const highlighted = segmentRanges.filter((range) => range.terms.length > 0);
    return {
      text,
      sentences: result,
      signature: highlighted.map((r) => `${r.start}-${r.end}-${r.terms.join('+')}`).join(' '),
      terms: [...new Set(highlighted.flatMap((r) => r.terms))],
      firstHit,
      endHit: hits.length,
    };
  });
  return { segments: laidOut, hits };
}
