import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * Parts of speech for the fingerprint's phrase finder, from wink-nlp with its light English model
 * (Universal Dependencies tags: NOUN, PROPN, ADJ, VERB, ADP, …). The model is 0.8 MB gzipped, so
 * this module is only ever loaded by the derivation (at build time and in its Web Worker), never by
 * the reading page. Tagging is deterministic: the same text always gets the same tags.
 */
export interface TaggedWord {
  /** Offset of the word in the text it was tagged in. */
  start: number;
  /** The word as written. */
  value: string;
  pos: string;
  /** The word's dictionary form ("biases" → "bias"). */
  lemma: string;
}

let tagger: ReturnType<typeof winkNLP> | undefined;

function nlp() {
  tagger ??= winkNLP(model, ['sbd', 'pos']);
  return tagger;
}

/** The tagged words of `text`, by their offset in it. */
export function tagWords(text: string): Map<number, TaggedWord> {
  const engine = nlp();
  // wink's `its` helpers are plain functions of their arguments; passing them on is how its API
  // is used.
  /* eslint-disable @typescript-eslint/unbound-method */
  const { its } = engine;
  const tokens = engine.readDoc(text).tokens();
  const values = tokens.out(its.value);
  const tags = tokens.out(its.pos);
  // The model's typings and wink-nlp's disagree on this one helper's signature; it is the same
  // function at run time.
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>);
  /* eslint-enable @typescript-eslint/unbound-method */
  const found = new Map<number, TaggedWord>();
  let cursor = 0;
  values.forEach((value, i) => {
    const start = text.indexOf(value, cursor);
    // A token the tokeniser rewrote cannot be placed; the words around it still are.
    if (start < 0) return;
    cursor = start + value.length;
    found.set(start, { start, value, pos: tags[i] ?? 'X', lemma: lemmas[i] ?? value });
  });
  return found;
}
