import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { toCsl } from '../../src/citation/csl';
import { citationSet, citationSetSchema, pickCitation } from '../../src/citation/prerendered';
import type { Rendered } from '../../src/citation/render';
import { parseRecord } from '../../src/record/read';
import { seed } from '../fixtures/records';

const item = toCsl(parseRecord(seed).value);
const code = (text: string): Rendered => ({ kind: 'code', text });
const set = citationSet(item, (style, ascii) => code(`${style}${ascii ? ' ascii' : ''}`));
/** The same data with its keys in the opposite order, as another writer might put it. */
const reversed = Object.fromEntries(Object.entries(item).reverse());

describe('picking a prerendered citation', () => {
  it.each<[string, unknown, Parameters<typeof pickCitation>[2], boolean, string | null]>([
    ['the style asked for', set, 'vancouver', false, 'vancouver'],
    ['BibTeX', set, 'bibtex', false, 'bibtex'],
    ['BibTeX in ASCII', set, 'bibtex', true, 'bibtex ascii'],
    [
      'the style, whatever the order of the item’s keys',
      { ...set, item: reversed },
      'apa',
      false,
      'apa',
    ],
    [
      'nothing, for a set made from other data',
      { ...set, item: { ...item, title: 'Other' } },
      'apa',
      false,
      null,
    ],
    ['nothing, for a set without the style', { ...set, styles: {} }, 'apa', false, null],
  ])('gives %s', (_name, candidate, style, ascii, expected) => {
    const picked = pickCitation(v.parse(citationSetSchema, candidate), item, style, ascii);
    expect(picked && picked.kind === 'code' ? picked.text : null).toBe(expected);
  });

  it.each<[string, unknown]>([
    ['a malformed entry', { ...set, styles: { apa: { kind: 'rich' } } }],
    ['an unknown style', { ...set, styles: { harvard1: code('x') } }],
    ['something that is not a set', 'not json'],
  ])('refuses %s when the file is read', (_name, candidate) => {
    expect(v.safeParse(citationSetSchema, candidate).success).toBe(false);
  });
});
