import { describe, expect, expectTypeOf, it } from 'vitest';
import { parseRecord } from '../../src/record/read';
import {
  orcidChecksumOk,
  parseRecordIndex,
  SchemaError,
  type Organisation,
  type Person,
  type RecordFile,
  type ResearchRecord,
} from '../../src/record/schema';
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
    expect(value.fingerprint).toEqual([]);
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
      orcid: undefined,
      affiliations: [],
    });
    expect(value.authors[2]).toEqual({
      kind: 'organisation',
      literal: 'International Myeloma Working Group',
      orcid: undefined,
      affiliations: [],
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

  const refused: [string, unknown, string][] = [
    ['not an object', 'a string', '(the whole file): expected a record object, got "a string"'],
    ['an array', [], '(the whole file): expected an object, got a list'],
    ['no title', { id: 'x', authors: [] }, 'title: missing'],
    ['blank title', { id: 'x', title: ' ', authors: [] }, 'title: expected a title'],
    ['a numeric title', { id: 'x', title: 42 }, 'title: expected a string, got 42'],
    ['no id', { title: 't' }, 'id: missing'],
    [
      'a bad id',
      { id: 'Bad/Id', title: 't', authors: [] },
      'id: expected lower-case letters, digits and hyphens',
    ],
  ];
  it.each(refused)('refuses %s, naming the field', (_name, input, message) => {
    expect(problemsOf(input)).toContain(message);
  });

  /** [case, the record's fields, what the reader is told, what is kept] */
  const dropped: [string, object, string[], Partial<ResearchRecord>][] = [
    ['no authors', { authors: undefined }, [], { authors: [] }],
    [
      'a numeric family name',
      { authors: [{ family: 'A' }, { given: 'B', family: 42 }] },
      ['Author 2 could not be read, so it is not shown.'],
      { authors: [expect.objectContaining({ family: 'A' })] },
    ],
    [
      'an author without a name',
      { authors: [{ given: 'Only' }] },
      ['Author 1 could not be read, so it is not shown.'],
      { authors: [] },
    ],
    [
      'an impossible date',
      { published: '2005-02-30' },
      [
        'The publication date (“2005-02-30”) is not a calendar date, so only its year, 2005, is shown.',
      ],
      { published: '2005' },
    ],
    [
      'a timestamp for a date',
      { published: '2005-05-01T00:00:00Z' },
      [
        'The publication date (“2005-05-01T00:00:00Z”) is not a calendar date, so only its year, 2005, is shown.',
      ],
      { published: '2005' },
    ],
    [
      'a date with no year',
      { published: 'spring' },
      ['The publication date could not be read, so it is not shown.'],
      { published: undefined },
    ],
    [
      'a bad DOI',
      { doi: 'not a doi' },
      ['The DOI could not be read, so it is not shown.'],
      { doi: undefined },
    ],
    [
      'a numeric DOI',
      { doi: 10.1 },
      ['The DOI could not be read, so it is not shown.'],
      { doi: undefined },
    ],
    [
      'negative citations',
      { citations: { scopus: -1 } },
      ['The Scopus citation count could not be read, so it is not shown.'],
      { citations: {} },
    ],
    [
      'fractional pages',
      { numberOfPages: 2.5 },
      ['The number of pages could not be read, so it is not shown.'],
      { numberOfPages: undefined },
    ],
    [
      'a keyword object and a numeric keyword',
      { keywords: ['ok', { k: 1 }, 42, 'also ok'] },
      ['Keywords 2 and 3 could not be read, so they are not shown.'],
      { keywords: ['ok', 'also ok'] },
    ],
    [
      'keywords that are not a list',
      { keywords: 'a, b' },
      ['The keywords could not be read, so they are not shown.'],
      { keywords: [] },
    ],
    [
      'a weight above 100',
      {
        fingerprint: [
          { concept: 'A', weight: 120 },
          { concept: 'B', weight: 50 },
        ],
      },
      ['Fingerprint concept 1 could not be read, so it is not shown.'],
      { fingerprint: [expect.objectContaining({ concept: 'B' })] },
    ],
    [
      'a journal string',
      { journal: 'Nature' },
      ['The journal could not be read, so it is not shown.'],
      { journal: undefined },
    ],
    [
      'a bad volume in a good journal',
      { journal: { title: 'Kept', volume: { n: 1 } } },
      ['The volume could not be read, so it is not shown.'],
      { journal: { title: 'Kept' } },
    ],
    [
      'an ORCID whose check digit is wrong, and one given as a link',
      {
        authors: [
          { family: 'A', orcid: '0000-0002-1825-0098' },
          { family: 'B', orcid: 'https://orcid.org/0000-0002-1825-0097' },
        ],
      },
      ['The ORCID iD of author 1 could not be read, so it is not shown.'],
      {
        authors: [
          expect.objectContaining({ family: 'A', orcid: undefined }),
          expect.objectContaining({ family: 'B', orcid: '0000-0002-1825-0097' }),
        ],
      },
    ],
    [
      'a numeric affiliation beside a good one',
      { authors: [{ family: 'A', affiliations: ['Mayo Clinic', 3] }] },
      ['Affiliation 2 of author 1 could not be read, so it is not shown.'],
      { authors: [expect.objectContaining({ family: 'A', affiliations: ['Mayo Clinic'] })] },
    ],
  ];
  it.each(dropped)('shows the rest of a record with %s', (_name, fields, messages, kept) => {
    const { value } = parseRecord({ ...minimalRecord, ...fields });
    expect(value.title).toBe(minimalRecord.title);
    expect(value.dropped.map((d) => d.message)).toEqual(messages);
    // Operators get the validator's words, each with the field's place in the file.
    for (const field of value.dropped) {
      expect(field.details.length).toBeGreaterThan(0);
      for (const detail of field.details) expect(detail.startsWith(field.path)).toBe(true);
    }
    for (const [key, field] of Object.entries(kept)) {
      expect(value[key as keyof ResearchRecord]).toEqual(field);
    }
  });
});

