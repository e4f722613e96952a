import type { ResearchRecord } from '../record/schema';
import {
  authorListFormat,
  outputTypeLevels,
  publicationYear,
  shortAuthorList,
} from '../record/format';
import type { FacetKey } from './request';

/** One record as a search result shows it. */
export interface SearchHit {
  id: string;
  title: string;
  /** "Shaji Kumar and Kenneth C. Anderson", shortened after ten names. */
  authors?: string;
  journal?: string;
  year?: string;
  type?: string;
  /** Where the words matched, with the matched words marked (text queries only). */
  excerpt?: ExcerptPart[];
}

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * For each facet value, how many results choosing it would give: counted with the other facets'
 * choices applied but not its own, so a second value of a facet can be added.
 */
export type FacetCounts = Record<FacetKey, Record<string, number>>;

/** One page of results. */
export interface SearchPage {
  total: number;
  hits: SearchHit[];
}

/** "Shaji Kumar and Kenneth C. Anderson", as the record page lists them (ten, then "and N more"). */
export function authorLine(record: Pick<ResearchRecord, 'authors'>): string | undefined {
  if (record.authors.length === 0) return undefined;
  return authorListFormat.format(shortAuthorList(record.authors));
}

/** The facet values of a record: its year, output type, subject areas and journal. */
export function facetValues(record: ResearchRecord): Record<FacetKey, string[]> {
  const year = publicationYear(record.published);
  const levels = outputTypeLevels(record.type);
  const type = levels[1] ?? levels[0];
  return {
    year: year ? [year] : [],
    type: type ? [type] : [],
    subject: record.subjectAreas,
    journal: record.journal?.title ? [record.journal.title] : [],
  };
}

export function hitOf(record: ResearchRecord): SearchHit {
  const hit: SearchHit = { id: record.id, title: record.title };
  const authors = authorLine(record);
  if (authors) hit.authors = authors;
  if (record.journal?.title) hit.journal = record.journal.title;
  const year = publicationYear(record.published);
  if (year) hit.year = year;
  const [type] = facetValues(record).type;
  if (type) hit.type = type;
  return hit;
}

/** Newest first, then by id: the order of the list when nothing is searched. */
export function browseKey(record: Pick<ResearchRecord, 'id' | 'published'>): string {
  return `${record.published ?? '0000'} ${record.id}`;
}
