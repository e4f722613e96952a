// npm run import -- <files…>: RIS, BibTeX, CSL-JSON, Crossref JSON and MEDLINE files become
// records in public/records (see README, "Importing records"). --out <folder> writes elsewhere;
// --dry-run reports without writing. Exits with 1 when an entry was rejected.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'public/records' },
    'dry-run': { type: 'boolean', default: false },
  },
});
if (positionals.length === 0) {
  console.error(
    'usage: npm run import -- [--out public/records] [--dry-run] <file.ris|.bib|.json|.nbib>…',
  );
  process.exit(2);
}

const started = performance.now();
const { module } = await runnerImport('./src/import/importSources.ts');
const out = values.out;
const indexPath = join(out, 'index.json');
const existing = existsSync(out)
  ? readdirSync(out)
      .filter((name) => name.endsWith('.json') && name !== 'index.json')
      .flatMap((name) => {
        try {
          const record = JSON.parse(readFileSync(join(out, name), 'utf8'));
          return record && typeof record === 'object' ? [record] : [];
        } catch {
          return [];
        }
      })
  : [];
const files = positionals.map((path) => ({
  name: relative(process.cwd(), path),
  bytes: readFileSync(path),
}));
const report = module.importSources(files, existing);

const where = (place) => (place.line === undefined ? place.file : `${place.file}:${place.line}`);
for (const note of report.notes) console.log(`note       ${where(note)}  ${note.message}`);
for (const twin of report.duplicates)
  console.log(
    `duplicate  ${where(twin)}  “${twin.title}” is ${twin.of} (same ${twin.same}); not imported`,
  );
for (const rejected of report.rejected)
  console.log(`rejected   ${where(rejected)}  ${rejected.reason}`);

if (!values['dry-run'] && report.records.length > 0) {
  mkdirSync(out, { recursive: true });
  for (const record of report.records)
    writeFileSync(join(out, `${record.id}.json`), `${JSON.stringify(record, null, 2)}\n`);
  // The home page's list gains the new records after those it already had.
  const index = existsSync(indexPath)
    ? JSON.parse(readFileSync(indexPath, 'utf8'))
    : { records: [] };
  index.records.push(...report.records.map(module.summaryOf));
  writeFileSync(indexPath, `${JSON.stringify(index, null, 2)}\n`);
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const plural = (n, noun) => `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
console.log(
  `import: ${plural(report.records.length, 'record')} ${values['dry-run'] ? 'would be written' : `written to ${out}`}, ` +
    `${plural(report.duplicates.length, 'duplicate')} skipped, ${report.rejected.length} rejected (${seconds} s)`,
);
process.exit(report.rejected.length > 0 ? 1 : 0);
