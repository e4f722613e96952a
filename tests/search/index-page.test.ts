import { describe, expect, it } from 'vitest';
import { indexPageHtml } from '../../src/search/indexPage';
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
    const text = indexed(indexPageHtml(parseRecord(manyAuthors).value));
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
    const text = indexed(indexPageHtml(record));
    expect(text).toContain('Tumor growth in anemia');
    expect(text).toContain('Tumor microenvironment');
    expect(text).toContain('The tumor center was analyzed.');
    expect(text).not.toMatch(/tumour/i);
  });
});
