/**
 * Publication dates are calendar dates, not instants: "2005-05-01" is 1 May 2005 wherever the
 * reader is. Nothing here goes through the local time zone, and a date is only as precise as the
 * record says (a year alone never gains a day).
 */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; `null` for anything else or an impossible date. */
export function parsePartialDate(value: string): PartialDate | null {
  const match = PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The English month name for 1–12. */
export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/** "1 May 2005", "May 2005" or "2005"; `null` when the value is not a calendar date. */
export function formatDate(value: string): string | null {
  const date = parsePartialDate(value);
  if (!date) return null;
  const parts: (string | number)[] = [];
  if (date.day !== undefined) parts.push(date.day);
  if (date.month !== undefined) parts.push(monthName(date.month));
  parts.push(date.year);
  return parts.join(' ');
}
