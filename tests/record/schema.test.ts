import { describe, expect, it } from 'vitest';
import { parseRecord, parseRecordIndex, SchemaError } from '../../src/record/schema';
import { minimalRecord, recordWithDoi, seed } from '../fixtures/records';

function problemsOf(input: unknown): string[] {
  try {
    parseRecord(input);
  } catch (error) {
    if (error instanceof SchemaError) return error.problems;
    throw error;
  }
  throw new Error('expected the record to be refused');
}

describe('the record schema', () => {
  it('accepts the seed record with only what the seed states', () => {
    const { value, warnings } = parseRecord(seed);
    expect(warnings).toEqual([]);
    expect(value.title).toBe('Drug insight: Thalidomide as a treatment for multiple myeloma');
    expect(value.authors).toEqual([
      expect.objectContaining({ kind: 'person', given: 'Shaji', family: 'Kumar' }),
      expect.objectContaining({ kind: 'person', given: 'Kenneth C.', family: 'Anderson' }),
    ]);
    expect(value.journal).toEqual({
      title: 'Nature Clinical Practice Oncology',
      issue: '5',
      volume: undefined,
      issn: undefined,
    });
    expect(value.doi).toBeUndefined();
    expect(value.published).toBe('2005-05-01');
    expect(value.citations?.scopus).toBe(35);
    expect(value.keywords).toHaveLength(5);
    expect(value.fingerprint).toBeUndefined();
  });

  it('normalises what others may write: numbers as labels, DOI resolver prefixes, duplicate keywords', () => {
    const { value } = parseRecord(recordWithDoi);
    expect(value.journal?.issue).toBe('3');
    expect(value.doi).toBe('10.1000/xyz123');
    expect(value.keywords).toEqual(['Testing', 'Fixtures']);
    expect(value.pages).toEqual({ first: 'e0346830', last: undefined });
    expect(value.authors[1]).toEqual({
      kind: 'person',
      given: 'Jan',
      family: 'Berg',
      nonDroppingParticle: 'van der',
      droppingParticle: undefined,
      suffix: 'Jr.',
    });
    expect(value.authors[2]).toEqual({
      kind: 'organisation',
      literal: 'International Myeloma Working Group',
    });
  });

  it('treats absent, null and empty optional fields alike', () => {
    const absent = parseRecord(minimalRecord).value;
    const nulls = parseRecord({
      ...minimalRecord,
      type: null,
      journal: null,
      doi: '',
      abstract: '  ',
      keywords: null,
      language: '',
    }).value;
    for (const record of [absent, nulls]) {
      expect(record.type).toBeUndefined();
      expect(record.journal).toBeUndefined();
      expect(record.doi).toBeUndefined();
      expect(record.abstract).toBeUndefined();
      expect(record.language).toBeUndefined();
      expect(record.keywords).toEqual([]);
    }
  });

  it('drops null and blank list items with a warning and keeps the rest', () => {
    const { value, warnings } = parseRecord({
      ...minimalRecord,
      authors: [null, { family: 'Kept' }],
      keywords: ['', 'kept', null],
    });
    expect(value.authors).toHaveLength(1);
    expect(value.keywords).toEqual(['kept']);
    expect(warnings).toEqual([
      'authors[0]: empty item dropped',
      'keywords[0]: empty item dropped',
      'keywords[2]: empty item dropped',
    ]);
  });

  const bad: [string, unknown, string][] = [
    ['not an object', 'a string', '(the whole file): expected a record object, got "a string"'],
    ['an array', [], '(the whole file): expected an object, got a list'],
    ['no title', { id: 'x', authors: [] }, 'title: missing'],
    ['blank title', { id: 'x', title: ' ', authors: [] }, 'title: expected a title'],
    ['no authors', { id: 'x', title: 't' }, 'authors: missing'],
    [
      'a bad id',
      { id: 'Bad/Id', title: 't', authors: [] },
      'id: expected lower-case letters, digits and hyphens',
    ],
    [
      'a numeric family name',
      { ...minimalRecord, authors: [{ family: 'A' }, { given: 'B', family: 42 }] },
      'authors[1].family: expected a string, got 42',
    ],
    [
      'an author without a name',
      { ...minimalRecord, authors: [{ given: 'Only' }] },
      'authors[0]: an author needs "family" (a person) or "literal" (an organisation)',
    ],
    [
      'an impossible date',
      { ...minimalRecord, published: '2005-02-30' },
      'published: "2005-02-30" is not a calendar date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
    ],
    [
      'a timestamp for a date',
      { ...minimalRecord, published: '2005-05-01T00:00:00Z' },
      'published: "2005-05-01T00:00:00Z" is not a calendar date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
    ],
    [
      'a bad DOI',
      { ...minimalRecord, doi: 'not a doi' },
      'doi: expected a bare DOI such as "10.1000/xyz123"',
    ],
    [
      'negative citations',
      { ...minimalRecord, citations: { scopus: -1 } },
      'citations.scopus: expected a number of at least 0',
    ],
    [
      'fractional pages',
      { ...minimalRecord, numberOfPages: 2.5 },
      'numberOfPages: expected a whole number',
    ],
    [
      'a keyword object',
      { ...minimalRecord, keywords: ['ok', { k: 1 }] },
      'keywords[1]: expected a string, got Object',
    ],
    [
      'a weight above 100',
      { ...minimalRecord, fingerprint: [{ concept: 'A', weight: 120 }] },
      'fingerprint[0].weight: expected a weight of at most 100',
    ],
    [
      'a journal string',
      { ...minimalRecord, journal: 'Nature' },
      'journal: expected a journal object, got "Nature"',
    ],
  ];
  it.each(bad)('refuses %s, naming the field', (_name, input, message) => {
    expect(problemsOf(input)).toContain(message);
  });
});

describe('the record index schema', () => {
  it('accepts the shipped index', async () => {
    const index = (await import('../../public/records/index.json')).default;
    expect(parseRecordIndex(index).value.records.map((r) => r.id)).toEqual([seed.id]);
  });
});
