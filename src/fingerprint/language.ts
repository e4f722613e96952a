import { languageTag } from '../record/language';

/**
 * Key phrases are found with English word lists and an English part-of-speech tagger, so only in
 * a record that is in English or does not say: in another language they would be fragments ("Le
 * myélome", "Traite le myélome"), and a derived fingerprint holds its author keywords alone.
 */
export function findsKeyPhrases(language: string | undefined): boolean {
  return language === undefined || /^eng?(?:-|$)/i.test(languageTag(language));
}
