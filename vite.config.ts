/// <reference types="vitest/config" />
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { parseSiteOrigin } from './src/app/prerender/siteFiles.ts';
import { pathInApp } from './src/data/pageState.ts';
import { devSearchIndex } from './scripts/dev-search.ts';

/**
 * The Content-Security-Policy of the built app. It lives in a <meta> tag so that any static host
 * serves it; the dev server is left without it because React Fast Refresh injects inline scripts.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function cspMetaTag(): Plugin {
  return {
    name: 'lectern-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/**
 * `vite preview` serves the prerendered site as common static hosts do: `/records/x` is
 * `records/x/index.html`, and an unknown address gets 404.html with status 404 (where the app
 * still boots, so a record added without a rebuild is shown). A build without 404.html (a plain
 * `vite build`, which the benchmark compares against) falls back to index.html, as before.
 */
function staticHostPreview(): Plugin {
  return {
    name: 'lectern-static-host',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      // Pretty URLs ("/records/x", "/records/x/", "/") are served from their index.html.
      const base = server.config.base;
      server.middlewares.use((req, _res, next) => {
        const url = new URL(req.url ?? '/', 'http://preview.invalid');
        const inside = pathInApp(url.pathname, base);
        if (inside && !extname(inside)) {
          const page = inside.endsWith('/') ? 'index.html' : '/index.html';
          let file = '';
          try {
            file = join(outDir, decodeURIComponent(inside), 'index.html');
          } catch {
            // A malformed escape is left for the 404 below.
          }
          if (file.startsWith(outDir + sep) && existsSync(file)) {
            req.url = `${url.pathname}${page}${url.search}`;
          }
        }
        next();
      });
      return () => {
        server.middlewares.use((req, res, next) => {
          if (req.method !== 'GET' && req.method !== 'HEAD') {
            next();
            return;
          }
          const notFound = join(outDir, '404.html');
          const prerendered = existsSync(notFound);
          res.statusCode = prerendered ? 404 : 200;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(
            req.method === 'HEAD'
              ? undefined
              : readFileSync(prerendered ? notFound : join(outDir, 'index.html')),
          );
        });
      };
    },
  };
}

/**
 * citation-js bundles five CSL locales; every Lectern style is rendered in en-US, so the others
 * are left out of the engine's bundle (about 90 KB before compression).
 */
function onlyLocales(keep: readonly string[]): Plugin {
  return {
    name: 'lectern-csl-locales',
    enforce: 'pre',
    load(id) {
      if (!/@citation-js[\\/]plugin-csl[\\/]lib(-mjs)?[\\/]locales\.json$/.test(id)) return null;
      const all = JSON.parse(readFileSync(id, 'utf8')) as Record<string, string>;
      return JSON.stringify(Object.fromEntries(keep.map((tag) => [tag, all[tag]])));
    },
  };
}

// LECTERN_BASE serves the app from a sub-path (e.g. /lectern/); LECTERN_OUT builds it elsewhere;
// LECTERN_SITE_URL is the origin absolute URLs (canonical, og:url, sitemap) are made from.
const base = process.env.LECTERN_BASE ?? '/';
const outDir = process.env.LECTERN_OUT ?? 'dist';
const siteOrigin = parseSiteOrigin(process.env.LECTERN_SITE_URL);

/**
 * React Router 7 ships a production build, but its package exports only the development one
 * (remix-run/react-router#12532, #14102: dev warnings and their strings in every bundle). Builds
 * take the production files, which sit beside the development ones.
 */
function reactRouterProduction(): string {
  const development = createRequire(import.meta.url).resolve('react-router');
  return join(dirname(dirname(development)), 'production', 'index.mjs');
}

type ModuleGraph = {
  getModuleInfo(
    id: string,
  ): { importedIds: readonly string[]; importers: readonly string[] } | null;
};

/**
 * The modules the reading page loads that lazy chunks import too (React, the router, the JSX
 * runtime, record formatting) go into one chunk, "shared", with what they import, rather than a
 * small chunk for each set of importers: each chunk compresses alone and costs a request. The
 * page then loads that chunk, a small entry and Rolldown's runtime (128.9 KB gzip against
 * 130.1 KB in six chunks).
 */
function sharedWithLazyChunks(entry: string) {
  let loadedByEntry: Set<string> | null = null;
  return (id: string, graph: ModuleGraph): string | null => {
    if (!loadedByEntry) {
      const seen = new Set<string>();
      const stack = [entry];
      for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
        if (seen.has(next)) continue;
        seen.add(next);
        stack.push(...(graph.getModuleInfo(next)?.importedIds ?? []));
      }
      loadedByEntry = seen;
    }
    const loaded = loadedByEntry;
    if (!loaded.has(id)) return null;
    return graph.getModuleInfo(id)?.importers.some((importer) => !loaded.has(importer))
      ? 'shared'
      : null;
  };
}

