// Zotero's translation server for the end-to-end tests (tests/e2e/zotero.spec.ts): Zotero's own
// translators read the built pages and files. The server's code is not in this repository: it
// is the read-only folder `../shared/zotero` (or LECTERN_ZOTERO), copied here once and given its
// dependencies from the npm registry (`npm ci --omit=dev`, about a minute the first time).
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { spawn } from 'node:child_process';

const CANDIDATES = [
  process.env.LECTERN_ZOTERO,
  resolve('..', 'shared', 'zotero'),
  '/work/shared/zotero',
].filter(Boolean);

/** Where the translation server's folder is, or null when this machine has none. */
export function zoteroSource() {
  return (
    CANDIDATES.find((dir) => existsSync(join(dir, 'translation-server', 'package.json'))) ?? null
  );
}

/**
 * A ready copy of the translation server (its code and dependencies), made or reused; resolves
 * to the server's folder. The copy is remade when the source's lockfile changes.
 */
export async function prepareZotero(source) {
  const copy = resolve('node_modules/.cache/lectern-zotero');
  const server = join(copy, 'translation-server');
  const lock = readFileSync(join(source, 'translation-server', 'package-lock.json'));
  const stamp = createHash('sha256').update(lock).digest('hex');
  const stampFile = join(copy, '.prepared');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return server;
  rmSync(copy, { recursive: true, force: true });
  cpSync(source, copy, { recursive: true });
  const status = await new Promise((done) => {
    spawn('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: server,
      stdio: 'inherit',
    }).on('exit', done);
  });
  if (status !== 0) throw new Error('npm ci for the translation server failed');
  writeFileSync(stampFile, stamp);
  return server;
}
