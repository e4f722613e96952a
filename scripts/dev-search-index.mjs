// Writes the search index of public/records to a folder, for `npm run dev` (see dev-search.ts):
//   node scripts/dev-search-index.mjs <records folder> <output folder>
// A process of its own (about 0.5 s), so the dev server keeps answering while it runs.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { runnerImport } from 'vite';

const [recordsDir, outDir] = process.argv.slice(2);
const [{ module: schema }, { module: read }, { module: page }] = await Promise.all([
  runnerImport('./src/record/schema.ts'),
  runnerImport('./src/record/read.ts'),
  runnerImport('./src/search/indexPage.tsx'),
]);
const readJson = (name) => JSON.parse(readFileSync(join(recordsDir, name), 'utf8'));
const { records } = schema.parseRecordIndex(readJson('index.json')).value;
const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
for (const { id } of records) {
  try {
    const record = read.parseRecord(readJson(`${id}.json`)).value;
    await index.addHTMLFile({ url: `/records/${id}`, content: page.indexPageHtml(record) });
  } catch (error) {
    console.warn(`search index: records/${id}.json left out: ${String(error)}`);
  }
}
rmSync(outDir, { recursive: true, force: true });
await index.writeFiles({ outputPath: outDir });
await pagefind.close();
