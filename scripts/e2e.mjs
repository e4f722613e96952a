// Runs the end-to-end suite: builds and prerenders the app (at / and at the /lectern/ sub-path),
// then drives the system Chromium with Playwright against `vite preview`. Never downloads a
// browser. The builds come first, whatever happens next: `npm run check` sizes the one in dist/.
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
import { spawnSync } from 'node:child_process';

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// The root build has no site origin (so no absolute URLs); the sub-path build has one.
run('node', ['scripts/build.mjs']);
run('node', ['scripts/build.mjs'], {
  LECTERN_BASE: '/lectern/',
  LECTERN_OUT: 'dist-subpath',
  LECTERN_SITE_URL: 'http://127.0.0.1:4175',
});

// A small portal for the people, topics and related records: the shipped record and those of
// tests/fixtures/portal, all listed.
const portalPublic = 'node_modules/.cache/lectern-e2e-portal/public';
rmSync(portalPublic, { recursive: true, force: true });
mkdirSync(portalPublic, { recursive: true });
cpSync('public', portalPublic, { recursive: true });
const shipped = JSON.parse(readFileSync('public/records/index.json', 'utf8'));
const extra = readdirSync('tests/fixtures/portal')
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(join('tests/fixtures/portal', name), 'utf8')));
for (const record of extra) {
  writeFileSync(join(portalPublic, 'records', `${record.id}.json`), JSON.stringify(record));
}
const summary = (r) => ({
  id: r.id,
  title: r.title,
  authors: r.authors,
  journal: r.journal?.title,
  published: r.published,
});
writeFileSync(
  join(portalPublic, 'records', 'index.json'),
  JSON.stringify({ records: [...shipped.records, ...extra.map(summary)] }),
);
run('node', ['scripts/build.mjs'], { LECTERN_PUBLIC: portalPublic, LECTERN_OUT: 'dist-portal' });

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
run('npx', ['playwright', 'test', ...process.argv.slice(2)]);
