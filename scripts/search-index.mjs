// The search index in shards (src/search/shards.ts): each shard is a Pagefind index of its own,
// in `pagefind/<digest>/`, named by a digest of the records it reads, and `pagefind/shards.json`
// lists them in the order the browser merges them. A build keeps a shard folder that is already
// there under its name (the same records give the same index) and writes the others, so a
// one-record change rebuilds one shard or two; a page's HTML is made only for a shard written
// (`html()`). Used by the build and by `npm run dev`.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Pages Pagefind is given at once: it reads them on its own threads meanwhile. */
const BATCH = 100;

/** A shard's folder name: a digest of its pages' addresses and sources, in their order. */
export function shardName(pages) {
  const hash = createHash('sha256');
  for (const { url, source } of pages) hash.update(`${url}\n${source.length}\n${source}`);
  return hash.digest('hex').slice(0, 16);
}

async function writeShard(pages, dir) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  for (let start = 0; start < pages.length; start += BATCH) {
    const added = await Promise.all(
      pages
        .slice(start, start + BATCH)
        .map(({ url, html }) => index.addHTMLFile({ url, content: html() })),
    );
    added.forEach(({ errors: failed }, k) => {
      if (failed.length > 0) {
        throw new Error(`search index: ${pages[start + k].url}: ${failed.join('; ')}`);
      }
    });
  }
  rmSync(dir, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: dir });
  if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
  // Pagefind's ready-made UIs are not used.
  for (const name of readdirSync(dir)) {
    if (/-ui\.|highlight|^wasm\.unknown/.test(name)) rmSync(join(dir, name));
  }
}

/**
 * Writes the shards (each a list of pages, in merge order) under `dir`, keeping those already
 * written when `keep` is set, removes what is not one of them, and lists them. Returns how many
 * shards were written and how many kept.
 */
export async function writeSearchIndex(shards, dir, { keep }) {
  const names = shards.map(shardName);
  if (!keep) rmSync(dir, { recursive: true, force: true });
  let written = 0;
  try {
    for (const [k, pages] of shards.entries()) {
      const shardDir = join(dir, names[k]);
      if (keep && existsSync(join(shardDir, 'pagefind-entry.json'))) continue;
      await writeShard(pages, shardDir);
      written += 1;
    }
  } finally {
    await pagefind.close();
  }
  mkdirSync(dir, { recursive: true });
  const listed = new Set([...names, 'shards.json']);
  for (const name of readdirSync(dir)) {
    if (!listed.has(name)) rmSync(join(dir, name), { recursive: true, force: true });
  }
  writeFileSync(join(dir, 'shards.json'), JSON.stringify({ shards: names }));
  return { written, kept: shards.length - written };
}
