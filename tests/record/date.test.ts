import { afterEach, describe, expect, it } from 'vitest';
import { dateSpan, formatDate, parsePartialDate } from '../../src/record/date';

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

describe('dateSpan', () => {
  it.each<[string, string, string, ReturnType<typeof dateSpan>]>([
    [
      'days of a month',
      '2024-03-03',
      '2024-03-27',
      { text: '3 to 27 March 2024', single: false, precision: 'day' },
    ],
    [
      'months of a year',
      '2024-02-28',
      '2024-03-27',
      { text: '28 February to 27 March 2024', single: false, precision: 'day' },
    ],
    [
      'the same day of two months',
      '2024-03-03',
      '2024-04-03',
      { text: '3 March to 3 April 2024', single: false, precision: 'day' },
    ],
    [
      'years',
      '2023-12-28',
      '2024-01-02',
      { text: '28 December 2023 to 2 January 2024', single: false, precision: 'day' },
    ],
    [
      'the same day of two years',
      '2023-03-05',
      '2024-03-05',
      { text: '5 March 2023 to 5 March 2024', single: false, precision: 'day' },
    ],
    [
      'one day',
      '2024-03-03',
      '2024-03-03',
      { text: '3 March 2024', single: true, precision: 'day' },
    ],
    [
      'months',
      '2023-12',
      '2024-03',
      { text: 'December 2023 to March 2024', single: false, precision: 'month' },
    ],
    [
      'a day and a month: months',
      '2024-03-03',
      '2024-05',
      { text: 'March to May 2024', single: false, precision: 'month' },
    ],
    [
      'a day within its month: one month',
      '2024-03-03',
      '2024-03',
      { text: 'March 2024', single: true, precision: 'month' },
    ],
    [
      'a year alone: years',
      '2003',
      '2005-06-01',
      { text: '2003 to 2005', single: false, precision: 'year' },
    ],
    ['one year', '2003', '2003-06-01', { text: '2003', single: true, precision: 'year' }],
    ['not a date', '2003', '2003-02-30', null],
    ['none', '', '', null],
  ])('%s', (_, from, to, expected) => {
    expect(dateSpan(from, to)).toEqual(expected);
  });
});
