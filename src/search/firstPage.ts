import type { ResearchRecord } from '../record/schema';
import { browseKey, facetValues, hitOf, type FacetCounts, type SearchPage } from './document';
import { FACETS, PAGE_SIZE } from './request';

/**
 * The home page as the build writes it: every record, newest first, the first page of them and
 * the count of each facet value. The search index answers the same request with the same result
 * once the reader searches, filters or turns the page.
 */
export function firstPage(records: readonly ResearchRecord[]): {
  page: SearchPage;
  facets: FacetCounts;
} {
  const facets = Object.fromEntries(FACETS.map(({ key }) => [key, {}])) as FacetCounts;
  for (const record of records) {
    const values = facetValues(record);
    for (const { key } of FACETS) {
      for (const value of values[key]) facets[key][value] = (facets[key][value] ?? 0) + 1;
    }
  }
  const newest = [...records].sort((a, b) => (browseKey(a) < browseKey(b) ? 1 : -1));
  return { page: { total: records.length, hits: newest.slice(0, PAGE_SIZE).map(hitOf) }, facets };
}
