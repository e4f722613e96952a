// npm run build: the client build, then a server build of the prerender entry, then every page of
// the site written as real HTML (see README, "Prerendered pages"). Honours LECTERN_BASE,
// LECTERN_OUT, LECTERN_SITE_URL and, for the benchmark, LECTERN_PUBLIC (another public folder),
// LECTERN_PORTAL=0 (no people, topics or related records) and LECTERN_THREADS (worker threads).
//
// Past one machine: `--shard i/n` renders the i-th of n slices of the record, people's and topics'
// pages (every record is still read: the portal is worked out from all of them) and no shared page;
// `--merge dir…` joins the slices of one set of records, each built into its own folder (by a job
// of a CI matrix, say), and writes the shared pages and the search index, as a full build would.
//
// `--incremental` builds into the folder of the last finished build (scripts/incremental.mjs keeps
// what it was built from) and renders only the pages whose inputs changed: a record's pages when
// its file, fingerprint or links changed, a person's or topic's page when what it shows changed,
// the shared pages always, and the search index's shards whose records changed. The code, the app's
// settings or a missing or unreadable state make it a full build, and the log says why.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { appBundles, appKey } from './app-bundle.mjs';
import {
  digestOf,
  forgetBuild,
  knownFingerprints,
  lastBuild,
  removeFromSite,
  saveBuild,
} from './incremental.mjs';
import { writeSearchIndex } from './search-index.mjs';

// React's packages choose their build by NODE_ENV as they load: unset, the pages would be
// rendered by the development build (about three times slower, with its checks). A test runner's
// "test" is kept.
process.env.NODE_ENV ??= 'production';

const started = performance.now();
const { values: flags, positionals } = parseArgs({
  options: {
    shard: { type: 'string' },
    merge: { type: 'boolean' },
    incremental: { type: 'boolean' },
  },
  allowPositionals: true,
});
const sliced = /^(\d+)\/(\d+)$/.exec(flags.shard ?? '');
const shard = sliced ? { index: Number(sliced[1]), of: Number(sliced[2]) } : null;
if (flags.shard && (!shard || shard.index < 1 || shard.index > shard.of)) {
  console.error(`build: --shard ${flags.shard}: expected i/n with 1 ≤ i ≤ n ("2/4")`);
  process.exit(1);
}
const mergeFrom = flags.merge ? positionals.map((dir) => resolve(dir)) : [];
if (flags.merge && mergeFrom.length === 0) {
  console.error('build: --merge needs the folders of the slices to join');
  process.exit(1);
}
if (flags.incremental && (flags.shard || flags.merge)) {
  console.error('build: --incremental builds a whole site, never with --shard or --merge');
  process.exit(1);
}
const seconds = (ms) => (ms / 1000).toFixed(1);
/** Whether the k-th page of a kind is this build's to render. */
const mine = (k) => !shard || k % shard.of === shard.index - 1;
const SHARD_FILE = '.lectern-shard.json';
const outDir = resolve(process.env.LECTERN_OUT ?? 'dist');
const publicDir = process.env.LECTERN_PUBLIC ? resolve(process.env.LECTERN_PUBLIC) : undefined;
const logLevel = process.env.LECTERN_LOG ?? 'warn';
const base = process.env.LECTERN_BASE ?? '/';
const siteUrl = process.env.LECTERN_SITE_URL;
// LECTERN_PORTAL=0 leaves the portal's pages and links out (the benchmark compares build times).
const withPortal = process.env.LECTERN_PORTAL !== '0';
// LECTERN_SEARCH_SHARD: the expected records a search index shard (tests use small ones); by
// default it grows with the site (src/search/shards.ts).
const searchShardSize = process.env.LECTERN_SEARCH_SHARD
  ? Number(process.env.LECTERN_SEARCH_SHARD)
  : undefined;
if (searchShardSize !== undefined && !(Number.isInteger(searchShardSize) && searchShardSize > 0)) {
  console.error(
    `build: LECTERN_SEARCH_SHARD=${process.env.LECTERN_SEARCH_SHARD}: expected a whole number of records`,
  );
  process.exit(1);
}
/** A whole site (not a slice nor a merge): the builds an incremental build can follow. */
const whole = !flags.shard && !flags.merge;

