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
