import { describe, expect, it } from 'vitest';
import { searchWords, suggestion } from '../../src/search/suggest';
import { parseRecord } from '../../src/record/read';
import { seed } from '../fixtures/records';

const words: [string, number][] = [
  ['myeloma', 14],
  ['multiple', 9],
  ['thalidomide', 4],
  ['stroma', 3],
  ['stoma', 1],
  ['tumor', 2],
  ['kumar', 2],
];

describe('did you mean', () => {
  it.each([
    ['myleoma', 'myeloma'],
    ['multple myleoma', 'multiple myeloma'],
    ['Thalidomid', 'thalidomide'],
    ['stromma', 'stroma'],
    ['Kumra', 'kumar'],
    // Known words, in either spelling, and words too short or too far stay; nothing to suggest.
    ['myeloma', null],
    ['tumour', null],
    ['myeloma zzzzzzzz', null],
    ['MM', null],
    ['xyeloma', null],
    ['', null],
  ])('%s → %s', (query, expected) => {
    expect(suggestion(query, words)).toBe(expected);
  });

  it('prefers the word more records use at the same distance', () => {
    expect(suggestion('stroma', [])).toBe(null);
    expect(suggestion('strma', words)).toBe('stroma');
  });
});

describe('the words a build offers', () => {
  it('are the title, keyword, subject and name words, folded, American, with their record counts', () => {
    const record = parseRecord(seed).value;
    const british = parseRecord({
      id: 'other',
      title: 'Tumour stroma in Myeloma',
      authors: [{ literal: 'Myeloma Group' }],
    }).value;
    const list = new Map(searchWords([record, british]));
    expect(list.get('myeloma')).toBe(2);
    expect(list.get('tumor')).toBe(2);
    expect(list.get('kumar')).toBe(1);
    expect(list.has('tumour')).toBe(false);
    // Short words are never suggested from, so not listed.
    expect(list.has('in')).toBe(false);
  });
});
