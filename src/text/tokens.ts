/**
 * Splits text into tokens with offsets into the original string. A word is a run of letters,
 * digits and combining marks (so a base letter never loses its accent); every other visible
 * character is a symbol token of its own, kept whole with its marks, variation selectors, skin
 * tones and zero-width-joiner sequences (so an emoji is never split). Only white space lies
 * between tokens. The scanner is a hand-written loop, not a regular expression, because it runs
 * over every character of long abstracts: ASCII is classified by code, the rest by Unicode
 * properties.
 */
export interface Token {
  start: number;
  end: number;
  text: string;
  isWord: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const EXTENDER = /[\p{M}\uFE0F\p{Emoji_Modifier}]/u;
const SPACE = /\s/u;
const ZWJ = 0x200d;

type Kind = 0 | 1 | 2; // space, word, symbol

function kindAt(text: string, i: number, code: number): Kind {
  if (code < 0x80) {
    if (
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x30 && code <= 0x39)
    ) {
      return 1;
    }
    return code === 0x20 || (code >= 0x09 && code <= 0x0d) ? 0 : 2;
  }
  const char = String.fromCodePoint(text.codePointAt(i) ?? code);
  if (WORD_CHAR.test(char)) return 1;
  return SPACE.test(char) ? 0 : 2;
}

function width(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

function isExtender(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x300) return false;
  return EXTENDER.test(String.fromCodePoint(text.codePointAt(i) ?? code));
}

/** Calls `visit` for each token in order; allocates nothing per token. */
export function scanTokens(
  text: string,
  visit: (start: number, end: number, isWord: boolean) => void,
): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const kind = kindAt(text, i, text.charCodeAt(i));
    if (kind === 0) {
      i += width(text, i);
      continue;
    }
    const start = i;
    i += width(text, i);
    if (kind === 1) {
      while (i < length && kindAt(text, i, text.charCodeAt(i)) === 1) i += width(text, i);
    } else {
      for (;;) {
        while (i < length && isExtender(text, i)) i += width(text, i);
        if (
          i + 1 < length &&
          text.charCodeAt(i) === ZWJ &&
          kindAt(text, i + 1, text.charCodeAt(i + 1)) !== 0
        ) {
          i += 1 + width(text, i + 1);
          continue;
        }
        break;
      }
    }
    visit(start, i, kind === 1);
  }
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scanTokens(text, (start, end, isWord) => {
    tokens.push({ start, end, text: text.slice(start, end), isWord });
  });
  return tokens;
}

/** Hyphens that join the words of a compound ("bone-marrow" reads as "bone marrow"). */
export function isJoiningHyphen(symbol: string): boolean {
  return symbol === '-' || symbol === '\u2010' || symbol === '\u2011';
}
