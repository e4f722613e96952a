/**
 * The search index in shards, so that a one-record change rebuilds one small index rather than
 * the whole (Pagefind cannot add a page to an index or take one out). The browser merges them:
 * the first answers, the others join it (`mergeIndex`), and Pagefind puts the answers together by
 * score. With no words typed every page scores the same, so the merged list keeps the shards'
 * order: each shard is a run of the records newest first, and the runs follow each other, so the
 * merged list is newest first too, as the home page lists them.
 *
 * Where a run ends depends only on the record at its end (content-defined chunking): a record
 * whose id hashes to a multiple of the shard size closes its run. Adding, editing or removing a
 * record changes the run it falls in (and, if it closes a run, the next one), never the others,
 * and the same records always give the same shards, whichever build made them.
 */

/** A page the index reads, with the record's place in the list (`browseKey`, newest last). */
export interface ShardPage {
  id: string;
  key: string;
}

/** A page as the build gives it to Pagefind: its address and its HTML (`indexPageHtml`). */
export interface IndexedPage extends ShardPage {
  url: string;
  html: string;
}

/** The smallest expected shard; a site of up to about 16,000 records has shards of this size. */
export const MIN_SHARD_SIZE = 1024;

/**
 * The expected records a shard: a power of two near an eighth of the records, at least
 * `MIN_SHARD_SIZE`, so a query merges about eight to sixteen indexes whatever the site's size.
 * It changes (and every shard with it) only when the count passes a power of two.
 */
export function shardSize(records: number): number {
  let size = MIN_SHARD_SIZE;
  while (size * 16 <= records) size *= 2;
  return size;
}

/** FNV-1a, 32 bits, over the UTF-16 code units: a stable, well-spread hash of an id. */
export function idHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The pages in runs, newest first; a run ends after a page whose id hash `size` divides. */
export function searchShards<P extends ShardPage>(
  pages: readonly P[],
  size = shardSize(pages.length),
): P[][] {
  const newest = [...pages].sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
  const shards: P[][] = [];
  let run: P[] = [];
  for (const page of newest) {
    run.push(page);
    if (idHash(page.id) % size === 0) {
      shards.push(run);
      run = [];
    }
  }
  if (run.length > 0) shards.push(run);
  return shards;
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