const marks = flags.merge ? sliceMarks() : [];

// What the pages depend on beside the records: the app (its code and settings) and this build's
// own code. An incremental build follows only a finished build of the same.
const settings = {
  app: appKey(process.cwd(), { base, siteUrl, publicDir: publicDir ?? resolve('public') }),
  build: digestOf(
    ['build.mjs', 'prerender-worker.mjs', 'incremental.mjs', 'search-index.mjs'].map((name) =>
      readFileSync(new URL(name, import.meta.url), 'utf8'),
    ),
  ),
  portal: withPortal,
  searchShardSize: searchShardSize ?? null,
};
const last = flags.incremental ? lastBuild(outDir, settings) : { state: null, reason: null };
const previous = last.state;
if (flags.incremental && !previous) {
  console.log(`build: a full build, not an incremental one: ${last.reason}`);
}
forgetBuild(outDir);

const app = await appBundles({ outDir, publicDir, base, siteUrl, logLevel, keep: !!previous });
const publicFiles = new Set(app.publicFiles);
// A public file (a record's JSON, say) gone from the public folder goes from the site.
for (const path of previous?.public ?? []) {
  if (!publicFiles.has(path)) removeFromSite(outDir, path);
}
const clientDone = performance.now();
const server = pathToFileURL(app.server).href;
const {
  readRecords,
  listedRecords,
  personPath,
  topicBlock,
  topicPath,
  portalOf,
  renderRecords,
  renderPortalPages,
  renderShell,
  pageFileOf,
  searchPagesOf,
  cspProblems,
  parseSiteOrigin,
  searchShards,
} = await import(server);

const read = (path) => ({ path, text: readFileSync(join(outDir, path), 'utf8') });
const recordsDir = join(outDir, 'records');
const recordPaths = existsSync(recordsDir)
  ? readdirSync(recordsDir)
      .filter((name) => name.endsWith('.json') && name !== 'index.json')
      .sort()
      .map((name) => `records/${name}`)
  : [];
const template = readFileSync(join(outDir, 'index.html'), 'utf8');
const origin = parseSiteOrigin(siteUrl);

// The strict CSP allows no inline script or style: a page that would need one fails the build.
// Each page is checked as it is written (in the workers too); the walk at the end checks the rest.
const problems = [];
const rendered = new Set();
const writeFiles = (files) => {
  for (const file of files) {
    const target = join(outDir, file.path);
    // An operator's own robots.txt (from public/) wins over the generated one.
    if (file.path === 'robots.txt' && publicFiles.has('robots.txt')) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text);
    if (!file.path.endsWith('.html')) continue;
    rendered.add(file.path);
    for (const problem of cspProblems(file.text)) problems.push(`${file.path}: ${problem}`);
  }
};

function checkCsp() {
  if (previous) {
    // The pages an incremental build kept were checked when they were written.
    for (const path of app.publicFiles) {
      if (!path.endsWith('.html') || rendered.has(path)) continue;
      for (const problem of cspProblems(readFileSync(join(outDir, path), 'utf8'))) {
        problems.push(`${path}: ${problem}`);
      }
    }
  }
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const file = relative(outDir, path);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html') && !rendered.has(file)) {
        for (const problem of cspProblems(readFileSync(path, 'utf8'))) {
          problems.push(`${file}: ${problem}`);
        }
      }
    }
  };
  if (!previous) walk(outDir);
  if (problems.length > 0) {
    console.error(`build: the CSP would block these:\n${problems.join('\n')}`);
    process.exit(1);
  }
}

/**
 * The slices' marks, read before anything is built: a set that is not every slice of one build
 * fails at once, naming what it found.
 */
