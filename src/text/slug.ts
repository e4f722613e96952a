import { fold } from './fold';

/**
 * The words of `text` for ids and file names: case and accents folded away, every run of other
 * characters a break. `ascii` keeps only a–z and 0–9 (file names, record ids, BibTeX keys: "Müller"
 * is "muller"); otherwise letters of every script stay (term ids: "北京" stays "北京").
 */
/** Latin letters that no accent folding reaches, as ASCII spells them ("Søn" is "son"). */
const LATIN: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
  ŋ: 'ng',
  ħ: 'h',
};

export function slugWords(text: string, { ascii = false } = {}): string[] {
  const lower = fold(text);
  const folded = ascii ? lower.replace(/[øæœßđðłıþŋħ]/g, (c) => LATIN[c] ?? c) : lower;
  const other = ascii ? /[^a-z0-9]+/ : /[^\p{L}\p{N}]+/u;
  return folded.split(other).filter(Boolean);
}

/** `slugWords` joined with hyphens ("drug-insight"); "" when there is no word. */
export function slug(text: string, options: { ascii?: boolean } = {}): string {
  return slugWords(text, options).join('-');
}
