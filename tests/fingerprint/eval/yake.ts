import { distance } from 'fastest-levenshtein';

/**
 * YAKE! (Campos, Mangaravite, Pasquali, Jorge, Nunes & Jatowt 2020, "YAKE! Keyword extraction
 * from single documents using multiple local features", Information Sciences 509: 257–289),
 * written from the paper with its published defaults: n-grams of up to 3 words, a co-occurrence
 * window of 1, and candidates closer than 0.9 in Levenshtein similarity to a better one dropped.
 *
 * Each word that is not a stop word gets five features from the document alone: casing (how often
 * it is capitalised inside a sentence or written as an acronym), position (the median sentence it
 * occurs in), normalised frequency, relatedness to context (how many different words stand beside
 * it) and spread over sentences. A word's score combines them (lower is more important):
 *
 *   S(w) = Rel × Pos ÷ (Case + Freq ÷ Rel + Sentences ÷ Rel)
 *
 * and a candidate of words w₁…wₙ (stop words allowed inside, never at either end) scores
 *
 *   S(k) = Π S(wᵢ) ÷ (TF(k) × (1 + Σ S(wᵢ)))
 *
 * where a stop word inside contributes through the chance that it joins its neighbours, as the
 * authors' reference implementation does. Words are compared lower-cased, with a final "s" of a
 * word longer than three letters taken off, as in that implementation.
 */
const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const WORD = /^[\p{L}\p{N}]/u;
const DIGITS = /^[\d.,]+$/;
const SENTENCE_END = /^[.!?]$/;
const MAX_WORDS = 3;
const WINDOW = 1;
const DEDUPLICATION = 0.9;

interface Token {
  text: string;
  /** Lower-cased, final "s" off: how a word is counted. */
  key: string;
  sentence: number;
  /** First word of its sentence (its capital says nothing). */
  first: boolean;
}

interface WordStats {
  tf: number;
  upper: number;
  acronym: number;
  sentences: number[];
  left: Map<string, number>;
  right: Map<string, number>;
}

function keyOf(word: string): string {
  const lower = word.toLowerCase();
  return lower.length > 3 && lower.endsWith('s') ? lower.slice(0, -1) : lower;
}

