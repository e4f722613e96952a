import type { SearchEngine } from '../../src/search/context';
import { browseKey, facetValues, hitOf, type FacetCounts } from '../../src/search/document';
import { FACETS, PAGE_SIZE, type SearchRequest } from '../../src/search/request';
import { parseRecord } from '../../src/record/read';
import type { ResearchRecord } from '../../src/record/schema';
import { fold } from '../../src/text/fold';

/**
 * A stand-in for the Pagefind index with the same contract: every word must occur (in the title,
 * authors, keywords, journal or abstract), any value of a facet and every facet must match, the
 * plain list is newest first, twenty to a page. It records each request it answers.
 */
export function memoryEngine(raw: readonly unknown[]) {
  const records = raw.map((r) => parseRecord(r).value);
  const requests: SearchRequest[] = [];
  const text = (r: ResearchRecord) =>
    fold([r.title, hitOf(r).authors, ...r.keywords, r.journal?.title, r.abstract].join(' '));
  const words = (request: SearchRequest) => fold(request.q).split(/\s+/).filter(Boolean);
  const found = (request: SearchRequest) =>
    records.filter((r) => words(request).every((w) => text(r).includes(w)));
  const chosen = (request: SearchRequest, r: ResearchRecord, except?: string) =>
    FACETS.every(({ key }) => {
      const wanted = request.filters[key];
      if (key === except || wanted.length === 0) return true;
      return facetValues(r)[key].some((v) => wanted.includes(v));
    });
  const engine: SearchEngine & { requests: SearchRequest[] } = {
    requests,
    search(request) {
      requests.push(request);
      const matches = found(request)
        .filter((r) => chosen(request, r))
        .sort((a, b) => (browseKey(a) < browseKey(b) ? 1 : -1));
      const [first] = words(request);
      const start = (request.page - 1) * PAGE_SIZE;
      const hits = matches.slice(start, start + PAGE_SIZE).map((r) => {
        const hit = hitOf(r);
        if (first) {
          const at = fold(r.title).indexOf(first);
          hit.excerpt =
            at < 0
              ? [{ text: r.title, marked: false }]
              : [
                  { text: r.title.slice(0, at), marked: false },
                  { text: r.title.slice(at, at + first.length), marked: true },
                  { text: r.title.slice(at + first.length), marked: false },
                ];
        }
        return hit;
      });
      return Promise.resolve({ total: matches.length, hits });
    },
    facets(request) {
      const counts = Object.fromEntries(FACETS.map(({ key }) => [key, {}])) as FacetCounts;
      for (const { key } of FACETS) {
        for (const r of found(request).filter((r) => chosen(request, r, key))) {
          for (const v of facetValues(r)[key]) counts[key][v] = (counts[key][v] ?? 0) + 1;
        }
      }
      return Promise.resolve(counts);
    },
  };
  return engine;
}
