/**
 * Abbreviations a text defines, after Schwartz & Hearst (2003), "A simple algorithm for
 * identifying abbreviation definitions in biomedical text": a short form in parentheses after its
 * long form ("multiple myeloma (MM)"), or the reverse ("MM (multiple myeloma)"). The long form is
 * looked for among the few words before the parenthesis; each character of the short form must
 * appear in it, in order, the first one at the start of a word.
 *
 * One refinement: when the short form's letters are exactly the initials of the last words
 * (skipping "of", "and", "the"…), those words are the long form. Plain Schwartz & Hearst would
 * settle on the shortest match, which for "multiple myeloma (MM)" is "myeloma" alone.
 */
export interface Abbreviation {
  short: string;
  long: string;
  /** Offset of the long form in the text that defines it. */
  longStart: number;
}

const SHORT_FORM = /^[\p{L}\p{N}][\p{L}\p{N}\-./'’]{1,9}$/u;
const SKIPPED_WORDS = new Set(['of', 'and', 'the', 'in', 'for', 'to', 'a', 'an', 'on', 'with']);
const MAX_INSIDE_LENGTH = 120;

function isAlphanumeric(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/** Words with their offsets, for the few words before a parenthesis. */
function wordsBefore(text: string, end: number, count: number): { text: string; start: number }[] {
  const words: { text: string; start: number }[] = [];
  let i = end;
  while (words.length < count && i > 0) {
    while (i > 0 && /\s/.test(text.charAt(i - 1))) i--;
    const wordEnd = i;
    while (i > 0 && !/\s/.test(text.charAt(i - 1))) i--;
    if (wordEnd === i) break;
    const word = text.slice(i, wordEnd);
    // A sentence or clause boundary ends the search for the long form.
    if (/[.;:!?]$/.test(word) && words.length > 0) break;
    if (/[.;:!?)\]]$/.test(word)) break;
    words.unshift({ text: word, start: i });
  }
  return words;
}

function byInitials(short: string, words: { text: string; start: number }[]) {
  const letters = Array.from(short.toLowerCase()).filter(isAlphanumeric);
  let li = letters.length - 1;
  for (let wi = words.length - 1; wi >= 0 && li >= 0; wi--) {
    const word = words[wi];
    if (!word) break;
    const initial = word.text.charAt(0).toLowerCase();
    if (initial === letters[li]) {
      li--;
      if (li < 0) return wi;
    } else if (!SKIPPED_WORDS.has(word.text.toLowerCase())) {
      return null;
    }
  }
  return null;
}

/** The Schwartz & Hearst backward match; returns the offset in `long` where the long form starts. */
function bestLongForm(short: string, long: string): number | null {
  let s = short.length - 1;
  let l = long.length - 1;
  while (s >= 0) {
    const c = short.charAt(s).toLowerCase();
    if (!isAlphanumeric(c)) {
      s--;
      continue;
    }
    while (
      l >= 0 &&
      (long.charAt(l).toLowerCase() !== c ||
        (s === 0 && l > 0 && isAlphanumeric(long.charAt(l - 1))))
    ) {
      l--;
    }
    if (l < 0) return null;
    l--;
    s--;
  }
  return long.lastIndexOf(' ', l) + 1;
}

function longFormFor(
  short: string,
  text: string,
  before: number,
): { long: string; start: number } | null {
  const letters = Array.from(short).filter(isAlphanumeric).length;
  const words = wordsBefore(text, before, Math.min(letters + 5, letters * 2));
  if (words.length === 0) return null;
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  const initial = byInitials(short, words);
  const start =
    initial !== null
      ? (words[initial]?.start ?? first.start)
      : (() => {
          const region = text.slice(first.start, last.start + last.text.length);
          const offset = bestLongForm(short, region);
          return offset === null ? null : first.start + offset;
        })();
  if (start === null) return null;
  const long = text.slice(start, last.start + last.text.length).replace(/[,;]$/, '');
  if (long.length <= short.length || long.toLowerCase().includes(short.toLowerCase())) return null;
  return { long, start };
}

/** Finds the definitions in `text`; the first definition of a short form wins. */
export function findAbbreviations(text: string): Abbreviation[] {
  const found = new Map<string, Abbreviation>();
  let open = text.indexOf('(');
  while (open !== -1) {
    const close = text.indexOf(')', open + 1);
    if (close === -1) break;
    const inside = text.slice(open + 1, close);
    if (inside.length <= MAX_INSIDE_LENGTH && !inside.includes('(')) {
      const candidate = (inside.split(/[;,]\s/)[0] ?? '').trim();
      if (SHORT_FORM.test(candidate) && /\p{Lu}/u.test(candidate) && !found.has(candidate)) {
        const long = longFormFor(candidate, text, open);
        if (long)
          found.set(candidate, { short: candidate, long: long.long, longStart: long.start });
      } else if (candidate.includes(' ')) {
        // "MM (multiple myeloma)": the word before the parenthesis is the short form.
        const before = wordsBefore(text, open, 1)[0];
        if (before && SHORT_FORM.test(before.text) && /\p{Lu}/u.test(before.text)) {
          const start = open + 1 + inside.indexOf(candidate);
          if (!found.has(before.text) && bestLongForm(before.text, candidate) !== null) {
            found.set(before.text, { short: before.text, long: candidate, longStart: start });
          }
        }
      }
    }
    open = text.indexOf('(', open + 1);
  }
  return [...found.values()];
}
