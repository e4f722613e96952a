// Runs the end-to-end suite: builds and prerenders the app (at / and at the /lectern/ sub-path),
// then drives the system Chromium with Playwright against `vite preview`. Never downloads a
// browser. The builds come first, whatever happens next: `npm run check` sizes the one in dist/.
import { existsSync } from 'node:fs';
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
