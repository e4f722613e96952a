import { queryOptions } from '@tanstack/react-query';
import { renderCitations } from './engine';
import { citationFile, pickCitation } from './prerendered';
import type { Rendered } from './render';
import type { ListEntry } from './store';
import type { StyleId } from './styles';

export function outputTypesOf(entries: readonly ListEntry[]): Map<string, string> {
  return new Map(entries.flatMap((e) => (e.outputType ? [[e.id, e.outputType] as const] : [])));
}

/** The citations the build wrote for a record; null when there are none (or they cannot be read). */
export function citationSetQuery(id: string) {
  return queryOptions({
    queryKey: ['citation-set', id],
    queryFn: async ({ signal }): Promise<unknown> => {
      try {
        const response = await fetch(`${import.meta.env.BASE_URL}${citationFile(id)}`, {
          headers: { Accept: 'application/json' },
          signal,
        });
        const type = response.headers.get('content-type') ?? '';
        if (!response.ok || !type.includes('json')) return null;
        return (await response.json()) as unknown;
      } catch {
        return null;
      }
    },
    staleTime: Infinity,
    retry: false,
  });
}

/**
 * One query per list, style and option. A single record the build knows is answered from its
 * prerendered citations; anything else (a record added without a rebuild, a list) by the engine,
 * which loads on first use.
 */
export function citationQuery(entries: readonly ListEntry[], style: StyleId, bibtexAscii: boolean) {
  return queryOptions({
    queryKey: ['citation', style, bibtexAscii, JSON.stringify(entries)],
    queryFn: async ({ client }): Promise<Rendered> => {
      const [only] = entries;
      if (only && entries.length === 1) {
        const set = await client.query(citationSetQuery(only.id));
        const ready = pickCitation(set, only.item, style, bibtexAscii);
        if (ready) return ready;
      }
      return renderCitations(
        entries.map((e) => e.item),
        style,
        { bibtexAscii, outputTypes: outputTypesOf(entries) },
      );
    },
    staleTime: Infinity,
    retry: false,
  });
}
