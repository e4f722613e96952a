import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, parsePartialDate } from '../../src/record/date';

const ZONES = [
  'UTC',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Asia/Kolkata',
];
const originalTz = process.env.TZ;

afterEach(() => {
  process.env.TZ = originalTz;
});

describe('formatDate', () => {
  const cases: [string, string | null][] = [
    ['2005', '2005'],
    ['2005-05', 'May 2005'],
    ['2005-05-01', '1 May 2005'],
    ['2005-12-31', '31 December 2005'],
    ['2024-02-29', '29 February 2024'],
    ['2023-02-29', null],
    ['2005-13', null],
    ['2005-00-10', null],
    ['2005-04-31', null],
    ['05-01-2005', null],
    ['2005-5-1', null],
    ['2005-05-01T00:00:00Z', null],
    ['', null],
  ];
  for (const zone of ZONES) {
    describe(`in ${zone}`, () => {
      it.each(cases)('%s → %s', (input, expected) => {
        process.env.TZ = zone;
        expect(formatDate(input)).toBe(expected);
      });
    });
  }
});

describe('parsePartialDate', () => {
  it.each([
    ['2005', { year: 2005 }],
    ['2005-05', { year: 2005, month: 5 }],
    ['2005-05-01', { year: 2005, month: 5, day: 1 }],
    ['1900-02-29', null],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
  ])('%s', (input, expected) => {
    expect(parsePartialDate(input)).toEqual(expected);
  });
});
