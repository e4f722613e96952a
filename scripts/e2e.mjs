// Runs the end-to-end suite: builds and prerenders the app (at / and at the /lectern/ sub-path,
// and two sites of fixture records), then drives the system Chromium with Playwright against
// `vite preview`, with Zotero's translation server beside it. Never downloads a browser. The builds come first, whatever happens next: `npm run check` sizes the one in dist/.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { prepareZotero, zoteroSource } from './zotero.mjs';

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** A build, run beside the others; a failed one ends the run with its status. */
function build(env = {}) {
  return new Promise((done) => {
    const child = spawn('node', ['scripts/build.mjs'], {
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    child.on('exit', (status) => {
      if (status !== 0) process.exit(status ?? 1);
      done();
    });
  });
}

/**
 * Builds a site of fixture records into `out`: the shipped public folder with `records` added and
 * listed (after the shipped ones when `withShipped`, else alone).
 */
function fixtureSite(name, records, { withShipped, env = {} }) {
  const folder = `node_modules/.cache/lectern-e2e-${name}/public`;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  cpSync('public', folder, { recursive: true });
  const shipped = JSON.parse(readFileSync('public/records/index.json', 'utf8'));
  if (!withShipped) {
    for (const { id } of shipped.records) rmSync(join(folder, 'records', `${id}.json`));
  }
  for (const record of records) {
    writeFileSync(join(folder, 'records', `${record.id}.json`), JSON.stringify(record));
  }
  const summary = (r) => ({
    id: r.id,
    title: r.title,
    authors: r.authors,
    journal: r.journal?.title,
    published: r.published,
  });
  writeFileSync(
    join(folder, 'records', 'index.json'),
    JSON.stringify({
      records: [...(withShipped ? shipped.records : []), ...records.map(summary)],
    }),
  );
  return build({ LECTERN_PUBLIC: folder, LECTERN_OUT: `dist-${name}`, ...env });
}

const fixtures = (dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')));

// Hard records for the machines that read pages and files (Zotero, crawlers): names in many
// scripts, organisations, LaTeX specials, right-to-left text, a SICI DOI, and 1,000 authors; with
// the site's origin, so pages carry their URL.
const thousand = {
  id: 'hard-thousand-authors',
  title: 'A consortium paper with a thousand authors',
  authors: Array.from({ length: 1000 }, (_, i) => ({ given: 'Author', family: `No${i + 1}` })),
  journal: { title: 'Journal of Large Collaborations', volume: '1', issue: '1' },
  pages: { first: '1', last: '40' },
  published: '2021-01-15',
  language: 'English',
  keywords: ['Collaboration'],
  abstract: 'One thousand authors wrote this.',
};
// The four sites build at once (two cores; a build waits on its files and its workers part of
// the time). The root build has no site origin (so no absolute URLs); the sub-path build has one.
// The portal, a small site of the shipped record and those of tests/fixtures/portal, all listed
// (for the people, topics and related records), follows the root build, whose app bundles it
// reuses (scripts/app-bundle.mjs).
// Zotero's own translators judge what the pages and files give a reference manager; its copy is
// made (from the npm registry, the first time) while the sites build.
const zotero = zoteroSource();
await Promise.all([
  zotero &&
    prepareZotero(zotero).then((server) => {
      process.env.LECTERN_ZOTERO_SERVER = server;
    }),
  build().then(() =>
    fixtureSite('portal', fixtures('tests/fixtures/portal'), { withShipped: true }),
  ),
  build({
    LECTERN_BASE: '/lectern/',
    LECTERN_OUT: 'dist-subpath',
    LECTERN_SITE_URL: 'http://127.0.0.1:4175',
  }),
  fixtureSite('hard', [...fixtures('tests/fixtures/hard'), thousand], {
    withShipped: false,
    // Its thousand people's pages are most of the build's work: two threads render them.
    env: { LECTERN_SITE_URL: 'http://127.0.0.1:4177', LECTERN_THREADS: '2' },
  }),
]);

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const help = [
    `No Chromium at ${chromium}.`,
    "Install Debian's: sudo apt-get update && sudo apt-get install -y chromium",
    'or point CHROME_PATH at a Chromium or Chrome binary.',
  ].join('\n');
  if (process.env.CI) {
    console.error(`e2e: ${help}\nCI must run the end-to-end tests, so this is a failure.`);
    process.exit(1);
  }
  console.warn(`e2e: skipped.\n${help}`);
  process.exit(0);
}
if (!zotero) {
  console.warn(
    [
      '',
      '!!! e2e: no Zotero translation server (../shared/zotero, or set LECTERN_ZOTERO):',
      '!!! the Zotero tests (tests/e2e/zotero.spec.ts) are SKIPPED on this machine.',
      '',
    ].join('\n'),
  );
}
run('npx', ['playwright', 'test', ...process.argv.slice(2)]);
