import { contentRuns } from '../data/runs';

/**
 * The search index in shards, so that a one-record change rebuilds one small index rather than
 * the whole (Pagefind cannot add a page to an index or take one out). The browser merges them
 * (see pagefind.ts): words found are ranked by score across the shards, and a list without words
 * takes each shard's pages newest first, shard after shard. Each shard is a run of the records
 * newest first and the runs follow each other, so that list is newest first as a whole, as the
 * home page lists them.
 *
 * Where a run ends depends only on the records near its end (content-defined chunking): once a
 * run holds half the shard size, a record whose id hashes to a multiple of half the size closes
 * it, and at twice the size it closes whatever the hash. Adding, editing or removing a record
 * changes the run it falls in, and now and then the next one or two, never the others; the same
 * records always give the same shards, whichever build made them.
 *
 * Every shard costs a query a chunk of its own index (Pagefind cuts an index into chunks of
 * 20,000 word places, about 30 KB, whatever its size), so the size grows with the site and a
 * query merges four to eight shards: `npm run bench -- portal` measured 13 shards of 10,000
 * records at 526 KB a first query, against 224 KB for one index.
 */

/** A page the index reads, with the record's place in the list (`browseKey`, newest last). */
export interface ShardPage {
  id: string;
  key: string;
}

/**
 * A page as the build gives it to Pagefind: its address, what it is made from (the record's
 * JSON, which names its shard: the same records, the same shards) and its HTML
 * (`indexPageOf`), made only for a shard that is written.
 */
export interface IndexedPage extends ShardPage {
  url: string;
  source: string;
  html: () => string;
}

/** The smallest expected shard; a site of up to 8,192 records has shards of this size. */
export const MIN_SHARD_SIZE = 1024;

/**
 * The expected records a shard: a power of two from a quarter to an eighth of the records, at
 * least `MIN_SHARD_SIZE` (2,048 at 10,000 records, 16,384 at 100,000). It changes (and every
 * shard with it) only when the count passes a power of two.
 */
export function shardSize(records: number): number {
  let size = MIN_SHARD_SIZE;
  while (size * 8 <= records) size *= 2;
  return size;
}

/**
 * The pages in runs, newest first, each of `size / 2` to `2 × size` pages (the last may be
 * shorter): past half the size, a run ends after a page whose id hash `size / 2` divides.
 */
export function searchShards<P extends ShardPage>(
  pages: readonly P[],
  size = shardSize(pages.length),
): P[][] {
  const least = Math.max(1, Math.floor(size / 2));
  const most = Math.max(1, 2 * size);
  const newest = [...pages].sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
  const { runs, open } = contentRuns(newest, (page) => page.id, least, most);
  return open.length > 0 ? [...runs, open] : runs;
}

/**
 * `pagefind/shards.json`: the shards' folders under `pagefind/`, in the order they merge (none for
 * a site without records).
 */
export interface ShardList {
  shards: string[];
}

export function parseShardList(value: unknown): ShardList {
  const shards: unknown = typeof value === 'object' && value ? Reflect.get(value, 'shards') : null;
  if (
    !Array.isArray(shards) ||
    !shards.every((s): s is string => typeof s === 'string' && /^[0-9a-f]{8,64}$/.test(s))
  ) {
    throw new Error('pagefind/shards.json does not list the index’s shards');
  }
  return { shards };
}
