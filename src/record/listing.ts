import type { ResearchRecord } from './schema';
import { AUTHORS_SHOWN, displayName, outputTypeLevels, publicationYear } from './format';
import { contextObject } from './coins';

/**
 * A record as a list shows it (search results, browse pages, a person's outputs, a topic's
 * records, related records): its title, its first authors, journal, year and output type. The
 * authors are a list of names, each shown on its own (a name in another direction, or with a bidi
 * control left open, cannot reorder the others); a long list keeps its first ten and says how
 * many more there are.
 */
export interface ListedRecord {
  id: string;
  title: string;
  authors: string[];
  /** Authors past the first ten ("and 990 more"). */
  moreAuthors: number;
  journal?: string;
  year?: string;
  /** The output type's second level ("Review article"), or its only one. */
  type?: string;
  /** The whole record as a COinS ContextObject, for Zotero to save from the list. */
  coins?: string;
}

/** The output type a list and a facet name a record by. */
export function listedType(type: string | undefined): string | undefined {
  const levels = outputTypeLevels(type);
  return levels[1] ?? levels[0];
}

/** A record as a list shows it; `url`, the record page's absolute address, when it is known. */
export function listedRecord(record: ResearchRecord, url?: string): ListedRecord {
  const cut = record.authors.length > AUTHORS_SHOWN + 2;
  const shown = cut ? record.authors.slice(0, AUTHORS_SHOWN) : record.authors;
  const listed: ListedRecord = {
    id: record.id,
    title: record.title,
    authors: shown.map(displayName),
    moreAuthors: record.authors.length - shown.length,
  };
  if (record.journal?.title) listed.journal = record.journal.title;
  const year = publicationYear(record.published);
  if (year) listed.year = year;
  const type = listedType(record.type);
  if (type) listed.type = type;
  listed.coins = contextObject(record, url);
  return listed;
}

/**
 * A record's address from a list: `from` is the list's own address (its query, filters and page
 * included), so that the record page can offer the way back to exactly that list.
 */
export function recordHref(id: string, from?: string): string {
  return from ? `/records/${id}?from=${encodeURIComponent(from)}` : `/records/${id}`;
}

/**
 * The list a record was opened from, when `?from=` names one of the app's own lists (the home
 * page's search, a topic, a person or organisation, a browse page); anything else is ignored, so
 * the link can never lead off the site.
 */
export function listOrigin(from: string | null): string | null {
  if (!from || !from.startsWith('/') || from.startsWith('//') || from.includes('\\')) return null;
  return /^\/(?:$|\?|topics\/|persons\/|organisations\/|browse(?:\/|$))/.test(from) ? from : null;
}
