import { defineConfig } from '@playwright/test';
import { chromiumPath, chromiumArgs } from './tests/e2e/chromium';
import { ZOTERO_PORT } from './tests/e2e/zotero';

/** Zotero's translation server, prepared by `scripts/e2e.mjs` (see `scripts/zotero.mjs`). */
const zotero = process.env.LECTERN_ZOTERO_SERVER;

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
  webServer: [
    {
      command: 'npx vite preview --port 4174 --strictPort --host 127.0.0.1',
      url: 'http://127.0.0.1:4174/',
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: 'npx vite preview --port 4175 --strictPort --host 127.0.0.1',
      url: 'http://127.0.0.1:4175/lectern/',
      env: { LECTERN_BASE: '/lectern/', LECTERN_OUT: 'dist-subpath' },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: 'npx vite preview --port 4176 --strictPort --host 127.0.0.1',
      url: 'http://127.0.0.1:4176/',
      env: { LECTERN_OUT: 'dist-portal' },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: 'npx vite preview --port 4177 --strictPort --host 127.0.0.1',
      url: 'http://127.0.0.1:4177/',
      env: { LECTERN_OUT: 'dist-hard' },
      reuseExistingServer: false,
      timeout: 30_000,
    },
    ...(zotero
      ? [
          {
            command: 'node src/server.js',
            cwd: zotero,
            port: ZOTERO_PORT,
            env: { NODE_CONFIG: JSON.stringify({ host: '127.0.0.1', port: ZOTERO_PORT }) },
            reuseExistingServer: false,
            timeout: 90_000,
          },
        ]
      : []),
  ],
});
