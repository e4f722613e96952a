import { monthName, parsePartialDate, type PartialDate } from '../record/date';

/** Two dates said as one span (see `dateSpan`). */
export interface DateSpan {
  text: string;
  /** Whether the two are one date, as precise as both are. */
  single: boolean;
  precision: 'year' | 'month' | 'day';
}

/**
 * The span from one date to another, each as precise as both are, with what they share at the
 * end said once: "3 to 27 March 2024", "28 February to 27 March 2024", "December 2023 to March
 * 2024", "2003 to 2005", or one date ("3 March 2024") when they are the same; `null` when either
 * is not a calendar date.
 */
export function dateSpan(from: string, to: string): DateSpan | null {
  const start = parsePartialDate(from);
  const end = parsePartialDate(to);
  if (!start || !end) return null;
  const months = start.month !== undefined && end.month !== undefined;
  const days = months && start.day !== undefined && end.day !== undefined;
  const partsOf = ({ year, month, day }: PartialDate) => [
    ...(days ? [String(day)] : []),
    ...(months ? [monthName(month ?? 0)] : []),
    String(year),
  ];
  const first = partsOf(start);
  const last = partsOf(end);
  const precision = days ? 'day' : months ? 'month' : 'year';
  if (first.join(' ') === last.join(' ')) return { text: last.join(' '), single: true, precision };
  let shared = 0;
  while (shared < first.length - 1 && first.at(-1 - shared) === last.at(-1 - shared)) shared += 1;
  const text = `${first.slice(0, first.length - shared).join(' ')} to ${last.join(' ')}`;
  return { text, single: false, precision };
}
