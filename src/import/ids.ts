import { fold } from '../text/fold';
import { slugWords } from '../text/slug';

/** Words a readable id can do without. */
const SMALL_WORDS = new Set(
  'a an and as at by for from in into is of on or the to with its their via'.split(' '),
);

/**
 * A readable id from the title: its first six significant words, folded to ASCII
 * ("Drug insight: Thalidomide as a treatment for multiple myeloma" →
 * "drug-insight-thalidomide-treatment-multiple-myeloma"). A title with no Latin letters gives
 * "record".
 */
export function idFromTitle(title: string): string {
  const words = slugWords(title, { ascii: true }).filter((w) => !SMALL_WORDS.has(w));
  return words.slice(0, 6).join('-').slice(0, 60).replace(/-+$/, '') || 'record';
}

/** A free id: the title's, then with the year, then numbered. */
export function uniqueId(
  record: { title: string; published?: string | null | undefined },
  taken: ReadonlySet<string>,
): string {
  const base = idFromTitle(record.title);
  const year = record.published?.slice(0, 4);
  const candidates = [base, ...(year ? [`${base}-${year}`] : [])];
  for (const candidate of candidates) if (!taken.has(candidate)) return candidate;
  for (let n = 2; ; n++) {
    const candidate = `${candidates.at(-1)}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

const normalised = (text: string) =>
  fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The keys under which two records are the same work: the DOI (case-insensitive, as DOIs are),
 * and title + year + first author's family name (or organisation).
 */
export function duplicateKeys(record: {
  title: string;
  firstAuthor: { family?: string | null; literal?: string | null } | null | undefined;
  published?: string | null | undefined;
  doi?: string | null | undefined;
}): { doi?: string; work: string } {
  const first = record.firstAuthor;
  const who = first?.literal ?? first?.family ?? '';
  const work = [
    normalised(record.title),
    record.published?.slice(0, 4) ?? '',
    normalised(who),
  ].join('|');
  return record.doi ? { doi: record.doi.toLowerCase(), work } : { work };
}
