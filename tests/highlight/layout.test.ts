import { describe, expect, it } from 'vitest';
import { layoutSegments } from '../../src/highlight/layout';
import { findOccurrences, prepareText, toRanges } from '../../src/text/match';
import { sentenceBounds } from '../../src/text/sentences';

function lay(segments: string[], terms: string[]) {
  const occurrences = findOccurrences(
    prepareText(segments),
    terms.map((t) => ({ id: t, text: t })),
  );
  return layoutSegments(
    segments,
    toRanges(segments, occurrences, terms),
    segments.map((s) => sentenceBounds(s)),
  );
}

describe('layoutSegments', () => {
  it('makes passages of the sentences that hold a match and numbers hits in reading order', () => {
    const layout = lay(
      ['A title on bone.', 'No match here. The bone marrow is soft. Bone again.'],
      ['bone', 'bone marrow'],
    );
    const [title, body] = layout.segments;
    expect(title?.sentences.map((s) => s.passage)).toEqual([true]);
    expect(body?.sentences.map((s) => s.passage)).toEqual([false, true, true]);
    expect([title?.firstHit, title?.endHit, body?.firstHit, body?.endHit]).toEqual([0, 1, 1, 3]);
    expect(layout.hits.map((h) => [h.index, h.text, h.terms.join('+'), h.sentence])).toEqual([
      [0, 'bone', 'bone', 'A title on bone.'],
      [1, 'bone marrow', 'bone+bone marrow', 'The bone marrow is soft.'],
      [2, 'Bone', 'bone', 'Bone again.'],
    ]);
  });

  it('keeps every character, in order', () => {
    const text = 'One. Two bone three! Four?';
    const layout = lay([text], ['bone']);
    const joined = layout.segments[0]?.sentences
      .flatMap((s) => s.pieces.map((p) => p.text))
      .join('');
    expect(joined).toBe(text);
  });
});
