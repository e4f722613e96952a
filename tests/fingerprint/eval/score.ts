import { fold } from '../../../src/text/fold';
import { stems } from '../../../src/text/stem';

/**
 * Scoring of extracted concepts against author keywords, as keyphrase studies do it: a keyword is
 * found when an extracted phrase is the same words up to case, accents, punctuation and Porter
 * stems ("Risk factors" = "risk factor"); a parenthesised short form is ignored ("Post-traumatic
 * stress disorder (PTSD)" = "post-traumatic stress disorder").
 */
export function normalise(phrase: string): string {
  return fold(phrase.replace(/\s*\([^)]*\)/g, ' '))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .map((w) => stems(w)?.porter ?? w)
    .join(' ');
}

/** True when the keyword's words occur, in order and adjacent, in the title or abstract. */
export function isPresent(keyword: string, text: string): boolean {
  const needle = normalise(keyword);
  return needle !== '' && ` ${normalise(text)} `.includes(` ${needle} `);
}

export interface DocumentScore {
  keywords: number;
  present: number;
  found: number;
  foundPresent: number;
  extracted: number;
}

export function scoreDocument(
  extracted: readonly string[],
  keywords: readonly string[],
  text: string,
): DocumentScore {
  const predicted = new Set(extracted.map(normalise));
  let present = 0;
  let found = 0;
  let foundPresent = 0;
  for (const keyword of keywords) {
    const isIn = isPresent(keyword, text);
    const hit = predicted.has(normalise(keyword));
    if (isIn) present += 1;
    if (hit) found += 1;
    if (hit && isIn) foundPresent += 1;
  }
  return { keywords: keywords.length, present, found, foundPresent, extracted: extracted.length };
}

export interface SetScore {
  documents: number;
  /** Mean over documents of found ÷ author keywords. */
  recall: number;
  /** Mean over documents with a keyword in their text of found ÷ keywords in the text. */
  recallPresent: number;
  /** Mean over documents of found ÷ concepts extracted. */
  precision: number;
}

export function scoreSet(scores: readonly DocumentScore[]): SetScore {
  const mean = (values: number[]) =>
    values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
  return {
    documents: scores.length,
    recall: mean(scores.filter((s) => s.keywords > 0).map((s) => s.found / s.keywords)),
    recallPresent: mean(scores.filter((s) => s.present > 0).map((s) => s.foundPresent / s.present)),
    precision: mean(scores.filter((s) => s.extracted > 0).map((s) => s.found / s.extracted)),
  };
}
