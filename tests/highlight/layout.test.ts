import { describe, expect, it } from 'vitest';
import { layOut } from '../support/highlight';

describe('layoutSegments', () => {
  it('makes passages of the sentences that hold a match and numbers hits in reading order', () => {
    const layout = layOut(
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
    const layout = layOut([text], ['bone']);
    const joined = layout.segments[0]?.sentences
      .flatMap((s) => s.pieces.map((p) => p.text))
      .join('');
    expect(joined).toBe(text);
  });

  it.each([
    ['no term on', ['One. Two.', 'Three bone.'], []],
    ['a match in the last segment', ['One. Two.', 'Three bone.', 'Four.'], ['bone']],
    ['matches in every segment', ['Bone one.', 'Two bone. Three.'], ['bone']],
    ['a term with no match', ['One. Two.'], ['marrow']],
  ])('lays out the same with the plain layout lent as without it: %s', (_, segments, terms) => {
    expect(layOut(segments, terms, true)).toEqual(layOut(segments, terms));
  });
});
