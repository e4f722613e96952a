import { describe, expect, it } from 'vitest';
import { buildTerms, readHighlightParam, writeHighlightParam } from '../../src/highlight/terms';

describe('the hl URL parameter', () => {
  it.each([
    ['?hl=thalidomide,stroma', ['thalidomide', 'stroma']],
    ['?hl=multiple+myeloma,Thalidomide', ['multiple myeloma', 'thalidomide']],
    ['?cite=apa&hl=c%2B%2B,p%3C0.05', ['c++', 'p<0.05']],
    ['?hl=a%2Cb', ['a,b']],
    ['?hl=,,%20,x,X', ['x']],
    ['?hl=%E0%A4%A', []],
    ['', []],
  ])('%s', (search, keys) => {
    expect(readHighlightParam(search)).toEqual(keys);
  });

  it.each([
    ['', ['thalidomide', 'multiple myeloma'], '?hl=thalidomide,multiple+myeloma'],
    ['?cite=vancouver', ['stroma'], '?cite=vancouver&hl=stroma'],
    ['?hl=x&cite=apa', [], '?cite=apa'],
    ['?hl=x', [], ''],
    ['', ['a,b', 'c++'], '?hl=a%2Cb,c%2B%2B'],
  ])('writes %j + %j', (search, keys, expected) => {
    expect(writeHighlightParam(search, keys)).toBe(expected);
    expect(readHighlightParam(expected)).toEqual(keys);
  });
});

describe('buildTerms', () => {
  it('lists offered terms once (one key each, case and spacing aside), then the reader’s own', () => {
    const terms = buildTerms(
      [
        { label: 'Multiple myeloma', source: 'keyword' },
        { label: 'multiple  MYELOMA', source: 'concept' },
        { label: 'C++', source: 'keyword' },
        { label: 'C', source: 'keyword' },
      ],
      ['multiple myeloma', '<mark>'],
    );
    expect(terms.map((t) => [t.key, t.label, t.source])).toEqual([
      ['multiple myeloma', 'Multiple myeloma', 'keyword'],
      ['c++', 'C++', 'keyword'],
      ['c', 'C', 'keyword'],
      ['<mark>', '<mark>', 'reader'],
    ]);
  });
});