function sliceMarks() {
  const marks = mergeFrom.map((dir) => {
    const file = join(dir, SHARD_FILE);
    if (!existsSync(file)) {
      console.error(
        `build failed: ${dir} is not a slice (no ${SHARD_FILE}; build it with --shard)`,
      );
      process.exit(1);
    }
    return { dir, ...JSON.parse(readFileSync(file, 'utf8')) };
  });
  const indices = marks.map((m) => m.index).sort((a, b) => a - b);
  const complete =
    marks.every((m) => m.of === marks.length) && indices.every((index, k) => index === k + 1);
  if (!complete) {
    const found = marks.map((m) => `${m.dir}: ${m.index}/${m.of}`).join(', ');
    console.error(`build failed: the slices are not 1…n of one build (${found})`);
    process.exit(1);
  }
  return marks;
}

/** Copies the slices' pages in, once they are known to be slices of these records. */
function joinSlices(marks) {
  if (!marks.every((m) => m.records === recordSet)) {
    console.error('build failed: the slices were built from other records than these');
    process.exit(1);
  }
  for (const { dir } of marks) {
    cpSync(dir, outDir, { recursive: true, filter: (path) => !path.endsWith(SHARD_FILE) });
  }
}

// Records are read and prerendered on every core, a shard each (a few records are not worth a
// thread). Each shard first reads its records; the portal around all of them (people, topics,
// related records) is worked out here; then each shard renders its records' pages with it, and
// its share of the people's and topics' pages.
const threads = process.env.LECTERN_THREADS
  ? Number(process.env.LECTERN_THREADS)
  : recordPaths.length < 100
    ? 0
    : Math.min(availableParallelism(), 8);
const slice = (list) => (flags.merge ? [] : list.filter((_, k) => mine(k)));
const knownOf = (paths) =>
  Object.fromEntries(
    paths.flatMap((path) =>
      previous?.fingerprints[path] ? [[path, previous.fingerprints[path]]] : [],
    ),
  );
const message = (worker) =>
  new Promise((done, fail) => {
    worker.once('message', done);
    worker.once('error', fail);
  });
let shards;
let renderShards;
// The related records of all the records, worked out a part in each thread (the threads are idle
// while the portal is worked out; the parts' lists are those of the whole); without threads,
// the portal works them out itself.
let relateInThreads;
if (threads === 0) {
  const files = recordPaths.map(read);
  const { sources, reused } = knownFingerprints(files, knownOf(recordPaths));
  const result = await readRecords({ records: files, known: reused });
  shards = [{ ...result, sources: [...sources], reused: reused.size }];
  renderShards = async (portal, ids, persons, topics) => {
    const own = result.entries.filter((e) => ids.has(e.record.id));
    const files = [
      ...(await renderRecords({ template, base, origin }, own, portal.links)),
      ...(await renderPortalPages({ template, base }, persons, topics)),
    ];
    writeFiles(files);
  };
} else {
  const workers = Array.from({ length: threads }, (_, t) => {
    const paths = recordPaths.filter((_, i) => i % threads === t);
    return new Worker(new URL('./prerender-worker.mjs', import.meta.url), {
      workerData: { server, outDir, template, base, origin, paths, known: knownOf(paths) },
    });
  });
  shards = await Promise.all(workers.map(message));
  relateInThreads = async (sources) => {
    const parts = await Promise.all(
      workers.map((worker, index) => {
        const done = message(worker);
        worker.postMessage({ related: { sources, part: { index, of: threads } } });
        return done;
      }),
    );
    return new Map(parts.flatMap((part) => part.related));
  };
  renderShards = async (portal, renderIds, persons, topics) => {
    const done = await Promise.all(
      workers.map((worker, t) => {
        const done = message(worker);
        const ids = shards[t].entries.map((e) => e.record.id).filter((id) => renderIds.has(id));
        worker.postMessage({
          render: ids,
          links: ids.flatMap((id) => (portal.links.has(id) ? [[id, portal.links.get(id)]] : [])),
          persons: persons.filter((_, i) => i % threads === t),
          topics: topics.filter((_, i) => i % threads === t),
        });
        return done;
      }),
    );
    await Promise.all(workers.map((worker) => worker.terminate()));
    for (const shard of done) {
      for (const path of shard.html) rendered.add(path);
      problems.push(...shard.problems);
    }
  };
}
const entries = shards
  .flatMap((shard) => shard.entries)
  .sort((a, b) => (a.record.id < b.record.id ? -1 : 1));
