import { describe, expect, it } from 'vitest';
import { count, listOf, plural } from '../../src/ui/words';

describe('numbers and plurals in the UI', () => {
  it.each<[number, string, string | undefined, string]>([
    [0, 'record', undefined, '0 records'],
    [1, 'record', undefined, '1 record'],
    [1000, 'record', undefined, '1,000 records'],
    [2, 'entry', 'entries', '2 entries'],
    [1, 'match', 'matches', '1 match'],
  ])('%d %s', (n, one, many, expected) => {
    expect(plural(n, one, many)).toBe(expected);
  });

  it('groups thousands and lists in English', () => {
    expect(count(1234567)).toBe('1,234,567');
    expect(listOf(['a', 'b', 'c'])).toBe('a, b, and c');
    expect(listOf(['a', 'b'], 'disjunction')).toBe('a or b');
  });
});
