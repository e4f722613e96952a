// Prints every built JS chunk with its gzip size and checks the budget for the initial JS of the
// reading page: the entry chunk plus everything it imports statically (lazy chunks excluded).
import { readFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_KB = 130;
const outDir = process.env.LECTERN_OUT ?? 'dist';
const manifestPath = join(outDir, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`size: ${manifestPath} is missing; run "npm run build" first.`);
  process.exit(1);
}
// A build older than the code it is measured for would pass or fail for the wrong code.
const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce(
      (latest, entry) => Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs),
      0,
    );
const built = statSync(manifestPath).mtimeMs;
const changed = Math.max(
  newest('src'),
  statSync('index.html').mtimeMs,
  statSync('vite.config.ts').mtimeMs,
);
if (changed > built) {
  console.error(
    `size: ${outDir} is older than the code in src/; run "npm run build" (or npm run size) first.`,
  );
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const gzipKb = (file) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length / 1024;

const initial = new Set();
(function walk(key) {
  const chunk = manifest[key];
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  for (const imported of chunk.imports ?? []) walk(imported);
})(entryKey);

const rows = Object.values(manifest)
  .filter((chunk) => chunk.file.endsWith('.js'))
  .map((chunk) => ({
    file: chunk.file,
    name: chunk.name ?? chunk.src ?? '',
    kb: gzipKb(chunk.file),
    initial: initial.has(chunk.file),
  }))
  .sort((a, b) => Number(b.initial) - Number(a.initial) || b.kb - a.kb);

// Web Workers are emitted as assets beside the chunks, outside the manifest's chunk graph.
const listed = new Set(rows.map((row) => row.file));
for (const file of readdirSync(join(outDir, 'assets'))) {
  const path = `assets/${file}`;
  if (file.endsWith('.js') && !listed.has(path)) {
    rows.push({ file: path, name: file, kb: gzipKb(path), initial: false, worker: true });
  }
}

console.log('JS chunks (gzip, level 9):');
for (const row of rows) {
  console.log(
    `  ${row.initial ? 'initial' : row.worker ? 'worker ' : 'lazy   '}  ${row.kb.toFixed(1).padStart(7)} KB  ${row.file}`,
  );
}
const total = rows.filter((row) => row.initial).reduce((sum, row) => sum + row.kb, 0);
console.log(`Initial JS of the reading page: ${total.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
if (total > BUDGET_KB) {
  console.error(`size: over budget by ${(total - BUDGET_KB).toFixed(1)} KB`);
  process.exit(1);
}
