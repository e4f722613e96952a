// The search index in `npm run dev`: the build writes dist/pagefind/, the dev server has none, so
// this Vite plugin has `dev-search-index.mjs` write the same index from public/records (the build's
// own index pages, src/search/indexPage.tsx) the first time the app asks for it, and again after
// a record file changes, and serves it under <base>pagefind/.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import type { Plugin } from 'vite';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
};

/** A malformed escape names no file. */
function safeDecode(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return '';
  }
}

export function devSearchIndex(): Plugin {
  return {
    name: 'lectern-dev-search',
    apply: 'serve',
    configureServer(server) {
      const { root, base, publicDir, cacheDir } = server.config;
      const recordsDir = join(publicDir, 'records');
      const outDir = join(cacheDir, 'lectern-search');
      const prefix = `${base}pagefind/`;
      let written: Promise<unknown> | null = null;
      server.watcher.on('all', (_event, path) => {
        if (path.startsWith(recordsDir)) written = null;
      });
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://dev.invalid').pathname;
        if (!path.startsWith(prefix)) {
          next();
          return;
        }
        written ??= promisify(execFile)(
          process.execPath,
          [join(root, 'scripts/dev-search-index.mjs'), recordsDir, outDir],
          { cwd: root },
        ).catch((error: unknown) => {
          // Said once, and tried again on the next request.
          written = null;
          server.config.logger.error(`The search index could not be written: ${String(error)}`);
        });
        const name = path.slice(prefix.length);
        const file = normalize(join(outDir, safeDecode(name)));
        written
          .then(() => (file.startsWith(outDir + sep) ? readFile(file) : null))
          .catch(() => null)
          .then((content) => {
            res.statusCode = content ? 200 : 404;
            res.setHeader(
              'Content-Type',
              CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
            );
            res.end(content ?? `No ${path} in the search index.`);
          }, next);
      });
    },
  };
}
