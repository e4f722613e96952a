import { describe, expect, it } from 'vitest';
import { findAbbreviations } from '../../src/text/abbreviations';

describe('findAbbreviations (Schwartz & Hearst)', () => {
  it.each([
    ['Multiple myeloma (MM) - a malignancy', [['MM', 'Multiple myeloma']]],
    ['levels of tumor necrosis factor (TNF) rose', [['TNF', 'tumor necrosis factor']]],
    ['the heat shock protein (HSP) family', [['HSP', 'heat shock protein']]],
    ['patients given interleukin-6 (IL-6) daily', [['IL-6', 'interleukin-6']]],
    ['the Department of Health (DoH) said', [['DoH', 'Department of Health']]],
    ['MM (multiple myeloma) is a cancer', [['MM', 'multiple myeloma']]],
    ['studies (in vitro) and models', []],
    ['the result (p < 0.05) held', []],
    ['a gene (ABC) with no match', []],
    ['Multiple myeloma (MM) and later (MM) again', [['MM', 'Multiple myeloma']]],
    ['unbalanced ( parenthesis', []],
  ])('%j', (text, expected) => {
    expect(findAbbreviations(text).map((a) => [a.short, a.long])).toEqual(expected);
  });

  it('records where the long form starts', () => {
    const text = 'We studied multiple myeloma (MM).';
    const [abbreviation] = findAbbreviations(text);
    expect(abbreviation && text.slice(abbreviation.longStart)).toMatch(/^multiple myeloma/);
  });
});
