import { describe, expect, it } from 'vitest';
import { dateSpan } from '../../src/portal/dateSpan';

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
