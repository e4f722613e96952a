import { defineConfig } from '@playwright/test';
import { chromiumPath, chromiumArgs } from './tests/e2e/chromium';
import {
  previewArgs,
  previewEnv,
  SITES,
  siteUrl,
  ZOTERO_PORT,
  zoteroEnv,
} from './scripts/e2e-sites.mjs';

/** Zotero's translation server, prepared by `scripts/e2e.mjs` (see `scripts/zotero.mjs`). */
const zotero = process.env.LECTERN_ZOTERO_SERVER;
/** Whether `scripts/e2e.mjs` already serves every site (and Zotero, where there is one). */
const serving = process.env.LECTERN_E2E_SERVING === '1';

/**
 * End-to-end tests against the built app under `vite preview`, in the system Chromium.
 * `scripts/e2e.mjs` builds the outputs first: `dist` at `/`, `dist-subpath` at `/lectern/`,
 * `dist-portal`, the shipped record and those of `tests/fixtures/portal`, at `/` on port 4176,
 * and `dist-hard`, the hard records of `tests/fixtures/hard`, on port 4177; Zotero's translation
 * server runs beside them when the machine has it.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  // Two browsers on two cores: the whole run took 132 s against 149 s with one.
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: 'http://127.0.0.1:4174',
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    trace: 'off',
  },
  // `scripts/e2e.mjs` starts each server as soon as its site is built and says so; run alone,
  // Playwright starts them.
  webServer: [
    ...SITES.map((site) => ({
      command: `npx vite ${previewArgs(site).join(' ')}`,
      url: siteUrl(site),
      env: previewEnv(site),
      reuseExistingServer: serving,
      timeout: 30_000,
    })),
    ...(zotero
      ? [
          {
            command: 'node src/server.js',
            cwd: zotero,
            port: ZOTERO_PORT,
            env: zoteroEnv,
            reuseExistingServer: serving,
            timeout: 90_000,
          },
        ]
      : []),
  ],
});
