import { describe, expect, it } from 'vitest';
import { slug, slugWords } from '../../src/text/slug';

describe('slugs', () => {
  it.each([
    ['Drug insight: Thalidomide', {}, 'drug-insight-thalidomide'],
    ['Müller & Søn', { ascii: true }, 'muller-son'],
    ['Đặng Œdipe Łódź Þór Straße', { ascii: true }, 'dang-oedipe-lodz-thor-strasse'],
    ['Müller & Søn', {}, 'muller-søn'],
    ['北京 cells', {}, '北京-cells'],
    ['北京 cells', { ascii: true }, 'cells'],
    ['  --  ', {}, ''],
    ['ﬁne-grained', { ascii: true }, 'fine-grained'],
  ])('%s (%j) is %s', (text, options, expected) => {
    expect(slug(text, options)).toBe(expected);
  });

  it('gives the words for callers that pick some', () => {
    expect(slugWords('The MRI of cafés', { ascii: true })).toEqual(['the', 'mri', 'of', 'cafes']);
  });
});
