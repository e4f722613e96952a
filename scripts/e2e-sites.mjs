// The sites the end-to-end tests read, each a build served by `vite preview` on a port of its
// own, and Zotero's translation server beside them: one table for `scripts/e2e.mjs`, which
// builds them and starts each server as soon as its build is done, and `playwright.config.ts`,
// which starts them itself when Playwright is run alone.
import { spawn } from 'node:child_process';

export const ZOTERO_PORT = 1970;

export const SITES = [
  { out: 'dist', port: 4174, path: '/', env: {} },
  { out: 'dist-subpath', port: 4175, path: '/lectern/', env: { LECTERN_BASE: '/lectern/' } },
  { out: 'dist-portal', port: 4176, path: '/', env: {} },
  { out: 'dist-hard', port: 4177, path: '/', env: {} },
];

/** Where a site's server answers, without its path: the origin its pages name. */
export const siteOrigin = (site) => `http://127.0.0.1:${site.port}`;

export const siteUrl = (site) => `${siteOrigin(site)}${site.path}`;

/** The site built into `out`. */
export const site = (out) => {
  const found = SITES.find((s) => s.out === out);
  if (!found) throw new Error(`No e2e site is built into ${out}`);
  return found;
};

export const previewArgs = (site) => [
  'preview',
  '--port',
  String(site.port),
  '--strictPort',
  '--host',
  '127.0.0.1',
];

export const previewEnv = (site) => ({ LECTERN_OUT: site.out, ...site.env });

/** How Zotero's translation server is started, in its folder. */
export const zoteroEnv = {
  NODE_CONFIG: JSON.stringify({ host: '127.0.0.1', port: ZOTERO_PORT }),
  // The SDK's start-up notice (it is in maintenance mode) says nothing about these tests.
  AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
};

/**
 * Starts `command` and resolves with it once `url` answers; rejects if it ends first or `url`
 * has not answered within `timeout` ms. Each try waits at most a second for its answer.
 */
export function startServer(command, args, { url, cwd, env = {}, timeout = 90_000 }) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const what = `${command} ${args.join(' ')}`;
  const deadline = Date.now() + timeout;
  return new Promise((ready, fail) => {
    let settled = false;
    const settle = (error) => {
      if (settled) return;
      settled = true;
      if (error) {
        child.kill();
        fail(error);
      } else ready(child);
    };
    child.on('exit', (status) => {
      settle(new Error(`${what} ended (${String(status)}) before ${url} answered`));
    });
    const poll = () => {
      if (settled) return;
      if (Date.now() > deadline) {
        settle(new Error(`${url} did not answer within ${String(timeout / 1000)} s of ${what}`));
        return;
      }
      fetch(url, { signal: AbortSignal.timeout(1000) })
        .then(() => {
          settle();
        })
        .catch(() => setTimeout(poll, 100));
    };
    poll();
  });
}