describe('the record index schema', () => {
  it('accepts the shipped index', async () => {
    const index = (await import('../../public/records/index.json')).default;
    expect(parseRecordIndex(index).value.records.map((r) => r.id)).toEqual([seed.id]);
  });
});

describe('ORCID iDs', () => {
  it.each<[string, boolean]>([
    ['0000-0002-1825-0097', true],
    ['0000-0001-5109-3700', true],
    ['0000-0002-1694-233X', true],
    ['0000-0002-1825-0098', false],
    ['0000-0002-1694-2330', false],
  ])('%s has a %s check digit', (orcid, ok) => {
    expect(orcidChecksumOk(orcid)).toBe(ok);
  });
});

describe('the types made from the field table', () => {
  it('are what the record reads into and what a file may write', () => {
    expectTypeOf<ResearchRecord['title']>().toEqualTypeOf<string>();
    expectTypeOf<ResearchRecord['abstract']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ResearchRecord['keywords']>().toEqualTypeOf<string[]>();
    expectTypeOf<ResearchRecord['authors'][number]>().toEqualTypeOf<Person | Organisation>();
    expectTypeOf<NonNullable<ResearchRecord['journal']>['volume']>().toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf<NonNullable<ResearchRecord['citations']>['scopus']>().toEqualTypeOf<
      number | undefined
    >();
    expectTypeOf<ResearchRecord['fingerprint'][number]['weight']>().toEqualTypeOf<number>();
    expectTypeOf<RecordFile['id']>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<RecordFile['journal']>['issue']>().toEqualTypeOf<
      string | number | null | undefined
    >();
    expectTypeOf<NonNullable<RecordFile['keywords']>>().toEqualTypeOf<(string | null)[]>();
  });
});
