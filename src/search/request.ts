/**
 * What the reader asked the home page for, as the URL holds it:
 * `?q=myeloma&year=2005&journal=Nature+Reviews&page=2`. A facet may be given more than once
 * (any of the values matches); different facets must all match.
 */
export const FACETS = [
  { key: 'year', label: 'Year' },
  { key: 'type', label: 'Output type' },
  { key: 'subject', label: 'Subject area' },
  { key: 'journal', label: 'Journal' },
] as const;

export type FacetKey = (typeof FACETS)[number]['key'];

export interface SearchRequest {
  /** The words typed, trimmed; "" lists every record. */
  q: string;
  filters: Record<FacetKey, string[]>;
  /** 1-based. */
  page: number;
}

/** Results a page shows: each costs the search index one small fetch. */
export const PAGE_SIZE = 10;

export function emptyFilters(): Record<FacetKey, string[]> {
  return { year: [], type: [], subject: [], journal: [] };
}

export const EMPTY_REQUEST: SearchRequest = { q: '', filters: emptyFilters(), page: 1 };

export function requestFromParams(params: URLSearchParams): SearchRequest {
  const filters = emptyFilters();
  for (const { key } of FACETS) {
    filters[key] = [
      ...new Set(
        params
          .getAll(key)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ].sort();
  }
  const page = Number(params.get('page'));
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The query string for a request, in one order, with nothing for what is not set. */
export function paramsFromRequest(request: SearchRequest): URLSearchParams {
  const params = new URLSearchParams();
  if (request.q) params.set('q', request.q);
  for (const { key } of FACETS) for (const value of request.filters[key]) params.append(key, value);
  if (request.page > 1) params.set('page', String(request.page));
  return params;
}

export function hasFilters(request: SearchRequest): boolean {
  return FACETS.some(({ key }) => request.filters[key].length > 0);
}

/** The request with one facet value switched on or off, back on the first page. */
export function toggleFilter(request: SearchRequest, key: FacetKey, value: string): SearchRequest {
  const values = request.filters[key];
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return { ...request, filters: { ...request.filters, [key]: next.sort() }, page: 1 };
}
