import { readFileSync } from 'node:fs';
import { random } from './support.ts';

/** The shipped record, as its file holds it. */
export const seed = JSON.parse(
  readFileSync('public/records/drug-insight-thalidomide-multiple-myeloma.json', 'utf8'),
) as { id: string; title: string; abstract: string; keywords: string[] };

const seedWords = [...new Set(seed.abstract.toLowerCase().match(/\p{L}+/gu) ?? [])];

/**
 * A vocabulary of 20,000 words (the seed abstract's words, then made-up ones of the same shape)
 * whose frequencies follow Zipf's law, as words in real prose do: a few very common words, a long
 * tail of rare ones. Keywords are content words, so terms are drawn from the whole vocabulary
 * (and include the seed's keywords and two-word phrases), not from its most frequent words.
 */
const syllables = [
  'ca',
  'ro',
  'mi',
  'te',
  'lo',
  'na',
  'vi',
  'sto',
  'pre',
  'gen',
  'ol',
  'ic',
  'ase',
  'tum',
  'cel',
];
export const vocabulary: string[] = [...seedWords];
const pick = random(7);
while (vocabulary.length < 20_000) {
  let word = '';
  const parts = 2 + Math.floor(pick() * 3);
  for (let i = 0; i < parts; i++) word += syllables[Math.floor(pick() * syllables.length)] ?? '';
  vocabulary.push(`${word}${vocabulary.length}`);
}
const zipf = (() => {
  const weights = vocabulary.map((_, rank) => 1 / (rank + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  let sum = 0;
  return weights.map((w) => (sum += w / total));
})();

function zipfWord(rand: () => number): string {
  const u = rand();
  let lo = 0;
  let hi = zipf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((zipf[mid] ?? 1) < u) lo = mid + 1;
    else hi = mid;
  }
  return vocabulary[lo] ?? '';
}

/** Sentences of 12–30 words, with a capital and a full stop, from the Zipf vocabulary. */
export function generateText(count: number, rand: () => number): string {
  const out: string[] = [];
  let sentence = 0;
  for (let i = 0; i < count; i++) {
    let word = zipfWord(rand);
    if (sentence === 0) word = word.charAt(0).toUpperCase() + word.slice(1);
    sentence++;
    if (sentence > 12 && rand() < 0.1) {
      word += '.';
      sentence = 0;
    }
    out.push(word);
  }
  return `${out.join(' ')}.`;
}

/** The seed's keywords, then words and two-word phrases from the whole vocabulary. */
export function generateTerms(count: number, rand: () => number): string[] {
  const terms = new Set(seed.keywords);
  while (terms.size < count) {
    const word = vocabulary[Math.floor(rand() * vocabulary.length)] ?? '';
    terms.add(rand() < 0.3 ? `${word} ${zipfWord(rand)}` : word);
  }
  return [...terms].slice(0, count);
}

/** A 50,000-word record with 60 keywords, for the browser figures. */
export function largeRecord() {
  const rand = random(50_000);
  const paragraphs: string[] = [];
  for (let p = 0; p < 100; p++) paragraphs.push(`${generateText(500, rand)}.`);
  return {
    id: 'bench-large',
    title: 'A generated record of fifty thousand words',
    authors: [{ given: 'Bench', family: 'Mark' }],
    keywords: generateTerms(60, random(60)),
    abstract: paragraphs.join('\n\n'),
  };
}

/**
 * A portal's records, generated and seeded: 1–8 authors, 5 keywords, a 250-word abstract, one of
 * 300 journals, 12 subject areas, 4 output types and 35 years; written as one RIS file, as a Pure
 * portal exports them.
 */
export function portalRis(count: number): { ris: string; subjects: string[] } {
  const rand = random(count);
  const words = (n: number) => generateText(n, rand).replace(/\.$/, '');
  const pickOf = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const journals = Array.from({ length: 300 }, (_, i) => `Journal of ${words(2)} ${i}`);
  const subjects = Array.from({ length: 12 }, () => words(2));
  const types = ['Article', 'Review article', 'Letter', 'Editorial'];
  const entries: string[] = [];
  for (let n = 0; n < count; n++) {
    const lines = ['TY  - JOUR', `TI  - ${words(10)} ${n}`];
    const authors = 1 + Math.floor(rand() * 8);
    for (let a = 0; a < authors; a++) lines.push(`AU  - ${words(1)}, ${words(1)}`);
    const year = 1990 + Math.floor(rand() * 35);
    lines.push(`PY  - ${year}`, `DA  - ${year}/0${1 + (n % 9)}/1${n % 9}/`);
    lines.push(`T2  - ${pickOf(journals)}`, `IS  - ${1 + (n % 12)}`);
    lines.push(`SP  - ${n}`, `EP  - ${n + 9}`, `M3  - ${pickOf(types)}`, 'LA  - en');
    for (const keyword of generateTerms(5, rand)) lines.push(`KW  - ${keyword}`);
    lines.push(`AB  - ${words(250)}.`, 'ER  - ');
    entries.push(lines.join('\r\n'));
  }
  return { ris: `${entries.join('\r\n\r\n')}\r\n`, subjects };
}
