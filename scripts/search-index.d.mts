import type { IndexedPage } from '../src/search/shards';

export function shardName(pages: readonly IndexedPage[]): string;
export function writeSearchIndex(
  shards: readonly (readonly IndexedPage[])[],
  dir: string,
  options: { keep: boolean },
): Promise<{ written: number; kept: number }>;