/** Tests that need a window: every component test, the cite store's and the worker client's. */
const DOM_TESTS = [
  'tests/**/*.test.tsx',
  'tests/citation/store.test.ts',
  'tests/citation/files.test.ts',
  'tests/worker/rpc.test.ts',
];

/** Window tests that mock a module: each runs in a fresh window and module cache. */
const MOCKING_DOM_TESTS = ['tests/app/contained-failures.test.tsx'];

/** citation-js imports node-fetch even in the browser, where it never calls it. */
const nodeFetchInBrowser = {
  find: /^node-fetch$/,
  replacement: resolve(import.meta.dirname, 'src/citation/fetch-in-browser.ts'),
};

export default defineConfig(
  async ({ command, mode, isPreview, isSsrBuild }): Promise<UserConfig> => ({
    base,
    // The dev server answers every address with the app; the preview serves the built files only.
    appType: isPreview ? 'mpa' : 'spa',
    plugins: [react(), cspMetaTag(), staticHostPreview(), devSearchIndex(), onlyLocales(['en-US'])],
    resolve: {
      alias: [
        ...(command === 'build'
          ? [{ find: /^react-router$/, replacement: reactRouterProduction() }]
          : []),
        ...(isSsrBuild ? [] : [nodeFetchInBrowser]),
      ],
    },
    worker: { format: 'es', plugins: () => [onlyLocales(['en-US'])] },
    define: {
      'import.meta.env.LECTERN_SITE_URL': JSON.stringify(siteOrigin ?? ''),
    },
    build: {
      outDir,
      manifest: true,
      sourcemap: true,
      target: 'es2022',
      // The citation engine (citeproc, about 650 KB before gzip) is one lazy chunk on purpose; the
      // reading page's own budget is checked by `npm run size`.
      chunkSizeWarningLimit: 700,
      // Rolldown's note that plugins took most of a build says only that the machine was busy
      // (four sites build at once in e2e); the build log keeps to what an operator can act on.
      rolldownOptions: {
        checks: { bundlerTimings: false },
        output: {
          codeSplitting: {
            groups: [{ name: sharedWithLazyChunks(resolve('src/main.tsx')) }],
          },
        },
      },
    },
    // The dev server watches and scans the app, not the builds and benchmark sites beside it (a
    // portal benchmark leaves 70,000 files in bench-results/, which made start-up take 13 s).
    server: {
      watch: { ignored: ['**/bench-results/**', '**/dist*/**', '**/test-results/**'] },
    },
    optimizeDeps: { entries: ['index.html'] },
    preview: {
      port: 4173,
      strictPort: true,
    },
    test: {
      exclude: ['tests/e2e/**', 'node_modules/**'],
      env: { TZ: 'America/Los_Angeles' },
      // Every spy, mock and stubbed global is put back after each test.
      restoreMocks: true,
      unstubGlobals: true,
      unstubEnvs: true,
      // Waits inside a test (4 s, tests/support/dom.ts) stay well under this.
      testTimeout: 15_000,
      // One worker thread per core (Vitest leaves one core idle by default; here there are two):
      // threads start quicker than its default child processes (the whole run, measured twice
      // each in turn: 73 and 74 s against 80 and 77 s).
      pool: 'threads',
      maxWorkers: availableParallelism(),
      // Loaded for test runs only: the builds need none of Vitest.
      ...(mode === 'test'
        ? { sequence: { sequencer: (await import('./tests/support/sequencer.ts')).LongestFirst } }
        : {}),
      // Pure modules are tested in Node; components, and the few modules that need a window, in
      // jsdom (whose start-up, about a second a file, the pure tests are spared). The window
      // files share one window and module cache per worker (the unit run took 43 s against 61 s
      // with a fresh one per file): each test cleans up after itself (tests/support/dom.ts), and
      // a file that mocks a module (vi.mock) gets a window of its own, where the mock can act.
      projects: [
        {
          extends: true,
          test: {
            name: 'dom',
            environment: 'jsdom',
            include: DOM_TESTS,
            exclude: MOCKING_DOM_TESTS,
            setupFiles: ['tests/support/dom.ts'],
            isolate: false,
          },
        },
        {
          extends: true,
          test: {
            name: 'dom-mocks',
            environment: 'jsdom',
            include: MOCKING_DOM_TESTS,
            setupFiles: ['tests/support/dom.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            include: ['tests/**/*.test.ts'],
            exclude: [...DOM_TESTS, 'tests/e2e/**', 'node_modules/**'],
          },
        },
      ],
    },
  }),
);
