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

interface Signature {
  /** stem → BM25 weight, the heaviest `signature` of them; and its norm. */
  terms: Map<string, number>;
  norm: number;
  /** A written form of each stem, for reasons. */
  forms: Map<string, string>;
}

function words(text: string): { stem: string; form: string }[] {
  const out: { stem: string; form: string }[] = [];
  for (const match of text.matchAll(/\p{L}[\p{L}\p{M}'’-]*/gu)) {
    const form = match[0].replace(/['’-]+$/, '');
    const folded = fold(form);
    if (folded.length < 3 || STOP.has(folded) || !/^[a-z-]+$/.test(folded)) continue;
    out.push({ stem: porter(americanSpelling(folded.replace(/-/g, ''))), form });
  }
  return out;
}

/** Each record's word counts (the title counts twice: it says what the record is about). */
function termCounts(source: RelatedSource) {
  const counts = new Map<string, number>();
  const forms = new Map<string, string>();
  const add = (text: string, times: number) => {
    for (const { stem, form } of words(text)) {
      counts.set(stem, (counts.get(stem) ?? 0) + times);
      if (!forms.has(stem)) forms.set(stem, form);
    }
  };
  add(source.title, 2);
  add(source.abstract ?? '', 1);
  return { counts, forms };
}

function signatures(sources: readonly RelatedSource[], size: number): Signature[] {
  const counted = sources.map(termCounts);
  const df = new Map<string, number>();
  let total = 0;
  for (const { counts } of counted) {
    for (const stem of counts.keys()) df.set(stem, (df.get(stem) ?? 0) + 1);
    for (const n of counts.values()) total += n;
  }
  const n = sources.length;
  const avg = total / Math.max(1, n);
  return counted.map(({ counts, forms }) => {
    let length = 0;
    for (const c of counts.values()) length += c;
    const weighted = [...counts].map(([stem, tf]): [string, number] => {
      const d = df.get(stem) ?? 1;
      const idf = Math.log(1 + (n - d + 0.5) / (d + 0.5));
      return [stem, (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / avg))];
    });
    weighted.sort((a, b) => b[1] - a[1]);
    const terms = new Map(weighted.slice(0, size));
    let norm = 0;
    for (const w of terms.values()) norm += w * w;
    return { terms, norm: Math.sqrt(norm) || 1, forms };
  });
}

/** Postings: for each feature, the records that have it, with its weight there. */
type Index = Map<string, { doc: number; weight: number }[]>;

function post(index: Index, feature: string, doc: number, weight: number) {
  const list = index.get(feature);
  if (list) list.push({ doc, weight });
  else index.set(feature, [{ doc, weight }]);
}

/** The related records of every record, by id. */
export function relatedRecords(
  sources: readonly RelatedSource[],
  options: RelatedOptions = {},
): Map<string, RelatedRecord[]> {
  const { limit, topicWeight, authorWeight, signature } = { ...RELATED_DEFAULTS, ...options };
  const n = sources.length;
  const sigs = signatures(sources, signature);
  // A feature in more records than this finds no candidates (it still counts in the score).
  const common = Math.max(50, Math.min(1000, Math.ceil(n / 20)));

  const termIndex: Index = new Map();
  const topicIndex: Index = new Map();
  const authorIndex: Index = new Map();
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
  sources.forEach((source, q) => {
    const sig = sigs[q];
    const topics = topicVectors[q];
    if (!sig || !topics) return;
    // Candidates, with a rough score from the features that proposed them.
    const rough = new Map<number, number>();
    const propose = (index: Index, feature: string, weight: number) => {
      const list = index.get(feature);
      if (!list || list.length > common) return;
      for (const { doc, weight: w } of list) {
        if (doc !== q) rough.set(doc, (rough.get(doc) ?? 0) + weight * w);
      }
    };
    for (const [stem, w] of sig.terms) propose(termIndex, stem, w / sig.norm);
    for (const [key, w] of topics.vector) propose(topicIndex, key, (w / topics.norm) * idf(key));
    for (const author of new Set(source.authors)) propose(authorIndex, author, 1);
    const candidates = [...rough]
      .sort((a, b) => b[1] - a[1])
      .slice(0, CANDIDATES)
      .map(([doc]) => doc);

    const scored = candidates.flatMap((doc): RelatedRecord[] => {
      const other = sources[doc];
      const otherSig = sigs[doc];
      const otherTopics = topicVectors[doc];
      if (!other || !otherSig || !otherTopics) return [];
      let text = 0;
      const sharedWords: [string, number][] = [];
      for (const [stem, w] of sig.terms) {
        const v = otherSig.terms.get(stem);
        if (v !== undefined) {
          text += w * v;
          sharedWords.push([sig.forms.get(stem) ?? stem, w * v]);
        }
      }
      text /= sig.norm * otherSig.norm;
      let topic = 0;
      const sharedTopics: [string, number][] = [];
      for (const [key, w] of topics.vector) {
        const v = otherTopics.vector.get(key);
        if (v !== undefined) {
          topic += w * v;
          const label = source.topics.find((t) => t.key === key)?.label ?? key;
          sharedTopics.push([label, w * v]);
        }
      }
      topic /= topics.norm * otherTopics.norm;
      const mine = new Set(source.authors);
      const sharedAuthors = new Set(other.authors.filter((a) => mine.has(a))).size;
      const sameFirstAuthor =
        source.authors[0] !== undefined && source.authors[0] === other.authors[0];
      const score = text + topicWeight * topic + authorWeight * Math.min(2, sharedAuthors);
      if (score <= 0) return [];
      const byWeight = (list: [string, number][]) =>
        list.sort((a, b) => b[1] - a[1]).map(([label]) => label);
      return [
        {
          id: other.id,
          score,
          topics: byWeight(sharedTopics).slice(0, 3),
          sameFirstAuthor,
          sharedAuthors,
          words: sharedTopics.length === 0 ? byWeight(sharedWords).slice(0, 3) : [],
        },
      ];
    });
    scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    result.set(source.id, scored.slice(0, limit));
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
