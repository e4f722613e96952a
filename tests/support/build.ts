import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/**
 * Runs `npm run build` as an operator would, with `env` added: without the NODE_ENV=test the
 * test runner sets, which would build React for development (and miss the app bundles the other
 * builds of the run left in the cache).
 */
export function runBuild(args: string[], env: Record<string, string>) {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV'),
  );
  const result = spawnSync('node', ['scripts/build.mjs', ...args], {
    encoding: 'utf8',
    env: { ...inherited, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file of a built site, by its path inside the folder, with a digest of its bytes. */
export function siteFiles(dir: string): Map<string, string> {
  const all = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    all.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return all;
}

/** The paths of the files two sites do not share byte for byte (either lacks one, or they differ). */
export function differingFiles(a: Map<string, string>, b: Map<string, string>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((path) => a.get(path) !== b.get(path)).sort();
}

/** A record file's fields, as far as the build tests read or change them. */
export interface RecordFile {
  id: string;
  title: string;
  authors: unknown[];
  [field: string]: unknown;
}

/**
 * A public folder at `dir` with the shipped record and the portal fixtures, every one listed in
 * its index.json: a small site with people, topics and related records.
 */
export function portalPublic(dir: string): RecordFile[] {
  cpSync('public', dir, { recursive: true });
  const fixtures = readdirSync('tests/fixtures/portal').map(
    (name) => JSON.parse(readFileSync(join('tests/fixtures/portal', name), 'utf8')) as RecordFile,
  );
  for (const record of fixtures) {
    writeFileSync(join(dir, 'records', `${record.id}.json`), JSON.stringify(record));
  }
  const shipped = JSON.parse(readFileSync('public/records/index.json', 'utf8')) as {
    records: unknown[];
  };
  writeFileSync(
    join(dir, 'records', 'index.json'),
    JSON.stringify({
      records: [
        ...shipped.records,
        ...fixtures.map(({ id, title, authors }) => ({ id, title, authors })),
      ],
    }),
  );
  return fixtures;
}

/**
 * A temporary folder with `portalPublic` in it and a build of it into a folder beside it
 * (`out`, with `args` and `env` added); `remove` deletes it all.
 */
export function portalSite(prefix: string) {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const publicDir = join(root, 'public');
  const fixtures = portalPublic(publicDir);
  const build = (out: string, args: string[] = [], env: Record<string, string> = {}) =>
    runBuild(args, {
      LECTERN_PUBLIC: publicDir,
      LECTERN_OUT: join(root, out),
      LECTERN_LOG: 'error',
      ...env,
    });
  const remove = () => {
    rmSync(root, { recursive: true, force: true });
  };
  return { root, publicDir, fixtures, build, remove };
}
