import type { ResearchRecord } from '../record/schema';
import { publicationYear } from '../record/format';
import { listedRecord, listedType, type ListedRecord } from '../record/listing';
import type { FacetKey } from './request';
import { absoluteUrl } from '../ui/site';

/** One record as a search result shows it: as any list does, and where the words matched. */
export interface SearchHit extends ListedRecord {
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

/** The facet values of a record: its year, output type, subject areas and journal. */
export function facetValues(record: ResearchRecord): Record<FacetKey, string[]> {
  const year = publicationYear(record.published);
  const type = listedType(record.type);
  return {
    year: year ? [year] : [],
    type: type ? [type] : [],
    subject: record.subjectAreas,
    journal: record.journal?.title ? [record.journal.title] : [],
  };
}

export const hitOf = (record: ResearchRecord): SearchHit =>
  listedRecord(record, absoluteUrl(`/records/${record.id}`));

/** Newest first, then by id: the order of the list when nothing is searched. */
export function browseKey(record: Pick<ResearchRecord, 'id' | 'published'>): string {
  return `${record.published ?? '0000'} ${record.id}`;
}
