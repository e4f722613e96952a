import { tagWords, type TaggedWord } from '../../../src/fingerprint/tagger';
import { fold } from '../../../src/text/fold';

/**
 * The two unsupervised baselines keyphrase studies compare against, written plainly from their
 * papers, for `npm run bench` to measure the derived fingerprint against:
 *
 * - RAKE (Rose, Engel, Cramer & Cowley 2010): candidate phrases are the runs of words between stop
 *   words and punctuation; a word scores its degree ÷ its frequency; a phrase the sum of its words.
 * - TextRank (Mihalcea & Tarau 2004): a graph of the words that are not stop words, linked when they
 *   follow one another (window 2); PageRank (d = 0.85) ranks them; the top third are keywords, and
 *   keywords adjacent in the text join into phrases, scored by the sum of their words. The paper
 *   keeps nouns and adjectives with a part-of-speech tagger; "plain" here keeps every word that is
 *   not a stop word, as RAKE does.
 *
 * Both take the same stop words as the derivation, so the comparison is of methods, not lists.
 */
const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const WORD = /^[\p{L}\p{N}]/u;
const NUMBER = /^[\d.,]+$/;

/** Runs of candidate words, broken at stop words, numbers and punctuation. */
export function candidateRuns(
  texts: readonly string[],
  stopwords: ReadonlySet<string>,
): string[][] {
  const runs: string[][] = [];
  for (const text of texts) {
    let run: string[] = [];
    for (const [token] of text.matchAll(TOKEN)) {
      const word = fold(token);
      if (WORD.test(token) && !NUMBER.test(token) && !stopwords.has(word)) {
        run.push(word);
        continue;
      }
      if (run.length > 0) runs.push(run);
      run = [];
    }
    if (run.length > 0) runs.push(run);
  }
  return runs;
}

function top(scored: Map<string, number>, count: number): string[] {
  return [...scored]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, count)
    .map(([phrase]) => phrase);
}

export function rake(
  texts: readonly string[],
  stopwords: ReadonlySet<string>,
  count: number,
): string[] {
  const runs = candidateRuns(texts, stopwords);
  const frequency = new Map<string, number>();
  const degree = new Map<string, number>();
  for (const run of runs) {
    for (const word of run) {
      frequency.set(word, (frequency.get(word) ?? 0) + 1);
      degree.set(word, (degree.get(word) ?? 0) + run.length);
    }
  }
  const phrases = new Map<string, number>();
  for (const run of runs) {
    const score = run.reduce((sum, w) => sum + (degree.get(w) ?? 0) / (frequency.get(w) ?? 1), 0);
    phrases.set(run.join(' '), score);
  }
  return top(phrases, count);
}

const DAMPING = 0.85;
const ITERATIONS = 100;
const TOLERANCE = 1e-6;

export function textRank(
  texts: readonly string[],
  stopwords: ReadonlySet<string>,
  count: number,
): string[] {
  const runs = candidateRuns(texts, stopwords);
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (a === b) return;
    if (!neighbours.has(a)) neighbours.set(a, new Set());
    if (!neighbours.has(b)) neighbours.set(b, new Set());
    neighbours.get(a)?.add(b);
    neighbours.get(b)?.add(a);
  };
  const sequence = runs.flat();
  sequence.forEach((word, i) => {
    if (!neighbours.has(word)) neighbours.set(word, new Set());
    const next = sequence[i + 1];
    if (next !== undefined) link(word, next);
  });
  let rank = new Map([...neighbours.keys()].map((w) => [w, 1]));
  for (let i = 0; i < ITERATIONS; i++) {
    const next = new Map<string, number>();
    let change = 0;
    for (const [word, links] of neighbours) {
      let sum = 0;
      for (const other of links) sum += (rank.get(other) ?? 0) / (neighbours.get(other)?.size ?? 1);
      const value = 1 - DAMPING + DAMPING * sum;
      change = Math.max(change, Math.abs(value - (rank.get(word) ?? 0)));
      next.set(word, value);
    }
    rank = next;
    if (change < TOLERANCE) break;
  }
  const keywords = new Set(top(rank, Math.max(1, Math.round(rank.size / 3))));
  const phrases = new Map<string, number>();
  for (const run of runs) {
    let phrase: string[] = [];
    for (const word of [...run, '']) {
      if (keywords.has(word)) {
        phrase.push(word);
        continue;
      }
      if (phrase.length > 0) {
        phrases.set(
          phrase.join(' '),
          phrase.reduce((sum, w) => sum + (rank.get(w) ?? 0), 0),
        );
      }
      phrase = [];
    }
  }
  return top(phrases, count);
}

const NOMINAL = new Set(['NOUN', 'PROPN']);

/**
 * Noun phrases by frequency, the baseline a part-of-speech tagger makes possible: runs of
 * adjectives and nouns (as wink-nlp tags them) that end on a noun, of up to four words and without
 * a stop word, ranked by how often they occur (plurals counted with their singular), ties by first
 * occurrence.
 */
export function nounPhrases(
  texts: readonly string[],
  stopwords: ReadonlySet<string>,
  count: number,
): string[] {
  const counts = new Map<string, { label: string; count: number; first: number }>();
  let order = 0;
  const add = (run: TaggedWord[]) => {
    while (run.length > 0 && !NOMINAL.has(run[run.length - 1]?.pos ?? '')) run.pop();
    if (run.length === 0 || run.length > 4) return;
    const key = run.map((w) => fold(w.lemma)).join(' ');
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { label: run.map((w) => w.value).join(' '), count: 1, first: order++ });
  };
  for (const text of texts) {
    let run: TaggedWord[] = [];
    for (const word of tagWords(text).values()) {
      const isPart =
        (NOMINAL.has(word.pos) || word.pos === 'ADJ') && !stopwords.has(fold(word.value));
      if (isPart) {
        run.push(word);
        continue;
      }
      add(run);
      run = [];
    }
    add(run);
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .slice(0, count)
    .map((entry) => entry.label);
}
