import { queryOptions } from '@tanstack/react-query';
import { digest } from '../data/canonical';
import type { LoaderDeps } from '../data/deps';
import { LoadError } from '../data/errors';
import { loadJson } from '../data/load';
import { citationFile, citationSetSchema, pickCitation } from './prerendered';
import type { CitationQueryServices } from './services';
import type { ListEntry } from './store';
import type { StyleId } from './styles';

/**
 * The citation feature's cache keys, from general to specific. A list is keyed by its records'
 * ids and a digest of each one's citation data, so a changed snapshot is a new key while the key
 * itself stays small (no abstracts in it).
 */
export const citationKeys = {
  all: ['citation'] as const,
  set: (id: string) => [...citationKeys.all, 'set', id] as const,
  rendered: (entries: readonly ListEntry[], style: StyleId, bibtexAscii: boolean) =>
    [
      ...citationKeys.all,
      'rendered',
      style,
      bibtexAscii,
      entries.map((entry) => `${entry.id}@${digest(entry.item)}`),
    ] as const,
};

/** The citations the build wrote for a record; null when there are none or they cannot be read. */
export function citationSetQuery(id: string, deps: LoaderDeps) {
  return queryOptions({
    queryKey: citationKeys.set(id),
    queryFn: ({ signal }) =>
      loadJson(citationFile(id), citationSetSchema, deps, { signal, what: 'citation set' }).catch(
        // Without the file (a record added without a rebuild), the engine renders the citation.
        // One that cannot be read is reported to operators and left aside the same way.
        (error: unknown) => {
          if (!(error instanceof LoadError && error.problem.kind === 'not-found')) {
            deps.warn(
              `${citationFile(id)}: ${error instanceof Error ? error.message : String(error)}`,
            );
          }
          return null;
        },
      ),
    staleTime: Infinity,
    retry: false,
  });
}

/**
 * One query per list, style and option. A single record the build knows is answered from its
 * prerendered citations; anything else (a record added without a rebuild, a list) by the engine,
 * which loads on first use.
 */
export function citationQuery(
  entries: readonly ListEntry[],
  style: StyleId,
  bibtexAscii: boolean,
  services: CitationQueryServices,
) {
  return queryOptions({
    queryKey: citationKeys.rendered(entries, style, bibtexAscii),
    queryFn: async ({ client }) => {
      const [only] = entries;
      if (only && entries.length === 1) {
        const set = await client.query(citationSetQuery(only.id, services.data));
        const ready = set && pickCitation(set, only.item, style, bibtexAscii);
        if (ready) return ready;
      }
      return services.render(
        entries.map((e) => e.item),
        style,
        { bibtexAscii },
      );
    },
    staleTime: Infinity,
    retry: false,
  });
}
