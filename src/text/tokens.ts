/**
 * Splits text into tokens with offsets into the original string. A word is a run of letters,
 * digits and combining marks (so a base letter never loses its accent); every other visible
 * character is a symbol token of its own, kept whole with its marks, variation selectors, skin
 * tones and zero-width-joiner sequences (so an emoji is never split). Only white space lies
 * between tokens.
 */
export interface Token {
  start: number;
  end: number;
  text: string;
  isWord: boolean;
}

const EXTEND = '[\\p{M}\\uFE0F\\p{Emoji_Modifier}]*';
const TOKEN = new RegExp(`([\\p{L}\\p{N}\\p{M}]+)|\\S${EXTEND}(?:\\u200D\\S${EXTEND})*`, 'gu');

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    tokens.push({
      start,
      end: start + match[0].length,
      text: match[0],
      isWord: match[1] !== undefined,
    });
  }
  return tokens;
}

/** Hyphens that join the words of a compound ("bone-marrow" reads as "bone marrow"). */
export function isJoiningHyphen(symbol: string): boolean {
  return symbol === '-' || symbol === '\u2010' || symbol === '\u2011';
}
