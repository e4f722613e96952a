import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HighlightedText } from '../../src/highlight/HighlightedText';
import { indexSentences, paintRanges } from '../../src/highlight/paintRanges';
import { layOut } from '../support/highlight';

const segments = ['A title on bone.', 'No match here. The bone marrow is soft. Bone again.'];

const lay = (terms: string[]) => layOut(segments, terms);

/** A stand-in for CSS.highlights: what each highlight would paint, as text. */
function fakeRegistry() {
  const painted = new Map<string, { text: string[]; priority: number }>();
  return {
    painted,
    registry: {
      set: (name: string, highlight: unknown) => painted.set(name, highlight as never),
      delete: (name: string) => painted.delete(name),
    },
    make: (ranges: Range[], priority: number) => ({
      text: ranges.map((r) => r.toString()),
      priority,
    }),
  };
}

describe('painting highlights as ranges over plain sentences', () => {
  const withTerms = lay(['bone', 'marrow']);
  const view = (
    <>
      {withTerms.segments.map((segment, i) => (
        <p key={i}>
          <HighlightedText
            segment={segment}
            index={i}
            paint="ranges"
            slots={new Map()}
            labels={new Map()}
            current={null}
          />
        </p>
      ))}
    </>
  );

  it('marks are elements otherwise', () => {
    const [, body] = withTerms.segments;
    if (!body) throw new Error('no body segment');
    render(
      <HighlightedText
        segment={body}
        index={1}
        paint="marks"
        slots={new Map([['bone', 0]])}
        labels={new Map()}
        current={null}
      />,
    );
    expect(screen.getAllByRole('mark').map((m) => m.textContent)).toEqual([
      'bone',
      'marrow',
      'Bone',
    ]);
  });

  it('leaves the text as sentences, with no marks, the same whatever is highlighted', () => {
    const { container } = render(view);
    expect(screen.queryAllByRole('mark')).toHaveLength(0);
    expect(container.textContent).toBe(segments.join(''));
  });

  it('paints passages, each term in its slot and the current match, and removes them all', () => {
    const { container } = render(view);
    const { painted, registry, make } = fakeRegistry();
    const slots = new Map([
      ['bone', 0],
      ['marrow', 1],
    ]);
    const remove = paintRanges(
      indexSentences(container),
      withTerms,
      (key) => slots.get(key) ?? 0,
      1,
      {
        registry,
        make,
      },
    );
    expect(Object.fromEntries(painted)).toEqual({
      'lectern-passage': {
        text: ['A title on bone.', 'The bone marrow is soft. ', 'Bone again.'],
        priority: 0,
      },
      'lectern-hl-0': { text: ['bone', 'bone', 'Bone'], priority: 1 },
      'lectern-hl-1': { text: ['marrow'], priority: 1 },
      // Hit 1 is the second "bone" ("marrow", a term of its own, is hit 2).
      'lectern-current': { text: ['bone'], priority: 2 },
    });
    remove();
    expect(painted.size).toBe(0);
  });
});
