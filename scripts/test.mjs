// `npm test`: the unit and component tests (Vitest), then the end-to-end tests
// (scripts/e2e.mjs). Zotero's copy for the end-to-end tests, an install from the npm registry
// that waits mostly on the network, is made while the unit tests run.
import { spawn, spawnSync } from 'node:child_process';
import { prepareZotero, zoteroSource } from './zotero.mjs';

const zotero = zoteroSource();
// A failed copy is tried again, and reported, by the end-to-end run.
const copied = zotero ? prepareZotero(zotero).catch(() => null) : Promise.resolve(null);

const unit = await new Promise((done) => {
  spawn('npx', ['vitest', 'run'], { stdio: 'inherit' }).on('exit', done);
});
if (unit !== 0) process.exit(unit ?? 1);
await copied;
process.exit(spawnSync('node', ['scripts/e2e.mjs'], { stdio: 'inherit' }).status ?? 1);
