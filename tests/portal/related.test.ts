import { describe, expect, it } from 'vitest';
import { reasonText, relatedRecords, type RelatedSource } from '../../src/portal/related';
import { evaluateRanker, gain, lectern, bm25, ndcg, relatedSet } from './eval/evaluate';

const topic = (label: string, weight = 1) => ({ key: label.toLowerCase(), label, weight });
const sources: RelatedSource[] = [
  {
    id: 'seed',
    title: 'Thalidomide as a treatment for multiple myeloma',
    abstract: 'Multiple myeloma cells interact with bone marrow stromal cells.',
    authors: ['kumar', 'anderson'],
    topics: [topic('Multiple myeloma'), topic('Stroma'), topic('Thalidomide')],
  },
  {
    id: 'sibling',
    title: 'Stromal cells in multiple myeloma',
    abstract: 'Bone marrow stromal cells support myeloma cells.',
    authors: ['kumar'],
    topics: [topic('Multiple myeloma'), topic('Stroma')],
  },
  {
    id: 'words',
    title: 'Marrow and stromal cells',
    abstract: 'Bone marrow stromal cells in healthy donors.',
    authors: ['someone'],
    topics: [],
  },
  {
    id: 'unrelated',
    title: 'Crop yields in dry summers',
    abstract: 'Wheat and barley under drought.',
    authors: ['farmer'],
    topics: [topic('Drought')],
  },
];

describe('related records', () => {
  const related = relatedRecords(sources);

  it('ranks the record that shares most first, never the record itself, nothing unrelated', () => {
    const ids = related.get('seed')?.map((r) => r.id);
    expect(ids?.[0]).toBe('sibling');
    expect(ids).not.toContain('seed');
    expect(ids).not.toContain('unrelated');
  });

  it('says why, in words', () => {
    const [first] = related.get('seed') ?? [];
    if (!first) throw new Error('nothing related');
    expect(reasonText(first)).toBe('shares Multiple myeloma, Stroma; same first author');
    const words = related.get('words')?.find((r) => r.id === 'seed');
    expect(words && reasonText(words)).toMatch(/^uses the same words \(/);
  });

  it.each([1, 2, 3, 5])('gives the same lists worked out in %i parts', (of) => {
    const many = [
      ...sources,
      ...Array.from(
        { length: 12 },
        (_, i) => ({ ...sources[i % 3], id: `copy-${i}` }) as RelatedSource,
      ),
    ];
    const joined = new Map(
      Array.from({ length: of }, (_, index) => [...relatedRecords(many, {}, { index, of })]).flat(),
    );
    expect(joined.size).toBe(many.length);
    for (const { id } of many) expect(joined.get(id)).toEqual(relatedRecords(many).get(id));
  });

  it('gives at most five', () => {
    const many = Array.from(
      { length: 12 },
      (_, i) => ({ ...sources[1], id: `copy-${i}` }) as RelatedSource,
    );
    expect(relatedRecords([...sources, ...many]).get('seed')).toHaveLength(5);
  });

  it('among more equal candidates than it scores, keeps the first proposed, then names them by id', () => {
    // 245 records alike but for one of five topics (49 records each, r244…r196 the first); a
    // query record with all five proposes each of them once, all equal, in the postings' order
    // (the sources' order). Only the first 200 proposed are scored: four topics' records and the
    // first four of the fifth's (r048…r045). All score the same, so the five shown are the
    // smallest ids among those 200.
    const text = { title: 'Stromal cells in myeloma', abstract: 'Marrow stromal cells.' };
    const groups = ['G0', 'G1', 'G2', 'G3', 'G4'];
    const alike: RelatedSource[] = [
      { id: 'query', ...text, authors: ['q'], topics: groups.map((g) => topic(g)) },
      ...Array.from({ length: 245 }, (_, k) => ({
        id: `r${String(244 - k).padStart(3, '0')}`,
        ...text,
        authors: [`author-${String(k)}`],
        topics: [topic(groups[Math.floor(k / 49)] ?? '')],
      })),
    ];
    const shown = relatedRecords(alike)
      .get('query')
      ?.map((r) => r.id);
    expect(shown).toEqual(['r045', 'r046', 'r047', 'r048', 'r049']);
  });
});

describe('the related-records evaluation', () => {
  it.each<[number[], number[], number | null]>([
    [[1, 1, 0], [1, 1, 0], 1],
    [[0, 1, 1], [1, 1, 0], 0.6934],
    [[0, 0, 0], [0, 0, 0], null],
  ])('scores %j against the ideal %j', (gains, ideal, expected) => {
    const score = ndcg(gains, ideal);
    if (expected === null) expect(score).toBeNull();
    else expect(score).toBeCloseTo(expected, 3);
  });

  it('grades relevance by the author keywords two records share', () => {
    const [a, b] = relatedSet();
    if (!a || !b) throw new Error('no documents');
    expect(gain(a, a)).toBe(a.keywordKeys.size);
    expect(gain(a, b)).toBe([...b.keywordKeys].filter((k) => a.keywordKeys.has(k)).length);
  });

  it('ranks ahead of BM25 alone (on the first 200 records, to keep the test short)', () => {
    const documents = relatedSet().slice(0, 200);
    expect(evaluateRanker(lectern(), documents)).toBeGreaterThan(evaluateRanker(bm25, documents));
  }, 60_000);
});