const indexFile = existsSync(join(recordsDir, 'index.json')) ? read('records/index.json') : null;
const {
  listed,
  warnings: listWarnings,
  errors: listErrors,
} = await listedRecords(indexFile, entries);
// A list the home page, the browse pages and the search would each show wrong stops the build.
if (listErrors.length > 0) {
  for (const warning of shards.flatMap((shard) => shard.warnings))
    console.warn(`prerender: ${warning}`);
  console.error(`build failed: the list of records is wrong:\n${listErrors.join('\n')}`);
  process.exit(1);
}
// The search index: Pagefind reads one small page per listed record and writes its index in
// chunks, so a query fetches only the parts it needs, in shards an incremental build keeps when
// their records are the same (scripts/search-index.mjs). Pagefind runs in a process of its own,
// so the index is written while the portal is worked out and the pages are rendered (it reads
// the listed records only; a slice leaves it to the merge).
const searchPages = shard ? [] : searchPagesOf(listed);
const searchStarted = performance.now();
const searchIndexing = shard
  ? null
  : writeSearchIndex(searchShards(searchPages, searchShardSize), join(outDir, 'pagefind'), {
      keep: !!previous,
    }).then(
      (written) => ({ written, seconds: performance.now() - searchStarted }),
      (error) => ({ error }),
    );
const portal = await portalOf(listed, withPortal, relateInThreads);
const portalDone = performance.now();

// What each page is rendered from, by the file or folder it writes: a record's folder from the
// record, its fingerprint and its links; a person's or topic's page from what it shows.
const units = new Map();
for (const { record, fingerprint } of entries) {
  units.set(
    `records/${record.id}/`,
    digestOf([record, fingerprint, portal.links.get(record.id) ?? null]),
  );
}
// A listed record (a result line: title, authors, journal, its COinS) is on many people's and
// topics' pages: each is digested once, and those pages' digests name their records by theirs.
const listedDigests = new WeakMap();
const listedDigest = (listed) => {
  let digest = listedDigests.get(listed);
  if (digest === undefined) {
    digest = digestOf(listed);
    listedDigests.set(listed, digest);
  }
  return digest;
};
for (const person of portal.persons) {
  const years = person.years.map(({ year, records }) => ({
    year,
    records: records.map(listedDigest),
  }));
  units.set(pageFileOf(personPath(person)), digestOf({ ...person, years }));
}
for (const topic of portal.topics) {
  units.set(
    pageFileOf(topicPath(topic.id, topicBlock(topic))),
    digestOf({ ...topic, records: topic.records.map(listedDigest) }),
  );
}
/** Whether a page's inputs changed since the last build (always, but for an incremental one). */
const changed = (unit, file) =>
  !previous || previous.units[unit] !== units.get(unit) || !existsSync(join(outDir, file));
