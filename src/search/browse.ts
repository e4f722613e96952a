import { queryOptions } from '@tanstack/react-query';
import * as v from 'valibot';
import type { LoaderDeps } from '../data/deps';
import { retryTransient } from '../data/errors';
import { loadJson } from '../data/load';
import { listedRecordSchema } from '../record/listingSchema';
import { browseKey, hitOf, type SearchHit } from './document';
import type { ResearchRecord } from '../record/schema';
import { publicationYear } from '../record/format';

/**
 * Every listed record by year of publication, as plain pages of links (`/browse`,
 * `/browse/2005`): the browse path crawlers such as Google Scholar follow to reach every record,
 * written by the build as HTML and as `browse/<year>.json`.
 */
export const UNDATED = 'undated';

export interface BrowseIndex {
  years: { year: string; count: number }[];
}

export interface BrowseYear {
  year: string;
  records: SearchHit[];
}

/** The build's browse files, newest year first, records newest first within a year. */
export function browseFiles(records: readonly ResearchRecord[]): {
  index: BrowseIndex;
  years: BrowseYear[];
} {
  const byYear = new Map<string, ResearchRecord[]>();
  for (const record of records) {
    const year = publicationYear(record.published) ?? UNDATED;
    byYear.set(year, [...(byYear.get(year) ?? []), record]);
  }
  const years = [...byYear.keys()].sort((a, b) =>
    a === UNDATED ? 1 : b === UNDATED ? -1 : b.localeCompare(a),
  );
  return {
    index: { years: years.map((year) => ({ year, count: byYear.get(year)?.length ?? 0 })) },
    years: years.map((year) => ({
      year,
      records: [...(byYear.get(year) ?? [])]
        .sort((a, b) => (browseKey(a) < browseKey(b) ? 1 : -1))
        .map(hitOf),
    })),
  };
}

export const browseFile = (year?: string) => `browse/${year ?? 'index'}.json`;

export const browseIndexSchema = v.object({
  years: v.array(v.object({ year: v.string(), count: v.number() })),
});

export const browseYearSchema = v.object({
  year: v.string(),
  records: v.array(listedRecordSchema),
});

export const browseKeys = {
  all: ['browse'] as const,
  index: () => [...browseKeys.all, 'index'] as const,
  year: (year: string) => [...browseKeys.all, 'year', year] as const,
};

const notBuilt = (file: string) => `There is no ${file}: this list is written by npm run build.`;

export function browseIndexQuery(deps: LoaderDeps) {
  return queryOptions({
    queryKey: browseKeys.index(),
    queryFn: ({ signal }) =>
      loadJson(browseFile(), browseIndexSchema, deps, {
        signal,
        notFound: notBuilt(browseFile()),
        what: 'list of years',
      }),
    staleTime: Infinity,
    retry: retryTransient,
  });
}

export function browseYearQuery(year: string, deps: LoaderDeps) {
  return queryOptions({
    queryKey: browseKeys.year(year),
    queryFn: ({ signal }) =>
      loadJson(browseFile(year), browseYearSchema, deps, {
        signal,
        notFound: notBuilt(browseFile(year)),
        what: 'list of records',
      }),
    staleTime: Infinity,
    retry: retryTransient,
  });
}
