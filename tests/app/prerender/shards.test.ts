import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** The shipped record and the portal fixtures, listed: a site with people, topics and related. */
const root = mkdtempSync(join(tmpdir(), 'lectern-shards-'));
const publicDir = join(root, 'public');
cpSync('public', publicDir, { recursive: true });
const fixtures = readdirSync('tests/fixtures/portal').map(
  (name) =>
    JSON.parse(readFileSync(join('tests/fixtures/portal', name), 'utf8')) as {
      id: string;
      title: string;
      authors: unknown[];
    },
);
for (const record of fixtures) {
  writeFileSync(join(publicDir, 'records', `${record.id}.json`), JSON.stringify(record));
}
const shipped = JSON.parse(readFileSync('public/records/index.json', 'utf8')) as {
  records: unknown[];
};
writeFileSync(
  join(publicDir, 'records', 'index.json'),
  JSON.stringify({
    records: [
      ...shipped.records,
      ...fixtures.map(({ id, title, authors }) => ({ id, title, authors })),
    ],
  }),
);
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function build(out: string, args: string[] = [], env: Record<string, string> = {}) {
  const result = spawnSync('node', ['scripts/build.mjs', ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      LECTERN_PUBLIC: publicDir,
      LECTERN_OUT: join(root, out),
      LECTERN_LOG: 'error',
      ...env,
    },
  });
  return { status: result.status, stderr: result.stderr };
}

/**
 * Every file of a folder, by its path, with its bytes; in a page, the times TanStack Query stamps
 * on the data it hands over (`dataUpdatedAt`, `dehydratedAt`) read as 0: two full builds differ
 * in them and nowhere else.
 */
function files(dir: string): Map<string, string> {
  const all = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = readFileSync(path);
    all.set(
      relative(dir, path),
      entry.name.endsWith('.html')
        ? bytes
            .toString('utf8')
            .replace(/"(dataUpdatedAt|dehydratedAt|errorUpdatedAt)":\d+/g, '"$1":0')
        : bytes.toString('base64'),
    );
  }
  return all;
}

describe('npm run build -- --shard i/n, then --merge', () => {
  it(
    'gives the same files as one full build, with 2 and with 4 slices, on one thread or on several',
    { timeout: 300_000 },
    () => {
      expect(build('full').status).toBe(0);
      const full = files(join(root, 'full'));
      for (const [n, threads] of [
        [2, '2'],
        [4, '0'],
      ] as const) {
        const slices = Array.from({ length: n }, (_, i) => `slice-${String(n)}-${String(i + 1)}`);
        slices.forEach((slice, i) => {
          const result = build(slice, ['--shard', `${String(i + 1)}/${String(n)}`], {
            LECTERN_THREADS: threads,
          });
          expect(result.status, result.stderr).toBe(0);
        });
        const merged = `merged-${String(n)}`;
        const result = build(merged, ['--merge', ...slices.map((s) => join(root, s))]);
        expect(result.status, result.stderr).toBe(0);
        const joined = files(join(root, merged));
        expect([...joined.keys()].sort()).toEqual([...full.keys()].sort());
        const differing = [...full].filter(([path, bytes]) => joined.get(path) !== bytes);
        expect(differing.map(([path]) => path)).toEqual([]);
      }
    },
  );

  it('refuses to merge an incomplete set of slices, naming them', { timeout: 120_000 }, () => {
    mkdirSync(join(root, 'lonely'), { recursive: true });
    expect(build('lonely', ['--shard', '1/2']).status).toBe(0);
    const result = build('half', ['--merge', join(root, 'lonely')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('the slices are not 1…n of one build');
    expect(build('bad', ['--shard', '3/2']).stderr).toContain('expected i/n with 1 ≤ i ≤ n');
  });
});
