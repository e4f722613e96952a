import { describe, expect, it } from 'vitest';
import { markedParts } from '../../src/search/marks';

/** "[word]" for a marked part. */
const shown = (text: string, query: string) =>
  markedParts(text, query)
    .map((p) => (p.marked ? `[${p.text}]` : p.text))
    .join('');

describe('a result title with the words searched for marked', () => {
  it.each([
    [
      'Thalidomide as a treatment for multiple myeloma',
      'myeloma',
      'Thalidomide as a treatment for multiple [myeloma]',
    ],
    [
      'Thalidomide as a treatment for multiple myeloma',
      'MYELOMA thalidomide',
      '[Thalidomide] as a treatment for multiple [myeloma]',
    ],
    ['Bone marrow stromal cells', 'stroma', 'Bone marrow [stromal] cells'],
    ['Tumour growth', 'tumor', '[Tumour] growth'],
    ['Café society', 'cafe', '[Café] society'],
    ['A title', 'zebrafish', 'A title'],
    ['A title', '', 'A title'],
  ])('%s, searched for “%s”', (title, query, expected) => {
    expect(shown(title, query)).toBe(expected);
  });
});
