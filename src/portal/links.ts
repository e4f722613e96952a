import { queryOptions } from '@tanstack/react-query';
import type { LoaderDeps } from '../data/deps';
import { LoadError } from '../data/errors';
import { RECORD_ID } from '../record/fields';
import type { LetterPage, PersonPageData, RecordLinks } from './model';

/**
 * The record page's query of the portal (what a record links to), in the reading page's own
 * bundle; the portal pages' queries are in `queries.ts`, which loads with them.
 */

/** The portal's cache keys, from general to specific; the build fills them in each page's state. */
export const portalKeys = {
  all: ['portal'] as const,
  links: (record: string) => [...portalKeys.all, 'links', record] as const,
  person: (kind: PersonPageData['kind'], id: string) => [...portalKeys.all, kind, id] as const,
  topic: (id: string, block: string) => [...portalKeys.all, 'topic', id, block] as const,
  letter: (kind: LetterPage['kind'], letter: string) =>
    [...portalKeys.all, 'letter', kind, letter] as const,
  letters: () => [...portalKeys.all, 'letters'] as const,
};

/** What the A–Z lists hold: each letter with how many people or topics it files. */
export interface Letters {
  people: { letter: string; count: number }[];
  topics: { letter: string; count: number }[];
}

/** The reader of page data and the schemas load with the first portal page moved to. */
export const reading = () => Promise.all([import('../data/pageData'), import('./schemas')]);

/**
 * A record page's links to its authors, topics and related records, from the record's
 * prerendered page; null for a record the build has not seen (its page then has no links).
 */
export function recordLinksQuery(id: string, deps: LoaderDeps) {
  return queryOptions({
    queryKey: portalKeys.links(id),
    queryFn: async ({ signal }): Promise<RecordLinks | null> => {
      if (!RECORD_ID.test(id)) return null;
      const [{ loadPageData }, { recordLinksSchema }] = await reading();
      try {
        return await loadPageData(`records/${id}/`, portalKeys.links(id), recordLinksSchema, deps, {
          signal,
          notFound: `No links for “${id}”.`,
        });
      } catch (error) {
        // The record reads the same without its links: a failure is only an operator's note.
        if (!(error instanceof LoadError && error.problem.kind === 'not-found')) {
          deps.warn(`records/${id}/: the record's links could not be read (${String(error)})`);
        }
        return null;
      }
    },
    staleTime: Infinity,
    retry: false,
  });
}
