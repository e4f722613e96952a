import { describe, expect, it } from 'vitest';
import { languageCode, languageTag } from '../../src/record/language';

describe('portal language names', () => {
  it.each([
    ['English (US)', 'en-US', 'en'],
    ['english (uk)', 'en-GB', 'en'],
    ['German', 'de', 'de'],
    [' Arabic ', 'ar', 'ar'],
    ['pt-BR', 'pt-BR', 'pt'],
    ['Klingon', 'Klingon', undefined],
    ['Undetermined language', 'Undetermined language', undefined],
  ])('%j is tagged %j with ISO code %j', (name, tag, code) => {
    expect(languageTag(name)).toBe(tag);
    expect(languageCode(name)).toBe(code);
  });
});
