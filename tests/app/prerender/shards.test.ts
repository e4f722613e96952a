import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { differingFiles, portalSite, siteFiles } from '../../support/build';

/** The shipped record and the portal fixtures, listed: a site with people, topics and related. */
const { root, build, remove } = portalSite('lectern-shards-');
afterAll(remove);

describe('npm run build -- --shard i/n, then --merge', () => {
  /**
   * Three slices as three jobs would build them: on two threads, on none, and (slice 2) with the
   * app's bundles built afresh, as on another machine.
   */
  const slices = ['2', '0', '0'].map((threads, i) => ({
    out: `slice-${String(i + 1)}`,
    shard: `${String(i + 1)}/3`,
    env: { LECTERN_THREADS: threads, ...(i === 1 ? { LECTERN_APP_CACHE: '0' } : {}) },
  }));

  it(
    'gives the same files, byte for byte, as one full build, whichever threads built each slice and wherever their bundles came from',
    { timeout: 300_000 },
    () => {
      expect(build('full').status).toBe(0);
      const full = siteFiles(join(root, 'full'));
      for (const { out, shard, env } of slices) {
        const result = build(out, ['--shard', shard], env);
        expect(result.status, result.stderr).toBe(0);
        expect(result.stdout).toContain(
          `app bundles ${env.LECTERN_APP_CACHE === '0' ? 'built' : 'reused'}`,
        );
      }
      const result = build('merged', ['--merge', ...slices.map(({ out }) => join(root, out))]);
      expect(result.status, result.stderr).toBe(0);
      const joined = siteFiles(join(root, 'merged'));
      expect(joined.size).toBe(full.size);
      expect(differingFiles(full, joined)).toEqual([]);
    },
  );

  it('refuses, before building anything, an incomplete set of slices or a bad --shard', () => {
    mkdirSync(join(root, 'lonely'), { recursive: true });
    writeFileSync(
      join(root, 'lonely', '.lectern-shard.json'),
      JSON.stringify({ index: 1, of: 2, records: 'any' }),
    );
    const half = build('half', ['--merge', join(root, 'lonely')]);
    expect(half.status).toBe(1);
    expect(half.stderr).toContain(
      `the slices are not 1…n of one build (${join(root, 'lonely')}: 1/2)`,
    );
    const stray = build('stray', ['--merge', root]);
    expect(stray.stderr).toContain(`${root} is not a slice (no .lectern-shard.json`);
    expect(build('bad', ['--shard', '3/2']).stderr).toContain('expected i/n with 1 ≤ i ≤ n');
  });
});
