import { eng as ENGLISH_STOPWORDS } from 'stopword';
import { stemmer as porter } from 'stemmer';
import { fold } from '../text/fold';
import { americanSpelling } from '../text/spelling';

/**
 * Related records, computed at build time: for each record, the records most like it by what
 * they are about (shared topics: keywords, subject areas and fingerprint concepts, weighted by how
 * rare they are), by their words (title and abstract, BM25-weighted, compared by cosine) and by
 * who wrote them. Candidates come from inverted indexes (words, topics, authors), never from a
 * pass over every pair; a word or topic found in very many records is too common to find
 * candidates with, though it still counts in their score. How the weights were chosen, and how
 * the ranking does against BM25 alone, is measured in `npm run bench -- related`.
 */

export interface RelatedTopic {
  key: string;
  label: string;
  /** 0–1: an author keyword is 1, a concept its fingerprint weight. */
  weight: number;
}

export interface RelatedSource {
  id: string;
  title: string;
  abstract?: string | undefined;
  /** Person ids, in order: the first is the first author. */
  authors: readonly string[];
  topics: readonly RelatedTopic[];
}

export interface RelatedRecord {
  id: string;
  score: number;
  /** Shared topics, as the record names them, the weightiest first. */
  topics: string[];
  /** Whether the first author is the same, and how many authors are shared. */
  sameFirstAuthor: boolean;
  sharedAuthors: number;
  /** Representative words both texts use often, when they share no topic. */
  words: string[];
}

export interface RelatedOptions {
  /** How many related records each record gets. */
  limit?: number;
  /** The weight of shared topics against shared words (which weigh 1). */
  topicWeight?: number;
  /** Added for each shared author (at most two count). */
  authorWeight?: number;
  /** Words kept per record to compare them by. */
  signature?: number;
}

export const RELATED_DEFAULTS: Required<RelatedOptions> = {
  limit: 5,
  topicWeight: 1,
  authorWeight: 0.05,
  signature: 30,
};

const STOP = new Set(ENGLISH_STOPWORDS);
const K1 = 1.2;
const B = 0.75;
/** Candidates a record's words and topics propose before they are scored. */
const CANDIDATES = 200;
const NO_AUTHORS = new Int32Array(0);

interface Signature {
  /** stem → BM25 weight, the heaviest `signature` of them; and its norm. */
  terms: Map<string, number>;
  norm: number;
  /** The first written form of each of those stems, for reasons. */
  forms: Map<string, string>;
}