// The records (by their place in the sorted list) and the people and topics this build renders.
const place = new Map(recordPaths.map((path, k) => [path, k]));
const renderIds = new Set(
  entries
    .filter(({ record }) => changed(`records/${record.id}/`, `records/${record.id}/index.html`))
    .map(({ record }) => record.id)
    .filter((id) => !flags.merge && mine(place.get(`records/${id}.json`))),
);
const renderPersons = slice(portal.persons).filter((person) => {
  const file = pageFileOf(personPath(person));
  return changed(file, file);
});
const renderTopics = slice(portal.topics).filter((topic) => {
  const file = pageFileOf(topicPath(topic.id, topicBlock(topic)));
  return changed(file, file);
});
// A page the last build wrote that this one has no inputs for (a record removed) goes.
const removed = Object.keys(previous?.units ?? {}).filter((unit) => !units.has(unit));
for (const unit of removed) removeFromSite(outDir, unit);
await renderShards(portal, renderIds, renderPersons, renderTopics);
const allIds = entries.map((e) => e.record.id);
const recordSet = createHash('sha256').update(allIds.join('\n')).digest('hex');
if (shard) {
  // A slice ends here: the shared pages and the search index are the merge's.
  writeFileSync(join(outDir, SHARD_FILE), JSON.stringify({ ...shard, records: recordSet }));
  for (const warning of shards.flatMap((s) => s.warnings)) console.warn(`prerender: ${warning}`);
  checkCsp();
  console.log(
    `build: ${relative(process.cwd(), outDir)}: slice ${shard.index} of ${shard.of}, ` +
      `${rendered.size} pages in ${seconds(performance.now() - started)} s (app bundles ${app.reused ? 'reused' : 'built'})`,
  );
  process.exit(0);
}
if (flags.merge) joinSlices(marks);
// A shared page (browse, A–Z) is rendered again only when the data it shows changed. The home
// page always is: its file is the app's template until then, copied in with the bundles.
const shellUnits = {};
const unchangedShell = (path, data) => {
  const digest = digestOf(data);
  shellUnits[path] = digest;
  if (path === '/') return false;
  return previous?.shellUnits?.[path] === digest && existsSync(join(outDir, pageFileOf(path)));
};
const shell = await renderShell(
  { template, base, origin },
  listed,
  portal,
  entries.map((e) => e.record.id),
  unchangedShell,
);
writeFiles(shell.files);
const shellFiles = [...shell.files.map((file) => file.path), ...shell.kept];
const sharedPages = Object.keys(shellUnits).length;
// A shared page the last build wrote and this one does not (a year no record has now) goes.
const current = new Set(shellFiles);
for (const path of previous?.shell ?? []) {
  if (!current.has(path) && !publicFiles.has(path)) removeFromSite(outDir, path);
}
const warnings = [...shards.flatMap((shard) => shard.warnings), ...listWarnings, ...shell.warnings];
for (const warning of warnings) console.warn(`prerender: ${warning}`);
const prerendered = performance.now();

const indexing = await searchIndexing;
if (indexing.error) throw indexing.error;
const searchIndex = indexing.written;
const indexed = performance.now();

checkCsp();

if (whole) {
  const sources = new Map(shards.flatMap((s) => s.sources));
  const fingerprints = Object.fromEntries(
    entries.map(({ record, fingerprint }) => {
      const path = `records/${record.id}.json`;
      return [path, { source: sources.get(path), fingerprint }];
    }),
  );
  saveBuild(outDir, settings, {
    public: app.publicFiles,
    fingerprints,
    units: Object.fromEntries(units),
    shell: shellFiles,
    shellUnits,
  });
}

const reused = shards.reduce((sum, s) => sum + (s.reused ?? 0), 0);
const incremental = previous
  ? `incremental: ${renderIds.size} of ${entries.length} records, ${renderPersons.length} of ` +
    `${portal.persons.length} people and ${renderTopics.length} of ${portal.topics.length} topic ` +
    `pages rendered, ${sharedPages - shell.kept.length} of ${sharedPages} shared pages rendered, ` +
    `${reused} fingerprints kept, ${removed.length} pages removed, ` +
    `${searchIndex.written} of ${searchIndex.written + searchIndex.kept} search index shards written; `
  : '';
console.log(
  `build: ${relative(process.cwd(), outDir)}: ${incremental}${flags.merge ? `${mergeFrom.length} slices joined, ` : ''}` +
    `${rendered.size} pages prerendered for ${recordPaths.length} records ` +
    `in ${seconds(performance.now() - started)} s (${app.reused ? 'app bundles reused' : 'app bundles built'} ${seconds(clientDone - started)} s, ` +
    `records read and portal ${seconds(portalDone - clientDone)} s, pages ${seconds(prerendered - portalDone)} s, ` +
    `${portal.persons.length} people, ${new Set(portal.topics.map((t) => t.id)).size} topics, search index of ${searchPages.length} ` +
    `records ${seconds(indexing.seconds)} s, ${seconds(indexed - prerendered)} s of it after the pages)`,
);
