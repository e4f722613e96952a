import { describe, expect, it } from 'vitest';
import { langAttribute, languageTag } from '../../src/record/language';

describe('portal language names', () => {
  it.each([
    ['English (US)', 'en-US', 'en-US'],
    ['english (uk)', 'en-GB', 'en-GB'],
    ['German', 'de', 'de'],
    [' Arabic ', 'ar', 'ar'],
    ['pt-BR', 'pt-BR', 'pt-BR'],
    ['Klingon', 'Klingon', undefined],
    ['Undetermined language', 'Undetermined language', undefined],
  ])('%j is tagged %j with lang attribute %j', (name, tag, code) => {
    expect(languageTag(name)).toBe(tag);
    expect(langAttribute(name)).toBe(code);
  });
});