/** A word's stem, or null for a word that is no term (short, a stop word, not Latin letters). */
function stemOf(form: string): string | null {
  const folded = fold(form);
  if (folded.length < 3 || STOP.has(folded) || !/^[a-z-]+$/.test(folded)) return null;
  return porter(americanSpelling(folded.replace(/-/g, '')));
}

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
const TRAILING = /['’-]+$/;

/**
 * Each record's BM25-weighted words, the heaviest `size` of them (the title counts twice: it says
 * what the record is about). Stems are numbered, each written form stemmed once for all the
 * records, and a record's words counted in arrays reused from record to record (one look-up a
 * word).
 */
function signatures(sources: readonly RelatedSource[], size: number): Signature[] {
  /** Written form → stem number, or -1 for a word that is no term. */
  const formStems = new Map<string, number>();
  const stemNumbers = new Map<string, number>();
  const stemText: string[] = [];
  const stemNumberOf = (form: string) => {
    const stem = stemOf(form);
    if (stem === null) return -1;
    let id = stemNumbers.get(stem);
    if (id === undefined) {
      id = stemText.length;
      stemNumbers.set(stem, id);
      stemText.push(stem);
    }
    return id;
  };
  let tf = new Float64Array(1024);
  const firstForm: string[] = [];
  // Each record's stems in the order first seen, their counts and first written forms.
  const counted = sources.map((source) => {
    const seen: number[] = [];
    const add = (text: string, times: number) => {
      for (const word of text.match(WORD) ?? []) {
        const last = word.charCodeAt(word.length - 1);
        // Only a word ending in an apostrophe or a hyphen has any to take off.
        const form =
          last === 0x27 || last === 0x2019 || last === 0x2d ? word.replace(TRAILING, '') : word;
        let id = formStems.get(form);
        if (id === undefined) {
          id = stemNumberOf(form);
          formStems.set(form, id);
        }
        if (id < 0) continue;
        if (id >= tf.length) {
          const grown = new Float64Array(Math.max(tf.length * 2, id + 1));
          grown.set(tf);
          tf = grown;
        }
        if (tf[id] === 0) {
          seen.push(id);
          firstForm[id] = form;
        }
        tf[id] = (tf[id] ?? 0) + times;
      }
    };
    add(source.title, 2);
    add(source.abstract ?? '', 1);
    const stems = Int32Array.from(seen);
    const counts = Float64Array.from(seen, (id) => tf[id] ?? 0);
    const forms = seen.map((id) => firstForm[id] ?? '');
    for (const id of seen) tf[id] = 0;
    return { stems, counts, forms };
  });
  const df = new Int32Array(stemText.length);
  let total = 0;
  for (const { stems, counts } of counted) {
    for (let i = 0; i < stems.length; i++) {
      const id = stems[i] ?? 0;
      df[id] = (df[id] ?? 0) + 1;
      total += counts[i] ?? 0;
    }
  }
  const n = sources.length;
  const avg = total / Math.max(1, n);
  return counted.map(({ stems, counts, forms }) => {
    let length = 0;
    for (const c of counts) length += c;
    const weights = new Float64Array(stems.length);
    for (let i = 0; i < stems.length; i++) {
      const d = df[stems[i] ?? 0] ?? 1;
      const count = counts[i] ?? 0;
      const idf = Math.log(1 + (n - d + 0.5) / (d + 0.5));
      weights[i] = (idf * count * (K1 + 1)) / (count + K1 * (1 - B + (B * length) / avg));
    }
    // The heaviest first; of equal weights, the first seen first.
    const order = Array.from(stems, (_, k) => k).sort(
      (a, b) => (weights[b] ?? 0) - (weights[a] ?? 0) || a - b,
    );
    const terms = new Map<string, number>();
    const written = new Map<string, string>();
    for (const k of order.slice(0, size)) {
      const stem = stemText[stems[k] ?? 0] ?? '';
      terms.set(stem, weights[k] ?? 0);
      written.set(stem, forms[k] ?? stem);
    }
    let norm = 0;
    for (const w of terms.values()) norm += w * w;
    return { terms, norm: Math.sqrt(norm) || 1, forms: written };
  });
}

/** Postings: for each feature, the records that have it, with its weight there. */
type Index = Map<string, { doc: number; weight: number }[]>;

function post(index: Index, feature: string, doc: number, weight: number) {
  const list = index.get(feature);
  if (list) list.push({ doc, weight });
  else index.set(feature, [{ doc, weight }]);
}

/** The postings of the features in at most `common` records, in arrays (the candidates' loop). */
type Packed = Map<string, { docs: Int32Array; weights: Float64Array }>;

function packed(index: Index, common: number): Packed {
  const packed: Packed = new Map();
  for (const [feature, list] of index) {
    if (list.length > common) continue;
    packed.set(feature, {
      docs: Int32Array.from(list, (p) => p.doc),
      weights: Float64Array.from(list, (p) => p.weight),
    });
  }
  return packed;
}

/**
 * Sparse vectors as rows of flat arrays (record `r`'s features are `ids[start[r]]` up to
 * `ids[start[r + 1]]`, in the vector's order, with their weights), their features numbered in
 * one space, and each row's norm: a candidate's score reads a few contiguous numbers, not objects.
 */
interface Rows {
  ids: Int32Array;
  weights: Float64Array;
  start: Int32Array;
  norms: Float64Array;
  features: number;
}

function rows(vectors: readonly { vector: ReadonlyMap<string, number>; norm: number }[]): Rows {
  const numbers = new Map<string, number>();
  let size = 0;
  for (const { vector } of vectors) size += vector.size;
  const ids = new Int32Array(size);
  const weights = new Float64Array(size);
  const start = new Int32Array(vectors.length + 1);
  const norms = new Float64Array(vectors.length);
  let at = 0;
  vectors.forEach(({ vector, norm }, r) => {
    start[r] = at;
    norms[r] = norm;
    for (const [feature, weight] of vector) {
      let id = numbers.get(feature);
      if (id === undefined) {
        id = numbers.size;
        numbers.set(feature, id);
      }
      ids[at] = id;
      weights[at++] = weight;
    }
  });
  start[vectors.length] = at;
  return { ids, weights, start, norms, features: numbers.size };
}

/**
 * Dot products of one row with many: the query's row is spread into a dense array once (`use`),
 * and each other row is read against it, so a candidate costs one pass over its own features.
 */
class Dot {
  private readonly dense: Float64Array;
  private mine = -1;

  constructor(private readonly rows: Rows) {
    this.dense = new Float64Array(rows.features);
  }

  /** Makes row `r` the one the next products are taken with. */
  use(r: number) {
    const { ids, weights, start } = this.rows;
    if (this.mine >= 0) {
      for (let i = start[this.mine] ?? 0; i < (start[this.mine + 1] ?? 0); i++) {
        this.dense[ids[i] ?? 0] = 0;
      }
    }
    for (let i = start[r] ?? 0; i < (start[r + 1] ?? 0); i++) {
      this.dense[ids[i] ?? 0] = weights[i] ?? 0;
    }
    this.mine = r;
  }

  /** The cosine of row `r` with the row in use. */
  cosine(r: number): number {
    const { ids, weights, start, norms } = this.rows;
    let sum = 0;
    for (let i = start[r] ?? 0; i < (start[r + 1] ?? 0); i++) {
      sum += (weights[i] ?? 0) * (this.dense[ids[i] ?? 0] ?? 0);
    }
    return sum / ((norms[this.mine] ?? 1) * (norms[r] ?? 1));
  }
}

/** The k-th largest of `values` (1 ≤ k ≤ length), reordering them (Hoare's selection). */
function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1] ?? 0;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] ?? 0) > pivot) i++;
      while ((values[j] ?? 0) < pivot) j--;
      if (i <= j) {
        const t = values[i] ?? 0;
        values[i++] = values[j] ?? 0;
        values[j--] = t;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target] ?? 0;
}

