// Runs the end-to-end suite: builds and prerenders the app (at / and at the /lectern/ sub-path,
// and two sites of fixture records), serves each under `vite preview` as soon as it is built,
// with Zotero's translation server beside them (scripts/e2e-sites.mjs), then drives the system
// Chromium with Playwright. Never downloads a browser. The builds come first, whatever happens
// next: `npm run check` sizes the one in dist/.
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
import {
  previewArgs,
  previewEnv,
  site,
  siteOrigin,
  siteUrl,
  startServer,
  zoteroEnv,
  ZOTERO_PORT,
} from './e2e-sites.mjs';

/** The servers this run started; they end with it. */
const servers = [];
process.on('exit', () => {
  for (const server of servers) server.kill();
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(1));

/** Serves the site built into `out` (see e2e-sites.mjs) from now on. */
async function serve(out) {
  const served = site(out);
  const vite = join('node_modules', 'vite', 'bin', 'vite.js');
  servers.push(
    await startServer('node', [vite, ...previewArgs(served)], {
      url: siteUrl(served),
      env: previewEnv(served),
    }),
  );
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
// Each server starts as soon as its site is built (or Zotero's copy is ready), while the others
// build: the tests start when the last is up.
const zotero = zoteroSource();
await Promise.all([
  zotero &&
    prepareZotero(zotero).then(async (server) => {
      process.env.LECTERN_ZOTERO_SERVER = server;
      servers.push(
        await startServer('node', ['src/server.js'], {
          url: `http://127.0.0.1:${ZOTERO_PORT}/`,
          cwd: server,
          env: zoteroEnv,
        }),
      );
    }),
  build()
    .then(() =>
      Promise.all([
        serve('dist'),
        // Its search index in shards of about four records (three), merged in the browser.
        fixtureSite('portal', fixtures('tests/fixtures/portal'), {
          withShipped: true,
          env: { LECTERN_SEARCH_SHARD: '4' },
        }),
      ]),
    )
    .then(() => serve('dist-portal')),
  build({
    ...previewEnv(site('dist-subpath')),
    LECTERN_SITE_URL: siteOrigin(site('dist-subpath')),
  }).then(() => serve('dist-subpath')),
  fixtureSite('hard', [...fixtures('tests/fixtures/hard'), thousand], {
    withShipped: false,
    // Its thousand people's pages are most of the build's work: two threads render them.
    env: { LECTERN_SITE_URL: siteOrigin(site('dist-hard')), LECTERN_THREADS: '2' },
  }).then(() => serve('dist-hard')),
]);
process.env.LECTERN_E2E_SERVING = '1';

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
// The run ends with Playwright's status, and its servers with it.
const playwright = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(playwright.status ?? 1);
