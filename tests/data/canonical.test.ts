import { describe, expect, it } from 'vitest';
import { canonicalJson, digest } from '../../src/data/canonical';

describe('canonical JSON and its digest', () => {
  it.each<[string, unknown, unknown, boolean]>([
    [
      'the same keys in another order',
      { a: 1, b: { c: 2, d: 3 } },
      { b: { d: 3, c: 2 }, a: 1 },
      true,
    ],
    ['another value', { a: 1 }, { a: 2 }, false],
    ['lists keep their order', [1, 2], [2, 1], false],
    ['a key more', { a: 1 }, { a: 1, b: undefined }, true],
    ['nested lists of objects', [{ y: 1, x: 2 }], [{ x: 2, y: 1 }], true],
  ])('%s', (_name, a, b, same) => {
    expect(canonicalJson(a) === canonicalJson(b)).toBe(same);
    expect(digest(a) === digest(b)).toBe(same);
  });

  it('is short and hexadecimal, whatever the size of the data', () => {
    expect(digest({ abstract: 'word '.repeat(50_000) })).toMatch(/^[0-9a-f]{8}$/);
  });
});
