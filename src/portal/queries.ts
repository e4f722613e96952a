import { queryOptions } from '@tanstack/react-query';
import type { LoaderDeps } from '../data/deps';
import { LoadError, retryTransient } from '../data/errors';
import type { LetterPage, PersonPageData } from './model';
import { portalKeys, reading, type Letters } from './links';

/** The portal pages' queries: each page's data, read from the page itself (`loadPageData`). */

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

const topicMissing = (id: string, block: string | null) =>
  block === ''
    ? `No topic “${id}” in this portal.`
    : `No such page of older records on the topic “${id}” in this portal.`;

/** A topic's page (`block` ''), a page of its older records, or (null) an address of neither. */
export function topicQuery(id: string, block: string | null, deps: LoaderDeps) {
  return queryOptions({
    queryKey: portalKeys.topic(id, block ?? '!'),
    queryFn: async ({ signal }) => {
      const path = `topics/${id}/${block ? `${block}/` : ''}`;
      const notFound = topicMissing(id, block);
      if (block === null) throw new LoadError({ kind: 'not-found', file: path, message: notFound });
      const [{ loadPageData }, { topicPageSchema }] = await reading();
      return loadPageData(path, portalKeys.topic(id, block), topicPageSchema, deps, {
        signal,
        notFound,
        what: "topic's page",
      });
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
