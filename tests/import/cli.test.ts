import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const fixtures = join(import.meta.dirname, 'fixtures');

function runImport(...args: string[]) {
  return spawnSync('node', ['scripts/import.mjs', ...args], { encoding: 'utf8' });
}

describe('npm run import', () => {
  it('writes each record and adds it to the index, reports every rejection, and exits with 1', () => {
    const out = mkdtempSync(join(tmpdir(), 'lectern-import-'));
    writeFileSync(join(out, 'index.json'), JSON.stringify({ records: [] }));
    const result = runImport(
      '--out',
      out,
      join(fixtures, 'pubmed.nbib'),
      join(fixtures, 'zotero.json'),
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^rejected {3}.*zotero\.json:12 {2}it has no title$/m);
    expect(result.stdout).toMatch(
      /import: 3 records written to .*, 0 duplicates skipped, 2 rejected/,
    );
    expect(readdirSync(out).sort()).toEqual([
      'ein-beitrag-uber-stromazellen.json',
      'fictional-entry-stromal-support-plasma-cells.json',
      'index.json',
      'second-entry-only-year.json',
    ]);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as {
      records: { id: string }[];
    };
    expect(index.records.map((r) => r.id)).toEqual([
      'fictional-entry-stromal-support-plasma-cells',
      'second-entry-only-year',
      'ein-beitrag-uber-stromazellen',
    ]);

    // The same files again: every entry is a duplicate, nothing is written, and that is no error.
    const again = runImport('--out', out, join(fixtures, 'pubmed.nbib'));
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('import: 0 records written');
    expect(again.stdout).toContain('2 duplicates skipped');
  });

  it('writes nothing with --dry-run', () => {
    const out = mkdtempSync(join(tmpdir(), 'lectern-import-'));
    const result = runImport('--dry-run', '--out', out, join(fixtures, 'crossref-work.json'));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('import: 1 record would be written');
    expect(readdirSync(out)).toEqual([]);
  });
});
