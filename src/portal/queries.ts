import { queryOptions } from '@tanstack/react-query';
import type { LoaderDeps } from '../data/deps';
import { LoadError, retryTransient } from '../data/errors';
import { RECORD_ID } from '../record/fields';
import type { LetterPage, PersonPageData, RecordLinks } from './model';

/** The portal's cache keys, from general to specific; the build fills them in each page's state. */
export const portalKeys = {
  all: ['portal'] as const,
  links: (record: string) => [...portalKeys.all, 'links', record] as const,
  person: (kind: PersonPageData['kind'], id: string) => [...portalKeys.all, kind, id] as const,
  topic: (id: string, page: number) => [...portalKeys.all, 'topic', id, page] as const,
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
const reading = () => Promise.all([import('../data/pageData'), import('./schemas')]);

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

export function personQuery(kind: PersonPageData['kind'], id: string, deps: LoaderDeps) {
  return queryOptions({
    queryKey: portalKeys.person(kind, id),
    queryFn: async ({ signal }) => {
      const [{ loadPageData }, { personPageSchema }] = await reading();
      const folder = kind === 'organisation' ? 'organisations' : 'persons';
      return loadPageData(`${folder}/${id}/`, portalKeys.person(kind, id), personPageSchema, deps, {
        signal,
        notFound: `No ${kind === 'organisation' ? 'organisation' : 'person'} “${id}” in this portal.`,
        what: `${kind}'s page`,
      });
    },
    staleTime: Infinity,
    retry: retryTransient,
    retryOnMount: false,
  });
}

export function topicQuery(id: string, page: number, deps: LoaderDeps) {
  return queryOptions({
    queryKey: portalKeys.topic(id, page),
    queryFn: async ({ signal }) => {
      const [{ loadPageData }, { topicPageSchema }] = await reading();
      return loadPageData(
        `topics/${id}/${page > 1 ? `${page}/` : ''}`,
        portalKeys.topic(id, page),
        topicPageSchema,
        deps,
        {
          signal,
          notFound: `No topic “${id}”${page > 1 ? ` with a page ${page}` : ''} in this portal.`,
          what: "topic's page",
        },
      );
    },
    staleTime: Infinity,
    retry: retryTransient,
    retryOnMount: false,
  });
}

export function letterQuery(kind: LetterPage['kind'], letter: string, deps: LoaderDeps) {
  return queryOptions({
    queryKey: portalKeys.letter(kind, letter),
    queryFn: async ({ signal }) => {
      const [{ loadPageData }, { letterPageSchema }] = await reading();
      return loadPageData(
        `browse/${kind}/${letter}/`,
        portalKeys.letter(kind, letter),
        letterPageSchema,
        deps,
        {
          signal,
          notFound: `No ${kind} under “${letter}” in this portal.`,
          what: 'list',
        },
      );
    },
    staleTime: Infinity,
    retry: retryTransient,
    retryOnMount: false,
  });
}

/** The A–Z lists' letters, from the browse page; null where the build wrote none. */
export function lettersQuery(deps: LoaderDeps) {
  return queryOptions({
    queryKey: portalKeys.letters(),
    queryFn: async ({ signal }): Promise<Letters | null> => {
      const [{ loadPageData }, { lettersSchema }] = await reading();
      try {
        return await loadPageData('browse/', portalKeys.letters(), lettersSchema, deps, {
          signal,
          notFound: 'No people or topics in this portal.',
        });
      } catch (error) {
        if (error instanceof LoadError && error.problem.kind === 'not-found') return null;
        throw error;
      }
    },
    staleTime: Infinity,
    retry: retryTransient,
  });
}
