import { describe, expect, it } from 'vitest';
import { assignSlots, sameSlots } from '../../src/highlight/slots';

const slots = (entries: [string, number][]) => new Map(entries);

describe('colour slots', () => {
  it.each<[string, [string, number][], string[], [string, number][]]>([
    [
      'the first terms take slots in order',
      [],
      ['a', 'b', 'c'],
      [
        ['a', 0],
        ['b', 1],
        ['c', 2],
      ],
    ],
    [
      'a term keeps its slot when an earlier one is turned off',
      [
        ['a', 0],
        ['b', 1],
      ],
      ['b'],
      [['b', 1]],
    ],
    [
      'a new term takes the lowest free slot',
      [
        ['b', 1],
        ['c', 2],
      ],
      ['b', 'c', 'd'],
      [
        ['b', 1],
        ['c', 2],
        ['d', 0],
      ],
    ],
    ['nothing on, nothing held', [['a', 0]], [], []],
    [
      'slots go past the number of colours (the view repeats them)',
      Array.from({ length: 8 }, (_, i): [string, number] => [`t${i}`, i]),
      [...Array.from({ length: 8 }, (_, i) => `t${i}`), 'x'],
      [...Array.from({ length: 8 }, (_, i): [string, number] => [`t${i}`, i]), ['x', 8]],
    ],
  ])('%s', (_name, previous, active, expected) => {
    expect([...assignSlots(slots(previous), active)]).toEqual(expected);
  });

  it('tells equal assignments from different ones', () => {
    expect(sameSlots(slots([['a', 0]]), slots([['a', 0]]))).toBe(true);
    expect(sameSlots(slots([['a', 0]]), slots([['a', 1]]))).toBe(false);
    expect(sameSlots(slots([['a', 0]]), slots([]))).toBe(false);
  });
});