/**
 * The rough scores of one record's candidates, summed in arrays reused from record to record (a
 * Map per record was most of the portal's build time at 10,000 records).
 */
class Accumulator {
  private readonly score: Float64Array;
  private readonly seen: Uint8Array;
  private readonly touched: Int32Array;
  /** The touched candidates' scores, for the selection (reused, not made per record). */
  private readonly scratch: Float64Array;
  private count = 0;

  constructor(size: number) {
    this.score = new Float64Array(size);
    this.seen = new Uint8Array(size);
    this.touched = new Int32Array(size);
    this.scratch = new Float64Array(size);
  }

  add(doc: number, weight: number) {
    if (this.seen[doc] === 0) {
      this.seen[doc] = 1;
      this.touched[this.count++] = doc;
    }
    this.score[doc] = (this.score[doc] ?? 0) + weight;
  }

  /**
   * The `k` best candidates, best first; of equal scores, the first proposed first (as a stable
   * sort of them all in the order they were proposed). Leaves the accumulator empty.
   */
  best(k: number): number[] {
    const { score, touched, count } = this;
    const chosen: number[] = [];
    if (count > k) {
      // The k-th best score, then every candidate above it and as many at it as fit, in order.
      for (let i = 0; i < count; i++) this.scratch[i] = score[touched[i] ?? 0] ?? 0;
      const kth = kthLargest(this.scratch.subarray(0, count), k);
      let atKth = k;
      for (let i = 0; i < count; i++) if ((score[touched[i] ?? 0] ?? 0) > kth) atKth--;
      for (let i = 0; i < count; i++) {
        const doc = touched[i] ?? 0;
        const value = score[doc] ?? 0;
        if (value > kth || (value === kth && atKth-- > 0)) chosen.push(doc);
      }
    } else {
      for (let i = 0; i < count; i++) chosen.push(touched[i] ?? 0);
    }
    chosen.sort((a, b) => (score[b] ?? 0) - (score[a] ?? 0));
    for (let i = 0; i < count; i++) {
      const doc = touched[i] ?? 0;
      score[doc] = 0;
      this.seen[doc] = 0;
    }
    this.count = 0;
    return chosen;
  }
}

