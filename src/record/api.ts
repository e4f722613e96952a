import { queryOptions } from '@tanstack/react-query';
import { LoadError, retryTransient } from '../data/errors';
import type { LoaderDeps } from '../data/deps';
import { RECORD_ID } from './fields';
import type { RecordSummary, ResearchRecord } from './schema';

/**
 * The record schemas and their salvage load with the first record fetched: a prerendered page
 * arrives with its record already read, so its first paint never needs them.
 */
const schemas = () => Promise.all([import('./read'), import('./schema'), import('../data/load')]);

export const recordFile = (id: string) => `records/${id}.json`;
export const RECORD_INDEX_FILE = 'records/index.json';

/** Fetches `records/<id>.json` and validates it; rejects with a `LoadError`. */
export async function fetchRecord(
  id: string,
  deps: LoaderDeps,
  signal?: AbortSignal,
): Promise<ResearchRecord> {
  const file = recordFile(id);
  const notFound = `No record with id “${id}”.`;
  if (!RECORD_ID.test(id)) throw new LoadError({ kind: 'not-found', file, message: notFound });
  const [{ recordFileSchema }, , { loadJson }] = await schemas();
  const record = await loadJson(file, recordFileSchema, deps, { signal, notFound, what: 'record' });
  if (record.id !== id) {
    throw new LoadError({
      kind: 'invalid',
      file,
      what: 'record',
      problems: [`id: "${record.id}" does not match the file name "${id}"`],
    });
  }
  for (const line of record.dropped.flatMap((d) => d.details)) deps.warn(`${file}: ${line}`);
  return record;
}

/** Fetches `records/index.json`, the list the home page offers. */
export async function fetchRecordIndex(
  deps: LoaderDeps,
  signal?: AbortSignal,
): Promise<RecordSummary[]> {
  const [, { recordIndexSchema }, { loadJson }] = await schemas();
  const index = await loadJson(RECORD_INDEX_FILE, recordIndexSchema, deps, {
    signal,
    notFound: 'There is no list of records (records/index.json).',
    what: 'list of records',
  });
  return index.records;
}

/** Keys go from general to specific so that `['records']` invalidates them all. */
export const recordKeys = {
  all: ['records'] as const,
  detail: (id: string) => [...recordKeys.all, 'detail', id] as const,
};

export function recordQuery(id: string, deps: LoaderDeps) {
  return queryOptions({
    queryKey: recordKeys.detail(id),
    queryFn: ({ signal }) => fetchRecord(id, deps, signal),
    staleTime: Infinity,
    retry: retryTransient,
    // The route loader already tried; a failure waits for the reader's Retry.
    retryOnMount: false,
  });
}
