import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { contextObject } from '../../src/record/coins';
import { jsonLdBlock, scholarlyArticle } from '../../src/record/jsonld';
import { linkset, signposts, signpostTags } from '../../src/record/signposting';
import { displayName } from '../../src/record/format';
import { parseRecord } from '../../src/record/read';
import { minimalRecord, recordWithDoi, seed } from '../fixtures/records';

const record = (raw: unknown) => parseRecord(raw).value;
const kev = (text: string) =>
  text.split('&').map((pair) => {
    const [key = '', value = ''] = pair.split('=');
    return [key, decodeURIComponent(value)];
  });

describe('COinS (Z39.88-2004 KEV)', () => {
  it('carries the whole record, each person "Family, Given" and each organisation alone', () => {
    const pairs = kev(contextObject(record(recordWithDoi), 'https://example.edu/records/x'));
    expect(pairs).toEqual([
      ['ctx_ver', 'Z39.88-2004'],
      ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal'],
      ['rfr_id', 'info:sid/lectern'],
      ['rft.genre', 'article'],
      ['rft.atitle', 'A complete article: every field recorded'],
      ['rft.jtitle', 'Journal of Tests'],
      ['rft.date', '2019-11'],
      ['rft.volume', '12'],
      ['rft.issue', '3'],
      ['rft.spage', 'e0346830'],
      ['rft.issn', '1234-5678'],
      ['rft.au', 'Lovelace, Ada'],
      ['rft.au', 'van der Berg, Jan, Jr.'],
      ['rft.aulast', 'International Myeloma Working Group'],
      ['rft.language', 'en'],
      ['rft.subject', 'Testing'],
      ['rft.subject', 'Fixtures'],
      ['rft.description', 'First paragraph.\n\nSecond paragraph.'],
      ['rft_id', 'info:doi/10.1000/xyz123'],
      ['rft_id', 'https://example.edu/records/x'],
    ]);
  });

  it.each<[string, unknown, string[]]>([
    ['the seed, in English (US)', seed, ['rft.language=en-US', 'rft.date=2005-05-01']],
    ['a record with a title alone', minimalRecord, ['rft.atitle=A%20title%20and%20nothing%20else']],
    [
      'a person with one name and a control character',
      { id: 'x', title: 'T', authors: [{ family: 'Plato\u202E' }] },
      ['rft.aulast=Plato'],
    ],
  ])('writes %s', (_, raw, parts) => {
    const text = contextObject(record(raw));
    for (const part of parts) expect(text.split('&')).toContain(part);
    expect(text).not.toMatch(/rft_id=http|%E2%80%AE/);
  });
});

describe('names as the page shows them', () => {
  it.each<[object, string]>([
    [{ family: '李', given: '小龙' }, '李小龙'],
    [{ family: '山田', given: '太郎' }, '山田太郎'],
    [{ family: '김', given: '철수' }, '김철수'],
    [{ family: 'Li', given: 'Xiaolong' }, 'Xiaolong Li'],
    [{ family: '李', given: 'Bruce' }, 'Bruce 李'],
    [{ literal: 'World Health Organization' }, 'World Health Organization'],
  ])('%j reads %j', (author, shown) => {
    const [parsed] = record({ id: 'n', title: 'T', authors: [author] }).authors;
    expect(parsed && displayName(parsed)).toBe(shown);
  });
});