/** One of `of` parts of the records, by their place in the list: those at `index`, `index + of`… */
export interface RelatedPart {
  index: number;
  of: number;
}

/**
 * The related records of every record, by id; with `part`, of that part of the records only (the
 * others still count), so that threads can share the work: the parts' lists are those of the
 * whole.
 */
export function relatedRecords(
  sources: readonly RelatedSource[],
  options: RelatedOptions = {},
  part: RelatedPart = { index: 0, of: 1 },
): Map<string, RelatedRecord[]> {
  const { limit, topicWeight, authorWeight, signature } = { ...RELATED_DEFAULTS, ...options };
  const n = sources.length;
  const sigs = signatures(sources, signature);
  // A feature in more records than this finds no candidates (it still counts in the score).
  const common = Math.max(50, Math.min(1000, Math.ceil(n / 20)));

  const termIndex: Index = new Map();
  const topicIndex: Index = new Map();
  const authorIndex: Index = new Map();
  // Each record's authors as numbers, each once: shared authors are counted by marking a record's
  // own and reading the other's (a Set of names per pair was a tenth of the work).
  const authorNumbers = new Map<string, number>();
  const authorsOf = sources.map((source) =>
    Int32Array.from(new Set(source.authors), (author) => {
      let id = authorNumbers.get(author);
      if (id === undefined) {
        id = authorNumbers.size;
        authorNumbers.set(author, id);
      }
      return id;
    }),
  );
  const marked = new Int32Array(authorNumbers.size).fill(-1);
  const topicDf = new Map<string, number>();
  sources.forEach((source, doc) => {
    for (const [stem, weight] of sigs[doc]?.terms ?? []) post(termIndex, stem, doc, weight);
    for (const topic of source.topics) post(topicIndex, topic.key, doc, topic.weight);
    for (const author of new Set(source.authors)) post(authorIndex, author, doc, 1);
  });
  for (const [key, list] of topicIndex) topicDf.set(key, list.length);
  const idf = (key: string) => Math.log(1 + n / (topicDf.get(key) ?? 1));
  const topicVectors = sources.map((source) => {
    const vector = new Map<string, number>();
    for (const topic of source.topics) {
      vector.set(topic.key, Math.max(vector.get(topic.key) ?? 0, topic.weight * idf(topic.key)));
    }
    let norm = 0;
    for (const w of vector.values()) norm += w * w;
    return { vector, norm: Math.sqrt(norm) || 1 };
  });

  const result = new Map<string, RelatedRecord[]>();
  const rough = new Accumulator(n);
  const terms = packed(termIndex, common);
  const topicPostings = packed(topicIndex, common);
  const authors = packed(authorIndex, common);
  const termDot = new Dot(rows(sigs.map((sig) => ({ vector: sig.terms, norm: sig.norm }))));
  const topicDot = new Dot(rows(topicVectors));
  sources.forEach((source, q) => {
    const sig = sigs[q];
    const topics = topicVectors[q];
    if (!sig || !topics || q % part.of !== part.index) return;
    // Candidates, with a rough score from the features that proposed them.
    const propose = (index: Packed, feature: string, weight: number) => {
      const postings = index.get(feature);
      if (!postings) return;
      const { docs, weights } = postings;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i] ?? q;
        if (doc !== q) rough.add(doc, weight * (weights[i] ?? 0));
      }
    };
    for (const [stem, w] of sig.terms) propose(terms, stem, w / sig.norm);
    for (const [key, w] of topics.vector) propose(topicPostings, key, (w / topics.norm) * idf(key));
    for (const author of new Set(source.authors)) propose(authors, author, 1);
    const candidates = rough.best(CANDIDATES);

    // Every candidate's score; the reasons only for those shown.
    const mine = authorsOf[q] ?? NO_AUTHORS;
    for (let i = 0; i < mine.length; i++) marked[mine[i] ?? 0] = q;
    termDot.use(q);
    topicDot.use(q);
    const scored: { doc: number; score: number; sharedAuthors: number }[] = [];
    for (const doc of candidates) {
      const text = termDot.cosine(doc);
      const topic = topicDot.cosine(doc);
      let sharedAuthors = 0;
      const theirs = authorsOf[doc] ?? NO_AUTHORS;
      for (let i = 0; i < theirs.length; i++) if (marked[theirs[i] ?? 0] === q) sharedAuthors++;
      const score = text + topicWeight * topic + authorWeight * Math.min(2, sharedAuthors);
      if (score > 0) scored.push({ doc, score, sharedAuthors });
    }
    const idOf = (doc: number) => sources[doc]?.id ?? '';
    scored.sort((a, b) => b.score - a.score || idOf(a.doc).localeCompare(idOf(b.doc)));
    const byWeight = (list: [string, number][]) =>
      list.sort((a, b) => b[1] - a[1]).map(([label]) => label);
    const shown = scored
      .slice(0, limit)
      .flatMap(({ doc, score, sharedAuthors }): RelatedRecord[] => {
        const other = sources[doc];
        const otherSig = sigs[doc];
        const otherTopics = topicVectors[doc];
        if (!other || !otherSig || !otherTopics) return [];
        const sharedWords: [string, number][] = [];
        for (const [stem, w] of sig.terms) {
          const v = otherSig.terms.get(stem);
          if (v !== undefined) sharedWords.push([sig.forms.get(stem) ?? stem, w * v]);
        }
        const sharedTopics: [string, number][] = [];
        for (const [key, w] of topics.vector) {
          const v = otherTopics.vector.get(key);
          if (v !== undefined) {
            const label = source.topics.find((t) => t.key === key)?.label ?? key;
            sharedTopics.push([label, w * v]);
          }
        }
        return [
          {
            id: other.id,
            score,
            topics: byWeight(sharedTopics).slice(0, 3),
            sameFirstAuthor:
              source.authors[0] !== undefined && source.authors[0] === other.authors[0],
            sharedAuthors,
            words: sharedTopics.length === 0 ? byWeight(sharedWords).slice(0, 3) : [],
          },
        ];
      });
    result.set(source.id, shown);
  });
  return result;
}

/** "shares Multiple myeloma, Stroma; same first author", in words a reader can check. */
export function reasonText(related: RelatedRecord): string {
  const parts: string[] = [];
  if (related.topics.length > 0) parts.push(`shares ${related.topics.join(', ')}`);
  else if (related.words.length > 0)
    parts.push(`uses the same words (${related.words.join(', ')})`);
  if (related.sameFirstAuthor) parts.push('same first author');
  else if (related.sharedAuthors === 1) parts.push('shares an author');
  else if (related.sharedAuthors > 1) parts.push(`shares ${related.sharedAuthors} authors`);
  return parts.join('; ');
}
