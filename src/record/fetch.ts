import { LoadError } from '../data/errors';
import type { LoaderDeps } from '../data/deps';
import { loadJson } from '../data/load';
import { RECORD_ID } from './fields';
import { recordFileSchema } from './read';
import { recordIndexSchema, type RecordSummary, type ResearchRecord } from './schema';

/** The record files and how they are read: the record page's loader fetches it lazily. */
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
  const index = await loadJson(RECORD_INDEX_FILE, recordIndexSchema, deps, {
    signal,
    notFound: 'There is no list of records (records/index.json).',
    what: 'list of records',
  });
  return index.records;
}