describe('schema.org JSON-LD', () => {
  /** schema.org's context is a vocabulary; offline, the processor is given it as that. */
  const documentLoader = (url: string) => {
    if (!/^https?:\/\/schema\.org\/?$/.test(url)) throw new Error(`no network for ${url}`);
    return Promise.resolve({
      contextUrl: undefined,
      documentUrl: url,
      document: { '@context': { '@vocab': 'https://schema.org/' } },
    });
  };

  it('is read by a JSON-LD processor as a ScholarlyArticle with what the record holds', async () => {
    const data = scholarlyArticle(record(recordWithDoi), 'https://example.edu/records/x');
    const nquads = await jsonld.toRDF(data, { format: 'application/n-quads', documentLoader });
    if (typeof nquads !== 'string') throw new Error('N-Quads were asked for');
    const lines = nquads.split('\n');
    const article = '<https://doi.org/10.1000/xyz123>';
    expect(lines).toEqual(
      expect.arrayContaining([
        `${article} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/ScholarlyArticle> .`,
        `${article} <https://schema.org/headline> "A complete article: every field recorded" .`,
        `${article} <https://schema.org/datePublished> "2019-11" .`,
        `${article} <https://schema.org/inLanguage> "en" .`,
        `${article} <https://schema.org/keywords> "Fixtures" .`,
        `${article} <https://schema.org/pageStart> "e0346830" .`,
      ]),
    );
    expect(lines.filter((l) => l.includes('<https://schema.org/familyName>'))).toHaveLength(2);
    expect(lines.some((l) => l.includes('"International Myeloma Working Group"'))).toBe(true);
  });

  it('leaves out what the record does not hold', () => {
    expect(scholarlyArticle(record(minimalRecord), undefined)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      headline: 'A title and nothing else',
      name: 'A title and nothing else',
      author: [],
    });
  });

  it('cannot be ended early by record text', () => {
    const block = jsonLdBlock({ name: '</script><script>alert(1)</script>' });
    expect(block.match(/<\/script>/g)).toHaveLength(1);
    expect(JSON.parse(block.slice(block.indexOf('>') + 1, -'</script>'.length))).toEqual({
      name: '</script><script>alert(1)</script>',
    });
  });
});

describe('FAIR Signposting', () => {
  const withOrcid = record({
    ...recordWithDoi,
    authors: [{ given: 'Ada', family: 'Lovelace', orcid: '0000-0002-1825-0097' }],
  });

  it('names the DOI, the metadata files, the types, the ORCID iDs and the linkset', () => {
    expect(signposts(withOrcid, '/records/x/', undefined)).toEqual([
      { rel: 'cite-as', href: 'https://doi.org/10.1000/xyz123' },
      {
        rel: 'describedby',
        href: '/records/x/export.csl.json',
        type: 'application/vnd.citationstyles.csl+json',
      },
      { rel: 'describedby', href: '/records/x/export.bib', type: 'application/x-bibtex' },
      {
        rel: 'describedby',
        href: '/records/x/export.ris',
        type: 'application/x-research-info-systems',
      },
      { rel: 'type', href: 'https://schema.org/ScholarlyArticle' },
      { rel: 'type', href: 'https://schema.org/AboutPage' },
      { rel: 'author', href: 'https://orcid.org/0000-0002-1825-0097' },
      { rel: 'linkset', href: '/records/x/linkset.json', type: 'application/linkset+json' },
    ]);
  });

  it('is cited as its page without a DOI, and not at all without an origin', () => {
    const plain = record(minimalRecord);
    expect(signposts(plain, 'https://e.edu/records/m/', 'https://e.edu/records/m')[0]).toEqual({
      rel: 'cite-as',
      href: 'https://e.edu/records/m',
    });
    expect(signposts(plain, '/records/m/', undefined).map((l) => l.rel)).not.toContain('cite-as');
  });

  it('writes links a browser and a checker read, escaped', () => {
    const tags = signpostTags([{ rel: 'cite-as', href: 'https://doi.org/10.1/a"b<c&d' }]);
    expect(tags).toBe('<link rel="cite-as" href="https://doi.org/10.1/a&quot;b&lt;c&amp;d">');
  });

  it('gives a level 2 linkset (RFC 9264) anchored at the page', () => {
    const links = signposts(withOrcid, '/records/x/', undefined);
    const set = linkset(links, '/records/x', '/records/x/');
    expect(set.linkset[0]).toEqual({
      anchor: '/records/x',
      'cite-as': [{ href: 'https://doi.org/10.1000/xyz123' }],
      describedby: [
        { href: '/records/x/export.csl.json', type: 'application/vnd.citationstyles.csl+json' },
        { href: '/records/x/export.bib', type: 'application/x-bibtex' },
        { href: '/records/x/export.ris', type: 'application/x-research-info-systems' },
      ],
      type: [
        { href: 'https://schema.org/ScholarlyArticle' },
        { href: 'https://schema.org/AboutPage' },
      ],
      author: [{ href: 'https://orcid.org/0000-0002-1825-0097' }],
    });
    expect(set.linkset.slice(1)).toContainEqual({
      anchor: '/records/x/export.bib',
      describes: [{ href: '/records/x', type: 'text/html' }],
    });
  });
});
