import { describe, expect, it } from 'vitest';
import { indexedRecord, indexPageHtml, indexPageOf } from '../../src/search/indexPage';
import { americanText } from '../../src/text/spelling';
import { parseRecord } from '../../src/record/read';
import { manyAuthors } from '../fixtures/records';

/** The text Pagefind indexes: the page's body without its tags. */
const indexed = (html: string) =>
  (/<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '').replace(/<[^>]*>/g, ' ');

describe('words written the American way, for the search index and the words searched for', () => {
  it.each([
    ['Tumour stroma', 'Tumor stroma'],
    ['ANAEMIA and oedema', 'ANEMIA and edema'],
    [
      'behavioural normalisation, analysed in the centre',
      'behavioral normalization, analyzed in the center',
    ],
    ['tumours and colours', 'tumors and colors'],
    ['exercise, four, hour, Zoë', 'exercise, four, hour, Zoë'],
    ['', ''],
  ])('%s', (text, expected) => {
    expect(americanText(text)).toBe(expected);
  });
});

describe('the page the search index reads', () => {
  it('holds every author, not the shortened list a result shows', () => {
    const text = indexed(indexPageHtml(indexedRecord(parseRecord(manyAuthors).value)));
    for (const { family } of manyAuthors.authors) expect(text).toContain(family);
  });

  it('holds title, keywords and abstract in American spelling', () => {
    const record = parseRecord({
      id: 'british',
      title: 'Tumour growth in anaemia',
      authors: [],
      keywords: ['Tumour microenvironment'],
      abstract: 'The tumour centre was analysed.',
    }).value;
    const text = indexed(indexPageHtml(indexedRecord(record)));
    expect(text).toContain('Tumor growth in anemia');
    expect(text).toContain('Tumor microenvironment');
    expect(text).toContain('The tumor center was analyzed.');
    expect(text).not.toMatch(/tumour/i);
  });

  // A shard is named by its pages' sources: a change the page does not show must leave the source
  // alone (else a night of citation counts rewrites every shard), and one it shows must change it.
  const base = {
    id: 'sourced',
    title: 'Stroma in myeloma',
    authors: [{ given: 'Shaji', family: 'Kumar' }],
    journal: { title: 'Blood' },
    published: '2004-03',
    keywords: ['Stroma'],
    subjectAreas: ['Oncology'],
    abstract: 'Stromal cells.',
  };
  it.each<[string, object, boolean]>([
    ['a Scopus count', { citations: { scopus: 12 } }, false],
    ['the language (in the COinS)', { language: 'English' }, true],
    ['the title', { title: 'Stroma in multiple myeloma' }, true],
    ['an author', { authors: [{ given: 'Shaji', family: 'Kumar' }, { literal: 'IMWG' }] }, true],
    ['a keyword', { keywords: ['Stroma', 'Niche'] }, true],
    ['the abstract', { abstract: 'Stromal cells again.' }, true],
    ['the year', { published: '2005-03' }, true],
    ['a subject area', { subjectAreas: ['Hematology'] }, true],
    ['the volume (in the COinS)', { journal: { title: 'Blood', volume: '9' } }, true],
  ])('%s: the source changes %s', (_, change, changes) => {
    const source = (fields: object) => indexPageOf(parseRecord({ ...base, ...fields }).value);
    const before = source({});
    const after = source(change);
    expect(after.source !== before.source).toBe(changes);
    expect(after.html() !== before.html()).toBe(changes);
  });
});
