/** Numbers and plurals as the UI writes them, in English: "1,000", "1 record", "3 matches". */
const numbers = new Intl.NumberFormat('en');

/** "1,000". */
export function count(n: number): string {
  return numbers.format(n);
}

/** "1 record", "1,000 records", "2 entries" (`many` for an irregular plural). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

/** "a, b and c" / "a, b or c". */
export function listOf(
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
) {
  return new Intl.ListFormat('en', { type }).format(items);
}