/** Chunks of words between punctuation, each with its sentence number. */
function chunks(texts: readonly string[]): Token[][] {
  const out: Token[][] = [];
  let sentence = 0;
  for (const text of texts) {
    let chunk: Token[] = [];
    let first = true;
    const close = () => {
      if (chunk.length > 0) out.push(chunk);
      chunk = [];
    };
    for (const [token] of text.matchAll(TOKEN)) {
      if (WORD.test(token)) {
        chunk.push({ text: token, key: keyOf(token), sentence, first });
        first = false;
        continue;
      }
      close();
      if (SENTENCE_END.test(token)) {
        sentence += 1;
        first = true;
      }
    }
    close();
    sentence += 1;
  }
  return out;
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function similarity(a: string, b: string): number {
  return 1 - distance(a, b) / Math.max(a.length, b.length, 1);
}

export function yake(
  texts: readonly string[],
  stopwords: ReadonlySet<string>,
  count: number,
): string[] {
  const parts = chunks(texts);
  const isStop = (t: Token) => stopwords.has(t.text.toLowerCase()) || DIGITS.test(t.text);
  const stats = new Map<string, WordStats>();
  const statsOf = (key: string) => {
    let s = stats.get(key);
    if (!s) {
      s = { tf: 0, upper: 0, acronym: 0, sentences: [], left: new Map(), right: new Map() };
      stats.set(key, s);
    }
    return s;
  };
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const sentenceCount = Math.max(1, ...parts.flat().map((t) => t.sentence + 1));
  for (const chunk of parts) {
    chunk.forEach((token, i) => {
      const s = statsOf(token.key);
      s.tf += 1;
      s.sentences.push(token.sentence);
      if (
        token.text.length > 1 &&
        token.text === token.text.toUpperCase() &&
        /\p{L}/u.test(token.text)
      )
        s.acronym += 1;
      else if (!token.first && /^\p{Lu}/u.test(token.text)) s.upper += 1;
      // Co-occurrence within the window, stop words included: a word that stands beside many
      // different words is less specific.
      for (let j = Math.max(0, i - WINDOW); j < i; j++) {
        const other = chunk[j];
        if (!other) continue;
        bump(s.left, other.key);
        bump(statsOf(other.key).right, token.key);
      }
    });
  }
  const content = [...stats].filter(([key]) => !stopwords.has(key) && !DIGITS.test(key));
  const frequencies = content.map(([, s]) => s.tf);
  const average = frequencies.length > 0 ? mean(frequencies) : 0;
  const deviation =
    frequencies.length > 0 ? Math.sqrt(mean(frequencies.map((f) => (f - average) ** 2))) : 0;
  const maxTf = Math.max(1, ...frequencies);
  const wordScore = new Map<string, number>();
  for (const [key, s] of content) {
    const casing = Math.max(s.upper, s.acronym) / (1 + Math.log(s.tf));
    const position = Math.log(Math.log(3 + median(s.sentences)));
    const frequency = s.tf / (average + deviation);
    const spread = (map: Map<string, number>) => {
      const total = [...map.values()].reduce((a, b) => a + b, 0);
      return total === 0 ? 0 : map.size / total;
    };
    const relatedness = 1 + (spread(s.left) + spread(s.right)) * (s.tf / maxTf);
    const sentences = new Set(s.sentences).size / sentenceCount;
    wordScore.set(
      key,
      (relatedness * position) / (casing + frequency / relatedness + sentences / relatedness),
    );
  }

  // Candidates: every n-gram of a chunk that neither starts nor ends with a stop word.
  const candidates = new Map<string, { words: Token[]; tf: number; surface: string }>();
  for (const chunk of parts) {
    for (let i = 0; i < chunk.length; i++) {
      for (let n = 1; n <= MAX_WORDS && i + n <= chunk.length; n++) {
        const words = chunk.slice(i, i + n);
        const head = words[0];
        const tail = words[words.length - 1];
        if (!head || !tail || isStop(head) || isStop(tail)) continue;
        const key = words.map((w) => w.key).join(' ');
        const existing = candidates.get(key);
        if (existing) existing.tf += 1;
        else
          candidates.set(key, {
            words,
            tf: 1,
            surface: words.map((w) => w.text.toLowerCase()).join(' '),
          });
      }
    }
  }
  const cooccur = (a: string, b: string) => stats.get(a)?.right.get(b) ?? 0;
  const scored = [...candidates.values()].map((c) => {
    let product = 1;
    let sum = 0;
    c.words.forEach((w, i) => {
      const score = wordScore.get(w.key);
      if (score !== undefined && !isStop(w)) {
        product *= score;
        sum += score;
        return;
      }
      // A stop word inside: how likely it is to join the words either side of it.
      const before = c.words[i - 1];
      const after = c.words[i + 1];
      const joinBefore = before ? cooccur(before.key, w.key) / (stats.get(before.key)?.tf ?? 1) : 0;
      const joinAfter = after ? cooccur(w.key, after.key) / (stats.get(after.key)?.tf ?? 1) : 0;
      const chance = joinBefore * joinAfter;
      product *= 1 + (1 - chance);
      sum -= 1 - chance;
    });
    return { surface: c.surface, score: product / (c.tf * (1 + sum)) };
  });
  scored.sort((a, b) => a.score - b.score || (a.surface < b.surface ? -1 : 1));
  const chosen: string[] = [];
  for (const { surface } of scored) {
    if (chosen.some((c) => similarity(c, surface) > DEDUPLICATION)) continue;
    chosen.push(surface);
    if (chosen.length === count) break;
  }
  return chosen;
}
