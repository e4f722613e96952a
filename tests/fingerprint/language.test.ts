import { describe, expect, it } from 'vitest';
import { findsKeyPhrases } from '../../src/fingerprint/language';

describe('findsKeyPhrases', () => {
  it.each([
    [undefined, true],
    ['English', true],
    ['English (US)', true],
    ['english (uk)', true],
    ['en-GB', true],
    ['eng', true],
    ['French', false],
    ['fr', false],
    ['Arabic', false],
    ['Klingon', false],
  ] as const)('%s → %s', (language, expected) => {
    expect(findsKeyPhrases(language)).toBe(expected);
  });
});
