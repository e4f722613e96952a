import { describe, expect, it } from 'vitest';
import { isStyleId, STYLE_IDS, STYLES, styleInfo } from '../../src/citation/styles';

describe('the style table', () => {
  it('has one entry per style id, in the panel’s order', () => {
    expect(STYLES.map((s) => s.id)).toEqual([...STYLE_IDS]);
  });

  it('names the template of every CSL style', () => {
    for (const style of STYLES) {
      if (style.kind === 'csl') expect(style.template).toMatch(/^[a-z-]+$/);
    }
  });

  it.each(['harvard1', 'APA', '', 'comic-sans'])(
    'refuses an unknown style, %j, by name',
    (name) => {
      expect(isStyleId(name)).toBe(false);
      expect(() => styleInfo(name)).toThrow(`Unknown citation style "${name}"`);
    },
  );
});
