import type { ResearchRecord } from '../record/schema';

/** A concept as the fingerprint view shows it, given by the record or derived from its text. */
export interface Concept {
  concept: string;
  /** Percent of the top concept, in (0, 100]. */
  weight: number;
  category: string | undefined;
  /** Why the concept weighs what it does ("title 1×, abstract 4×, author keyword"). */
  explanation: string;
}

export interface Fingerprint {
  concepts: Concept[];
  /** True when Lectern derived it; false when the record carries it. */
  derived: boolean;
  /**
   * The record's language, when a derived fingerprint holds its author keywords alone because
   * key phrases are found in English text only.
   */
  keywordsOnlyIn?: string;
}

/** The record's own fingerprint, shown as given (order and weights untouched). */
export function givenFingerprint(record: ResearchRecord): Fingerprint | null {
  if (record.fingerprint.length === 0) return null;
  return {
    derived: false,
    concepts: record.fingerprint.map((c) => ({
      concept: c.concept,
      weight: c.weight,
      category: c.category,
      explanation: 'Weight as the record gives it.',
    })),
  };
}

/** "title 1×, abstract 4×, author keyword". */
export function explain(counts: { title: number; abstract: number; keyword: boolean }): string {
  const parts: string[] = [];
  if (counts.title > 0) parts.push(`title ${counts.title}×`);
  if (counts.abstract > 0) parts.push(`abstract ${counts.abstract}×`);
  if (counts.keyword) parts.push('author keyword');
  return parts.length > 0 ? parts.join(', ') : 'not found in the text';
}

/** Percent as text, never "NaN %". */
export function percent(weight: number): string {
  return `${Math.round(weight)}%`;
}

const keywordsOnly = (language: string) =>
  `this record is in ${language}, and key phrases are found in English text only`;

/** What an empty fingerprint says: why there is none. */
export function emptyFingerprintText(fingerprint: Fingerprint | undefined): string {
  const language = fingerprint?.keywordsOnlyIn;
  return language
    ? `No fingerprint: ${keywordsOnly(language)}, and the title and abstract use none of its keywords.`
    : 'Not enough text for a fingerprint.';
}

/** Where a derived fingerprint came from, before the reader's instructions. */
export function derivedFrom(fingerprint: Fingerprint): string {
  const language = fingerprint.keywordsOnlyIn;
  return `Derived by Lectern from the ${language ? `author keywords alone (${keywordsOnly(language)})` : 'title, abstract and keywords'}`;
}
