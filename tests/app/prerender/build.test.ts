import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seed } from '../../fixtures/records';
import { runBuild } from '../../support/build';

describe('npm run build', () => {
  it('fails, naming the file and the field, when index.json is wrong, and writes no page', () => {
    const root = mkdtempSync(join(tmpdir(), 'lectern-build-'));
    cpSync('public', join(root, 'public'), { recursive: true });
    const entry = { id: seed.id, title: seed.title, published: '2005-02-30' };
    writeFileSync(join(root, 'public/records/index.json'), JSON.stringify({ records: [entry] }));
    const result = runBuild([], {
      LECTERN_PUBLIC: join(root, 'public'),
      LECTERN_OUT: join(root, 'dist'),
      LECTERN_LOG: 'error',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'build failed: the list of records is wrong:\nrecords/index.json is not a valid list of records. records[0].published: "2005-02-30" is not a calendar date',
    );
    expect(existsSync(join(root, 'dist', 'records', seed.id, 'index.html'))).toBe(false);
    rmSync(root, { recursive: true, force: true });
  }, 120_000);
});
