import MiniSearch from 'minisearch';
import { deriveFingerprint } from '../../../src/fingerprint/derive';
import {
  relatedRecords,
  type RelatedOptions,
  type RelatedSource,
} from '../../../src/portal/related';
import { termKey } from '../../../src/text/match';
import { normalise } from '../../fingerprint/eval/score';
import { parseWos, type EvalDocument } from '../../fingerprint/eval/wos';
import exportText from './bmc-2018-2019.wos.txt?raw';

/**
 * Related records measured as information retrieval: every record is a query, every other record
 * a candidate, and a candidate is relevant as far as it shares its author keywords with the query
 * (graded: each keyword shared, up to case, punctuation and Porter stems, is one grade). The
 * keywords are withheld from every method, which sees only titles, abstracts and authors, as a
 * record with no keywords would give them. The score is nDCG@5: the five a record page shows.
 */
export const CUT = 5;

export interface RelatedDocument extends EvalDocument {
  id: string;
  keywordKeys: Set<string>;
}

export function relatedSet(): RelatedDocument[] {
  return parseWos(exportText).map((d, i) => ({
    ...d,
    id: `r${i}`,
    keywordKeys: new Set(d.keywords.map(normalise).filter(Boolean)),
  }));
}

/** How relevant `candidate` is to `query`: the author keywords they share. */
export function gain(query: RelatedDocument, candidate: RelatedDocument): number {
  let shared = 0;
  for (const key of candidate.keywordKeys) if (query.keywordKeys.has(key)) shared += 1;
  return shared;
}

/** Normalised discounted cumulative gain of a ranking at `cut`; null without any relevant one. */
export function ndcg(gains: readonly number[], ideal: readonly number[], cut = CUT): number | null {
  const dcg = (list: readonly number[]) =>
    list.slice(0, cut).reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
  const best = dcg([...ideal].sort((a, b) => b - a));
  return best === 0 ? null : dcg(gains) / best;
}

/** A method: for each record (by id), the others it ranks first, best first. */
export type Ranker = (documents: readonly RelatedDocument[]) => Map<string, string[]>;

/** The mean nDCG@5 of a ranker over every record that has a relevant other record. */
export function evaluateRanker(rank: Ranker, documents: readonly RelatedDocument[]): number {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const ranked = rank(documents);
  const scores: number[] = [];
  for (const query of documents) {
    const ideal = documents.filter((d) => d !== query).map((d) => gain(query, d));
    const gains = (ranked.get(query.id) ?? []).slice(0, CUT).map((id) => {
      const candidate = byId.get(id);
      return candidate ? gain(query, candidate) : 0;
    });
    const score = ndcg(gains, ideal);
    if (score !== null) scores.push(score);
  }
  return scores.reduce((a, b) => a + b, 0) / Math.max(1, scores.length);
}

/**
 * The baseline: BM25 (MiniSearch's BM25+) over title and abstract, the query a record's own text.
 * Each of its words is asked once, boosted by how often the text has it: the same scores as the
 * text asked whole (an OR query sums a term's score each time it comes), in a third of the time.
 */
export const bm25: Ranker = (documents) => {
  const index = new MiniSearch<{ id: string; text: string }>({ fields: ['text'], storeFields: [] });
  const text = (d: RelatedDocument) => [d.title, ...d.paragraphs].join(' ');
  index.addAll(documents.map((d) => ({ id: d.id, text: text(d) })));
  const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
  const processTerm = MiniSearch.getDefault('processTerm') as (term: string) => string;
  return new Map(
    documents.map((d) => {
      const counts = new Map<string, number>();
      for (const token of tokenize(text(d))) {
        const term = processTerm(token);
        if (term) counts.set(term, (counts.get(term) ?? 0) + 1);
      }
      const hits = index.search([...counts.keys()].join(' '), {
        combineWith: 'OR',
        boostTerm: (term) => counts.get(term) ?? 1,
      });
      return [
        d.id,
        hits
          .map((hit) => String(hit.id))
          .filter((id) => id !== d.id)
          .slice(0, CUT),
      ];
    }),
  );
};

/** A record as Lectern's related-records ranking sees it: keywords withheld. */
function source(d: RelatedDocument, concepts: boolean): RelatedSource {
  const fingerprint = concepts
    ? deriveFingerprint({
        title: d.title,
        abstract: d.paragraphs.join('\n\n'),
        paragraphs: d.paragraphs,
        keywords: [],
      })
    : [];
  return {
    id: d.id,
    title: d.title,
    abstract: d.paragraphs.join('\n\n'),
    // WoS writes authors as "Family, Initials": the same string is the same person here.
    authors: d.authors.map((a) => a.toLowerCase()),
    topics: fingerprint.map((c) => ({
      key: termKey(c.concept),
      label: c.concept,
      weight: c.weight / 100,
    })),
  };
}

/** Lectern's ranking, with its derived fingerprint as the records' topics (or without). */
export function lectern(options: RelatedOptions = {}, concepts = true): Ranker {
  return (documents) => {
    const related = relatedRecords(
      documents.map((d) => source(d, concepts)),
      options,
    );
    return new Map([...related].map(([id, list]) => [id, list.map((r) => r.id)]));
  };
}

export const rankers: Record<string, Ranker> = {
  'BM25 (title + abstract)': bm25,
  'Lectern: words only': lectern({ topicWeight: 0, authorWeight: 0 }, false),
  'Lectern: words and authors': lectern({ topicWeight: 0 }, false),
  'Lectern: words, authors and concepts': lectern(),
};
