// One shard of the records, prerendered in a worker thread by scripts/build.mjs: the pages are
// written here, and the valid records go back for the home page, the search index and the sitemap.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

const { server, outDir, template, base, paths } = workerData;
const { prerenderRecords } = await import(server);
const records = paths.map((path) => ({ path, text: readFileSync(join(outDir, path), 'utf8') }));
const result = await prerenderRecords({ template, base, records });
for (const file of result.files) {
  const target = join(outDir, file.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.text);
}
parentPort.postMessage({
  records: result.records,
  warnings: result.warnings,
  pages: result.files.filter((f) => f.path.endsWith('.html')).length,
});
