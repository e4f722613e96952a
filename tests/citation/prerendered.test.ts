import { describe, expect, it } from 'vitest';
import { toCsl } from '../../src/citation/csl';
import { citationSet, pickCitation } from '../../src/citation/prerendered';
import type { Rendered } from '../../src/citation/render';
import { parseRecord } from '../../src/record/schema';
import { seed } from '../fixtures/records';

const item = toCsl(parseRecord(seed).value);
const code = (text: string): Rendered => ({ kind: 'code', text });
const set = citationSet(item, (style, ascii) => code(`${style}${ascii ? ' ascii' : ''}`));

describe('picking a prerendered citation', () => {
  it.each<[string, unknown, Parameters<typeof pickCitation>[2], boolean, string | null]>([
    ['the style asked for', set, 'vancouver', false, 'vancouver'],
    ['BibTeX', set, 'bibtex', false, 'bibtex'],
    ['BibTeX in ASCII', set, 'bibtex', true, 'bibtex ascii'],
    [
      'nothing, for a set made from other data',
      { ...set, item: { ...item, title: 'Other' } },
      'apa',
      false,
      null,
    ],
    ['nothing, for a set without the style', { ...set, styles: {} }, 'apa', false, null],
    [
      'nothing, for a malformed entry',
      { ...set, styles: { apa: { kind: 'rich' } } },
      'apa',
      false,
      null,
    ],
    ['nothing, for something that is not a set', 'not json', 'apa', false, null],
  ])('gives %s', (_name, candidate, style, ascii, expected) => {
    const picked = pickCitation(candidate, item, style, ascii);
    expect(picked && picked.kind === 'code' ? picked.text : null).toBe(expected);
  });
});
