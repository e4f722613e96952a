import { decodeEntities } from '../text/entities';
import { americanText } from '../text/spelling';
import { ABSTRACT_ANCHOR, ABSTRACT_HEADING } from './anchor';
import type { ExcerptPart, FacetCounts, SearchHit } from './document';
import { FACETS, PAGE_SIZE, type FacetKey, type SearchRequest } from './request';
import type { SearchEngine } from './context';
import { parseShardList } from './shards';

/** The parts of Pagefind's browser API (each shard's pagefind.js, written by the build) used here. */
interface PagefindInstance {
  options(options: PagefindOptions): Promise<void>;
  /** Adds another index (a shard) to this one's answers. */
  mergeIndex(basePath: string, options: PagefindOptions): Promise<void>;
  /** Loads the facet index; search answers carry facet counts only once it is loaded. */
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string | null,
    options: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{
    results: { data(): Promise<PagefindData> }[];
    filters: Record<string, Record<string, number>>;
  }>;
}

interface PagefindOptions {
  excerptLength?: number;
  excerptEllipsis?: string;
  /** A filter every page of the index has: here the shard's name under `shard`. */
  mergeFilter?: Record<string, string>;
}

type PagefindFilters = Record<string, { any: string[] }>;

/** A result's data: its page's excerpt, and one per section with an anchor (the abstract's). */
export interface PagefindData {
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { url: string; excerpt: string; locations: number[] }[];
}

interface Pagefind {
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

// An ellipsis where the excerpt cuts into the text, so a cut sentence reads as one.
const EXCERPTS: PagefindOptions = { excerptLength: 24, excerptEllipsis: '…' };

/** No shards (a site without records): every search finds nothing. */
const NO_INDEX: PagefindInstance = {
  options: () => Promise.resolve(),
  mergeIndex: () => Promise.resolve(),
  filters: () => Promise.resolve({}),
  search: () => Promise.resolve({ results: [], filters: {} }),
};

/**
 * Search through Pagefind's static index, in shards (`pagefind/shards.json`, see shards.ts):
 * the first shard's pagefind.js and the index chunks a query needs are fetched from the site,
 * only when the reader searches, filters or turns the page; the other shards join the first
 * (`mergeIndex`, which shares the first one's WebAssembly), each with its name as a filter.
 * Words found are ranked by score across the shards. A list without words is newest first: each
 * shard is asked for its own pages in date order and the answers follow the shards' order, since
 * Pagefind's merge would rank them by their places within their own shards.
 */
export function pagefindEngine(baseUrl: string): SearchEngine {
  const root = `${baseUrl}pagefind/`;
  let shards: Promise<{ pagefind: Pagefind | null; list: readonly string[] }> | null = null;
  const loadShards = () => {
    shards ??= fetch(`${root}shards.json`)
      .then(async (response) => {
        if (!response.ok) throw new Error(`${root}shards.json: HTTP ${String(response.status)}`);
        const { shards: list } = parseShardList(await response.json());
        const first = list[0];
        if (first === undefined) return { pagefind: null, list };
        const pagefind = (await import(
          /* @vite-ignore */ `${root}${first}/pagefind.js`
        )) as Pagefind;
        return { pagefind, list };
      })
      .catch((error: unknown) => {
        shards = null;
        throw new Error(`The search index could not be loaded (${String(error)}).`);
      });
    return shards;
  };
  /** An instance with every shard merged; `prepare` runs once the shards are in. */
  const merged = (prepare: (instance: PagefindInstance) => Promise<unknown>) => {
    let loading: Promise<PagefindInstance> | null = null;
    return () => {
      loading ??= loadShards()
        .then(async ({ pagefind, list }) => {
          if (!pagefind) return NO_INDEX;
          const [first = '', ...rest] = list;
          const instance = pagefind.createInstance({ basePath: `${root}${first}/` });
          await instance.options({ ...EXCERPTS, mergeFilter: { shard: first } });
          await Promise.all(
            rest.map((name) =>
              instance.mergeIndex(`${root}${name}/`, { ...EXCERPTS, mergeFilter: { shard: name } }),
            ),
          );
          await prepare(instance);
          return instance;
        })
        .catch((error: unknown) => {
          loading = null;
          throw error;
        });
      return loading;
    };
  };
  const load = merged(() => Promise.resolve());
  const newestFirst = async (pagefind: PagefindInstance, filters: PagefindFilters) => {
    const { list } = await loadShards();
    const answers = await Promise.all(
      list.map((name) =>
        pagefind.search(null, {
          filters: { ...filters, shard: { any: [name] } },
          sort: { date: 'desc' },
        }),
      ),
    );
    return answers.flatMap((answer) => answer.results);
  };
  // Facet counts come from a second instance: once an instance has loaded the facet index (about
  // 25 KB a facet at 10,000 records) every search of it counts every match, ten times slower at
  // 10,000 matches, so the instance that finds results never loads it for counting.
  const loadCounting = merged((instance) => instance.filters());
  return {
    async search(request) {
      const pagefind = await load();
      // The index holds American spellings (see indexPage.tsx).
      const term = americanText(request.q) || null;
      const filters = filtersOf(request);
      const results = term
        ? (await pagefind.search(term, { filters })).results
        : await newestFirst(pagefind, filters);
      const start = (request.page - 1) * PAGE_SIZE;
      const pages = await Promise.all(
        results.slice(start, start + PAGE_SIZE).map((result) => result.data()),
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
      return { total: results.length, hits };
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
