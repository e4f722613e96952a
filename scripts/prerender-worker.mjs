// One shard of the records, in a worker thread of scripts/build.mjs: it reads them (and derives
// their fingerprints, but for files an incremental build knows unchanged) and sends them to the
// build, which works out the portal around all of them (asking each thread for the related
// records of its part of all the records: `{ related: { sources, part } }`); then, given the records it is to render
// (all of its shard but with --shard or --incremental), their links and its share of the people
// and topics, it prerenders their pages and writes them here.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { knownFingerprints } from './incremental.mjs';

const { server, outDir, template, base, origin, paths, known } = workerData;
/** Records (or people's and topics' pages) rendered and written at a time. */
const BATCH = 200;
const { readRecords, renderRecords, renderPortalPages, cspProblems, relatedRecords } = await import(
  server
);
const records = paths.map((path) => ({ path, text: readFileSync(join(outDir, path), 'utf8') }));
const { sources, reused } = knownFingerprints(records, known);
const read = await readRecords({ records, known: reused });
parentPort.on('message', async (message) => {
  if (message.related) {
    const { sources, part } = message.related;
    parentPort.postMessage({ related: [...relatedRecords(sources, {}, part)] });
    return;
  }
  const { render, links, persons, topics } = message;
  const own = new Set(render);
  const entries = read.entries.filter((e) => own.has(e.record.id));
  const linkMap = new Map(links);
  const html = [];
  const problems = [];
  const write = (files) => {
    for (const file of files) {
      const target = join(outDir, file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.text);
      if (!file.path.endsWith('.html')) continue;
      html.push(file.path);
      for (const problem of cspProblems(file.text)) problems.push(`${file.path}: ${problem}`);
    }
  };
  // A batch at a time, each written before the next is rendered: the pages of a thread's share
  // held at once were gigabytes at 10,000 records.
  for (let i = 0; i < entries.length; i += BATCH) {
    write(await renderRecords({ template, base, origin }, entries.slice(i, i + BATCH), linkMap));
  }
  for (let i = 0; i < Math.max(persons.length, topics.length); i += BATCH) {
    write(
      await renderPortalPages(
        { template, base },
        persons.slice(i, i + BATCH),
        topics.slice(i, i + BATCH),
      ),
    );
  }
  parentPort.postMessage({ html, problems });
});
parentPort.postMessage({
  entries: read.entries,
  warnings: read.warnings,
  sources: [...sources],
  reused: reused.size,
});
