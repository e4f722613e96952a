import type { Author, ResearchRecord } from './schema';
import { formatDate } from './date';

const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u;

/**
 * "Kenneth C. Anderson", "Ludwig van Beethoven", or an organisation's name as written. A name in
 * Chinese, Japanese or Korean characters is family name first with no space (李小龙), as it is
 * written and as the CSL styles print it.
 */
export function displayName(author: Author): string {
  if (author.kind === 'organisation') return author.literal;
  if (author.given && CJK.test(author.family) && CJK.test(author.given)) {
    return `${author.family}${author.given}`;
  }
  return [
    author.given,
    author.droppingParticle,
    author.nonDroppingParticle,
    author.family,
    author.suffix,
  ]
    .filter(Boolean)
    .join(' ');
}

/** A person's name in parts, as the record schema and CSL-JSON both hold it. */
export interface NameParts {
  family?: string | undefined;
  given?: string | undefined;
  nonDroppingParticle?: string | undefined;
  droppingParticle?: string | undefined;
  suffix?: string | undefined;
}

/**
 * "van der Berg, Jan, Jr." (family first, the particle kept with the family name where it sorts),
 * as indexes, citation_author tags, RIS and Pure's formats write persons; `suffix: false` leaves
 * the suffix out, as Pure does.
 */
export function invertName(name: NameParts, { suffix = true } = {}): string {
  const family = [name.nonDroppingParticle, name.family].filter(Boolean).join(' ');
  const given = [name.given, name.droppingParticle].filter(Boolean).join(' ');
  return [family, given, suffix ? name.suffix : undefined].filter(Boolean).join(', ');
}

/** "Anderson, Kenneth C." for a person; an organisation's name as written. */
export function invertedName(author: Author): string {
  return author.kind === 'organisation' ? author.literal : invertName(author);
}

/** "262–270" with an en dash; a single page alone; `undefined` when none is recorded. */
export function pageRange(pages: ResearchRecord['pages']): string | undefined {
  if (!pages) return undefined;
  const { first, last } = pages;
  if (first && last && first !== last) return `${first}–${last}`;
  return first ?? last;
}

/** "35 Scopus citations", "1 Scopus citation"; 0 is a real count. */
export function citationCount(count: number): string {
  return `${count} Scopus ${count === 1 ? 'citation' : 'citations'}`;
}

/** The breadcrumb levels of Pure's output type ("Contribution to journal › Review article"). */
export function outputTypeLevels(type: string | undefined): string[] {
  if (!type) return [];
  return type
    .split('›')
    .map((level) => level.trim())
    .filter(Boolean);
}

/** "Published – 1 May 2005", "Published", "1 May 2005" or `undefined`. */
export function statusLine(
  record: Pick<ResearchRecord, 'status' | 'published'>,
): string | undefined {
  const date = record.published ? formatDate(record.published) : null;
  return [record.status, date].filter(Boolean).join(' – ') || undefined;
}

/** The year of a "YYYY…" date, for lists and short references. */
export function publicationYear(published: string | undefined): string | undefined {
  return published?.slice(0, 4);
}

/** Abstract paragraphs: the format separates them with a blank line. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** A DOI as a resolver link; only ever https. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`;
}

/** Lists longer than this (plus two, so "and 1 more" never happens) are cut to it. */
export const AUTHORS_SHOWN = 10;

export const authorListFormat = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });
