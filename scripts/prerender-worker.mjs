// One shard of the records, in a worker thread of scripts/build.mjs: it reads them (and derives
// their fingerprints) and sends them to the build, which works out the portal around all of them;
// then, given each record's links, it prerenders their pages and writes them here.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

const { server, outDir, template, base, origin, paths } = workerData;
const { readRecords, renderRecords } = await import(server);
const records = paths.map((path) => ({ path, text: readFileSync(join(outDir, path), 'utf8') }));
const read = await readRecords({ records });
parentPort.once('message', async ({ links }) => {
  const files = await renderRecords({ template, base, origin }, read.entries, new Map(links));
  for (const file of files) {
    const target = join(outDir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
  parentPort.postMessage({ pages: files.filter((f) => f.path.endsWith('.html')).length });
});
parentPort.postMessage({ entries: read.entries, warnings: read.warnings });
