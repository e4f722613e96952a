// npm run build: the client build, then a server build of the prerender entry, then every page of
// the site written as real HTML (see README, "Prerendered pages"). Honours LECTERN_BASE,
// LECTERN_OUT, LECTERN_SITE_URL and, for the benchmark, LECTERN_PUBLIC (another public folder).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const started = performance.now();
const outDir = resolve(process.env.LECTERN_OUT ?? 'dist');
const publicDir = process.env.LECTERN_PUBLIC ? resolve(process.env.LECTERN_PUBLIC) : undefined;
const logLevel = process.env.LECTERN_LOG ?? 'warn';
const base = process.env.LECTERN_BASE ?? '/';

await build({ logLevel, ...(publicDir ? { publicDir } : {}) });
const clientDone = performance.now();

const serverOut = resolve('node_modules/.cache/lectern-prerender', relative(process.cwd(), outDir));
await build({
  logLevel,
  publicDir: false,
  build: {
    ssr: 'src/app/prerender/server.tsx',
    outDir: serverOut,
    emptyOutDir: true,
    manifest: false,
    sourcemap: false,
  },
});
const { prerenderSite, cspProblems, parseSiteOrigin } = await import(
  pathToFileURL(join(serverOut, 'server.js')).href
);

const read = (path) => ({ path, text: readFileSync(join(outDir, path), 'utf8') });
const recordsDir = join(outDir, 'records');
const recordFiles = existsSync(recordsDir)
  ? readdirSync(recordsDir)
      .filter((name) => name.endsWith('.json') && name !== 'index.json')
      .sort()
      .map((name) => read(`records/${name}`))
  : [];
const { files, warnings } = await prerenderSite({
  template: readFileSync(join(outDir, 'index.html'), 'utf8'),
  base,
  origin: parseSiteOrigin(process.env.LECTERN_SITE_URL),
  records: recordFiles,
  index: existsSync(join(recordsDir, 'index.json')) ? read('records/index.json') : null,
});

for (const file of files) {
  const target = join(outDir, file.path);
  // An operator's own robots.txt (from public/) wins over the generated one.
  if (file.path === 'robots.txt' && existsSync(target)) continue;
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.text);
}
for (const warning of warnings) console.warn(`prerender: ${warning}`);

// The strict CSP allows no inline script or style: a page that would need one fails the build.
const problems = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.html')) {
      for (const problem of cspProblems(readFileSync(path, 'utf8'))) {
        problems.push(`${relative(outDir, path)}: ${problem}`);
      }
    }
  }
};
walk(outDir);
if (problems.length > 0) {
  console.error(`build: the CSP would block these:\n${problems.join('\n')}`);
  process.exit(1);
}

const pages = files.filter((f) => f.path.endsWith('.html')).length;
const seconds = (ms) => (ms / 1000).toFixed(1);
console.log(
  `build: ${relative(process.cwd(), outDir)}: ${pages} pages prerendered for ${recordFiles.length} records ` +
    `in ${seconds(performance.now() - started)} s (client build ${seconds(clientDone - started)} s)`,
);
