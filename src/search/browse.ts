import { queryOptions } from '@tanstack/react-query';
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

async function fetchJson<T>(file: string, valid: (json: unknown) => json is T): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}${file}`, {
      headers: { Accept: 'application/json' },
    });
  } catch (error) {
    throw new Error(`Could not reach the server to load ${file} (${String(error)}).`);
  }
  const type = response.headers.get('content-type') ?? '';
  if (response.status === 404 || (response.ok && type.includes('text/html'))) {
    throw new Error(`There is no ${file}: this list is written by npm run build.`);
  }
  if (!response.ok) throw new Error(`The server answered ${response.status} for ${file}.`);
  const json: unknown = await response.json();
  if (!valid(json)) throw new Error(`${file} is not a list the build wrote.`);
  return json;
}

const isIndex = (json: unknown): json is BrowseIndex =>
  typeof json === 'object' && json !== null && Array.isArray((json as BrowseIndex).years);
const isYear = (json: unknown): json is BrowseYear =>
  typeof json === 'object' && json !== null && Array.isArray((json as BrowseYear).records);

export const browseKeys = {
  index: () => ['browse'] as const,
  year: (year: string) => ['browse', year] as const,
};

export function browseIndexQuery() {
  return queryOptions({
    queryKey: browseKeys.index(),
    queryFn: () => fetchJson(browseFile(), isIndex),
    staleTime: Infinity,
  });
}

export function browseYearQuery(year: string) {
  return queryOptions({
    queryKey: browseKeys.year(year),
    queryFn: () => fetchJson(browseFile(year), isYear),
    staleTime: Infinity,
  });
}
