import { describe, expect, it } from 'vitest';
import {
  EMPTY_REQUEST,
  paramsFromRequest,
  requestFromParams,
  toggleFilter,
  type SearchRequest,
} from '../../src/search/request';
import { chosenExcerpt, excerptParts } from '../../src/search/pagefind';
import { firstPage } from '../../src/search/firstPage';
import { facetValues } from '../../src/search/document';
import { parseRecord } from '../../src/record/read';
import { minimalRecord, recordWithDoi, seed } from '../fixtures/records';

const request = ({
  filters,
  ...over
}: Partial<Omit<SearchRequest, 'filters'>> & {
  filters?: Partial<SearchRequest['filters']>;
}): SearchRequest => ({
  ...EMPTY_REQUEST,
  ...over,
  filters: { ...EMPTY_REQUEST.filters, ...filters },
});

describe('the request in the address', () => {
  it.each([
    ['', request({})],
    ['?q=+stroma++cells+', request({ q: 'stroma  cells' })],
    ['?year=2005&year=2004&year=2005', request({ filters: { year: ['2004', '2005'] } })],
    ['?journal=A+%26+B&page=3', request({ filters: { journal: ['A & B'] }, page: 3 })],
    ['?page=0', request({})],
    ['?page=two', request({})],
    ['?page=2.5', request({})],
    ['?unknown=1&q=', request({})],
  ])('%s reads as the request', (search, expected) => {
    expect(requestFromParams(new URLSearchParams(search))).toEqual(expected);
  });

  it.each([
    [request({}), ''],
    [request({ q: 'tumour stroma', page: 2 }), 'q=tumour+stroma&page=2'],
    [request({ filters: { subject: ['Oncology'], year: ['2005'] } }), 'year=2005&subject=Oncology'],
  ])('%j is written %s, and reads back the same', (req, search) => {
    expect(paramsFromRequest(req).toString()).toBe(search);
    expect(requestFromParams(paramsFromRequest(req))).toEqual(req);
  });

  it('switches a facet value on and off, back on the first page', () => {
    const on = toggleFilter(request({ page: 4 }), 'year', '2005');
    expect(on).toEqual(request({ filters: { year: ['2005'] } }));
    expect(toggleFilter(on, 'year', '2005')).toEqual(request({}));
  });
});

describe('excerpts are read as text', () => {
  it.each([
    ['plain &amp; simple', [{ text: 'plain & simple', marked: false }]],
    [
      'the <mark>stroma</mark> of &lt;b&gt;',
      [
        { text: 'the ', marked: false },
        { text: 'stroma', marked: true },
        { text: ' of <b>', marked: false },
      ],
    ],
    [
      '<mark>a</mark><mark>b</mark>',
      [
        { text: 'a', marked: true },
        { text: 'b', marked: true },
      ],
    ],
  ])('%s', (html, parts) => {
    expect(excerptParts(html)).toEqual(parts);
  });
});

describe('the excerpt a result shows', () => {
  const page = { excerpt: '<mark>Stroma</mark> and bone marrow', meta: {} };
  const abstract = (locations: number[], excerpt = 'bone marrow <mark>stromal</mark> cells') => ({
    url: '/search/x/#abstract',
    excerpt,
    locations,
  });
  it.each([
    [
      'the abstract when the words occur there',
      [abstract([12])],
      'bone marrow <mark>stromal</mark> cells',
    ],
    [
      'the abstract without its heading',
      [abstract([2], 'Abstract. Multiple <mark>myeloma</mark> (MM) …')],
      'Multiple <mark>myeloma</mark> (MM) …',
    ],
    [
      'the abstract without its heading, even when the heading matched',
      [abstract([0], '<mark>Abstract.</mark> Multiple myeloma …')],
      'Multiple myeloma …',
    ],
    ['the page when they do not', [abstract([])], '<mark>Stroma</mark> and bone marrow'],
    ['the page when the record has no abstract', [], '<mark>Stroma</mark> and bone marrow'],
    ['the page for an index without sections', undefined, '<mark>Stroma</mark> and bone marrow'],
  ])('is %s', (_, subResults, expected) => {
    expect(chosenExcerpt({ ...page, ...(subResults ? { sub_results: subResults } : {}) })).toBe(
      expected,
    );
  });
});

describe('facets and the first page the build writes', () => {
  const records = [seed, recordWithDoi, minimalRecord].map((r) => parseRecord(r).value);

  it.each([
    [
      seed,
      {
        year: ['2005'],
        type: ['Review article'],
        subject: ['Oncology'],
        journal: ['Nature Clinical Practice Oncology'],
      },
    ],
    [minimalRecord, { year: [], type: [], subject: [], journal: [] }],
    [
      { ...minimalRecord, type: 'Journal article' },
      { year: [], type: ['Journal article'], subject: [], journal: [] },
    ],
  ])('facets of %#', (raw, values) => {
    expect(facetValues(parseRecord(raw).value)).toEqual(values);
  });

  it('lists newest first (undated last) and counts every facet value', () => {
    const { page, facets } = firstPage(records);
    expect(page.total).toBe(3);
    expect(page.hits.map((h) => h.id)).toEqual([recordWithDoi.id, seed.id, minimalRecord.id]);
    expect(facets.year).toEqual({ '2005': 1, '2019': 1 });
    expect(facets.subject).toEqual({
      Oncology: 1,
      Software: 1,
      'Library and Information Sciences': 1,
    });
  });
});
