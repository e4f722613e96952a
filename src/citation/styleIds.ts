/** The formats the panel offers: Pure's seven first, in Pure's order, then four more and CSL-JSON. */
export const STYLE_IDS = [
  'apa',
  'author',
  'bibtex',
  'harvard',
  'standard',
  'ris',
  'vancouver',
  'mla',
  'chicago',
  'ama',
  'ieee',
  'csl-json',
] as const;

export type StyleId = (typeof STYLE_IDS)[number];

export const DEFAULT_STYLE: StyleId = 'apa';

/** Whether a value (from the address, from storage) names a style the panel offers. */
export function isStyleId(value: unknown): value is StyleId {
  return typeof value === 'string' && (STYLE_IDS as readonly string[]).includes(value);
}
