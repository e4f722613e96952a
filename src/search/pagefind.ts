import { decodeEntities } from '../text/entities';
import { americanText } from '../text/spelling';
import { ABSTRACT_ANCHOR, ABSTRACT_HEADING } from './anchor';
import type { ExcerptPart, FacetCounts, SearchHit } from './document';
import { FACETS, PAGE_SIZE, type FacetKey, type SearchRequest } from './request';
import type { SearchEngine } from './context';

/** The parts of Pagefind's browser API (pagefind.js, written by the build) used here. */
interface PagefindInstance {
  options(options: { excerptLength?: number; excerptEllipsis?: string }): Promise<void>;
  /** Loads the facet index; search answers carry facet counts only once it is loaded. */
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string | null,
    options: { filters?: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{
    results: { data(): Promise<PagefindData> }[];
    filters: Record<string, Record<string, number>>;
  }>;
}

/** A result's data: its page's excerpt, and one per section with an anchor (the abstract's). */
export interface PagefindData {
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { url: string; excerpt: string; locations: number[] }[];
}

interface Pagefind extends PagefindInstance {
  createInstance(options: { basePath: string }): PagefindInstance;
}

/**
 * A result's authors, as the index page wrote them (`{"names": […], "more": n}`); anything else
 * (an index from an older build) is no names rather than a failure.
 */
export function authorsMeta(value: string | undefined): { names: string[]; more: number } {
  try {
    const parsed: unknown = JSON.parse(value ?? '');
    if (typeof parsed !== 'object' || parsed === null) return { names: [], more: 0 };
    const names: unknown = 'names' in parsed ? parsed.names : [];
    const more: unknown = 'more' in parsed ? parsed.more : 0;
    return {
      names: Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : [],
      more: typeof more === 'number' && Number.isInteger(more) && more > 0 ? more : 0,
    };
  } catch {
    return { names: [], more: 0 };
  }
}

/** Pagefind's excerpt is escaped text with the matched words in <mark>; it is read as text. */
export function excerptParts(html: string): ExcerptPart[] {
  return html
    .split(/(<mark>.*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => {
      const marked = part.startsWith('<mark>');
      const text = decodeEntities(marked ? part.slice(6, -7) : part.replace(/<[^>]*>/g, ''));
      return { text, marked };
    });
}

/**
 * The excerpt a result shows: from the abstract when the words occur there (without its
 * heading), since the title, authors and journal are on the result already; else from wherever
 * they matched.
 */
export function chosenExcerpt(data: PagefindData): string {
  const abstract = data.sub_results?.find(
    (sub) => sub.url.endsWith(`#${ABSTRACT_ANCHOR}`) && sub.locations.length > 0,
  );
  if (!abstract) return data.excerpt;
  // The section starts with its heading, which Pagefind closes with a full stop.
  const heading = new RegExp(`^(<mark>)?${ABSTRACT_HEADING}\\.?(</mark>)?\\s*`);
  return abstract.excerpt.replace(heading, '');
}

function facetCounts(filters: Record<string, Record<string, number>>): FacetCounts {
  const counts = Object.fromEntries(FACETS.map(({ key }) => [key, {}])) as FacetCounts;
  for (const { key } of FACETS) {
    for (const [value, count] of Object.entries(filters[key] ?? {})) {
      if (count > 0) counts[key][value] = count;
    }
  }
  return counts;
}

/** Pagefind's filters for a request: any of a facet's values, every facet (but `except`). */
function filtersOf(request: SearchRequest, except?: FacetKey) {
  return Object.fromEntries(
    FACETS.filter(({ key }) => key !== except && request.filters[key].length > 0).map(({ key }) => [
      key,
      { any: request.filters[key] },
    ]),
  );
}

/**
 * Search through Pagefind's static index: pagefind.js and the index chunks a query needs are
 * fetched from the site, only when the reader searches, filters or turns the page.
 */
export function pagefindEngine(baseUrl: string): SearchEngine {
  let loading: Promise<Pagefind> | null = null;
  const load = () => {
    loading ??= (import(/* @vite-ignore */ `${baseUrl}pagefind/pagefind.js`) as Promise<Pagefind>)
      .then(async (pagefind) => {
        // An ellipsis where the excerpt cuts into the text, so a cut sentence reads as one.
        await pagefind.options({ excerptLength: 24, excerptEllipsis: '…' });
        return pagefind;
      })
      .catch((error: unknown) => {
        loading = null;
        throw new Error(`The search index could not be loaded (${String(error)}).`);
      });
    return loading;
  };
  // Facet counts come from a second instance: once an instance has loaded the facet index (about
  // 25 KB a facet at 10,000 records) every search of it counts every match, ten times slower at
  // 10,000 matches, so the instance that finds results never loads it for counting.
  let counting: Promise<PagefindInstance> | null = null;
  const loadCounting = () => {
    counting ??= load()
      .then(async (pagefind) => {
        const instance = pagefind.createInstance({ basePath: `${baseUrl}pagefind/` });
        await instance.filters();
        return instance;
      })
      .catch((error: unknown) => {
        counting = null;
        throw error;
      });
    return counting;
  };
  return {
    async search(request) {
      const pagefind = await load();
      // The index holds American spellings (see indexPage.tsx).
      const term = americanText(request.q) || null;
      const filters = filtersOf(request);
      const answer = await pagefind.search(
        term,
        term ? { filters } : { filters, sort: { date: 'desc' } },
      );
      const start = (request.page - 1) * PAGE_SIZE;
      const pages = await Promise.all(
        answer.results.slice(start, start + PAGE_SIZE).map((result) => result.data()),
      );
      const hits = pages.map((data): SearchHit => {
        const { meta } = data;
        const authors = authorsMeta(meta.authors);
        const hit: SearchHit = {
          id: meta.id ?? '',
          title: meta.title ?? '',
          authors: authors.names,
          moreAuthors: authors.more,
        };
        for (const key of ['journal', 'year', 'type', 'coins'] as const) {
          const value = meta[key];
          if (value) hit[key] = value;
        }
        if (request.q) hit.excerpt = excerptParts(chosenExcerpt(data));
        return hit;
      });
      return { total: answer.results.length, hits };
    },
    async facets(request) {
      const pagefind = await loadCounting();
      const term = americanText(request.q) || null;
      const answer = await pagefind.search(term, { filters: filtersOf(request) });
      // A chosen facet counts its values as if it were not chosen, so more can be added.
      const counts = facetCounts(answer.filters);
      await Promise.all(
        FACETS.filter(({ key }) => request.filters[key].length > 0).map(async ({ key }) => {
          const without = await pagefind.search(term, { filters: filtersOf(request, key) });
          counts[key] = facetCounts(without.filters)[key];
        }),
      );
      return counts;
    },
  };
}
