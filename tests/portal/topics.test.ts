import { describe, expect, it } from 'vitest';
import { gatherTopics, relatedTopics } from '../../src/portal/topics';

const records = [
  {
    id: 'a',
    keywords: ['Multiple myeloma', 'Stroma'],
    subjectAreas: ['Oncology'],
    concepts: ['Thalidomide'],
  },
  {
    id: 'b',
    keywords: ['multiple myeloma'],
    subjectAreas: ['Oncology'],
    concepts: ['Multiple Myeloma', 'Bone marrow', 'Marrow stroma'],
  },
  { id: 'c', keywords: ['Tumour'], subjectAreas: ['Oncology'], concepts: ['Marrow stroma'] },
];

describe('the portal’s topics', () => {
  const topics = gatherTopics(records);

  it('are every keyword and subject area and each concept two records share, one whatever its case', () => {
    expect([...topics.byId.keys()].sort()).toEqual([
      'marrow-stroma',
      'multiple-myeloma',
      'oncology',
      'stroma',
      'tumour',
    ]);
    expect(topics.idOf.has('thalidomide')).toBe(false);
    expect(topics.idOf.has('bone marrow')).toBe(false);
    expect(topics.byId.get('multiple-myeloma')).toMatchObject({
      label: 'Multiple myeloma',
      kinds: { keyword: 2, subject: 0, concept: 1 },
      records: ['a', 'b'],
    });
    expect(topics.idOf.get('multiple myeloma')).toBe('multiple-myeloma');
  });

  it('are related by the share of their records they have in common', () => {
    const topicsOf = new Map(
      records.map((r) => [
        r.id,
        [...r.keywords, ...r.subjectAreas, ...r.concepts].flatMap((label) => {
          const id = topics.idOf.get(label.toLowerCase());
          return id ? [id] : [];
        }),
      ]),
    );
    const myeloma = topics.byId.get('multiple-myeloma');
    if (!myeloma) throw new Error('no topic');
    const related = relatedTopics(myeloma, topics, topicsOf);
    expect(related.map((r) => r.id)).toEqual(['oncology', 'stroma', 'marrow-stroma']);
    expect(related.find((r) => r.id === 'oncology')?.shared).toBe(2);
  });
});
