// Writes the search index of public/records to a folder, for `npm run dev` (see dev-search.ts):
//   node scripts/dev-search-index.mjs <records folder> <output folder>
// A process of its own (about 0.5 s), so the dev server keeps answering while it runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { writeSearchIndex } from './search-index.mjs';

const [recordsDir, outDir] = process.argv.slice(2);
const [
  { module: schema },
  { module: read },
  { module: page },
  { module: doc },
  { module: shards },
] = await Promise.all([
  runnerImport('./src/record/schema.ts'),
  runnerImport('./src/record/read.ts'),
  runnerImport('./src/search/indexPage.tsx'),
  runnerImport('./src/search/document.ts'),
  runnerImport('./src/search/shards.ts'),
]);
const readJson = (name) => JSON.parse(readFileSync(join(recordsDir, name), 'utf8'));
const { records } = schema.parseRecordIndex(readJson('index.json')).value;
const pages = records.flatMap(({ id }) => {
  try {
    const record = read.parseRecord(readJson(`${id}.json`)).value;
    return [{ id, key: doc.browseKey(record), url: `/records/${id}`, ...page.indexPageOf(record) }];
  } catch (error) {
    console.warn(`search index: records/${id}.json left out: ${String(error)}`);
    return [];
  }
});
await writeSearchIndex(shards.searchShards(pages), outDir, { keep: false });
