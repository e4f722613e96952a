// The app's two bundles, the client build and the prerender's server build, depend on the code,
// its config and its dependencies, the site's base and address, and which files the public folder
// holds beside the records (Vite puts the base before a reference to one, "/favicon.png"); never
// on the records, which the app fetches by their address. So
// they are built once per set of those inputs into node_modules/.cache/lectern-app/<key>, and a
// build whose inputs have not changed (a record edited, another slice or site of the same app)
// copies them instead of building again. LECTERN_APP_CACHE=0 builds them afresh every time.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative, resolve } from 'node:path';
import { build } from 'vite';

/** What the bundles are built from, relative to the project: folders are read whole. */
export const APP_INPUTS = [
  'src',
  'index.html',
  'vite.config.ts',
  'scripts/dev-search.ts',
  'scripts/app-bundle.mjs',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.app.json',
  'tsconfig.node.json',
  '.env',
  '.env.local',
  '.env.production',
  '.env.production.local',
];

/** How many sets of bundles the cache keeps (a test run uses three: the root, the sub-path, a site address). */
const KEEP = 6;

function filesOf(root, path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * The key of the bundles `root` builds with `base`, `siteUrl` and `publicDir`: a hash of every
 * input file's path and bytes, the settings, the names of the public files outside `records/`,
 * the environment the build reads, and Node's version.
 */
export function appKey(root, { base, siteUrl, publicDir = join(root, 'public') }) {
  const hash = createHash('sha256');
  const publicFiles = filesOf(publicDir, '.').filter((path) => !path.startsWith('records/'));
  // NODE_ENV picks React's build (a test runner sets it to "test"); VITE_* reach the code.
  const env = Object.entries(process.env)
    .filter(([name]) => name === 'NODE_ENV' || name.startsWith('VITE_'))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  hash.update(
    JSON.stringify({ base, siteUrl: siteUrl ?? '', publicFiles, env, node: process.version }),
  );
  for (const path of APP_INPUTS.flatMap((input) => filesOf(root, input))) {
    hash.update(`\0${path}\0`);
    hash.update(readFileSync(join(root, path)));
  }
  return hash.digest('hex').slice(0, 20);
}

/** Removes all but the newest `KEEP` sets of bundles. */
function prune(cacheRoot) {
  const sets = readdirSync(cacheRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.includes('.tmp-'))
    .map((entry) => ({
      path: join(cacheRoot, entry.name),
      time: statSync(join(cacheRoot, entry.name)).mtimeMs,
    }))
    .sort((a, b) => b.time - a.time);
  for (const { path } of sets.slice(KEEP)) rmSync(path, { recursive: true, force: true });
}

async function buildBundles(dir, publicDir, logLevel) {
  // The public folder is read (for the references to its files) but copied by appBundles.
  await build({
    logLevel,
    publicDir,
    build: { outDir: join(dir, 'client'), emptyOutDir: true, copyPublicDir: false },
  });
  await build({
    logLevel,
    publicDir: false,
    build: {
      ssr: 'src/app/prerender/server.tsx',
      outDir: join(dir, 'server'),
      emptyOutDir: true,
      manifest: false,
      sourcemap: false,
    },
  });
}

/**
 * Copies the files of `from` into `to`, but for those `to` already holds with the same size and
 * modification time (copies keep their time, so an unchanged file is never copied twice). A copy's
 * time is kept to the millisecond only (a file's own has a fraction more), so times under 1 ms
 * apart are the same: compared exactly, every public file was copied again on every build (10,000
 * record files, 3.8 s of an incremental build). Returns every file's path relative to `from`.
 */
function syncInto(from, to) {
  const paths = filesOf(from, '.');
  for (const path of paths) {
    const source = statSync(join(from, path));
    const target = join(to, path);
    if (existsSync(target)) {
      const there = statSync(target);
      if (there.size === source.size && Math.abs(there.mtimeMs - source.mtimeMs) < 1) continue;
    }
    cpSync(join(from, path), target, { preserveTimestamps: true });
  }
  return paths;
}

/**
 * Puts the client build and the public folder into `outDir` and returns the server bundle's path,
 * whether the bundles came from the cache, their key and the public files' paths. Builds run at
 * once (the sites of a test run) each build into a folder of their own, and the first to finish
 * is kept. With `keep` (an incremental build) the folder is not emptied first, and only public
 * files that are new or changed are copied.
 */
export async function appBundles({ outDir, publicDir, base, siteUrl, logLevel, keep = false }) {
  const root = process.cwd();
  const cacheRoot = resolve('node_modules/.cache/lectern-app');
  const useCache = process.env.LECTERN_APP_CACHE !== '0';
  const publicFrom = publicDir ?? resolve('public');
  const key = appKey(root, { base, siteUrl, publicDir: publicFrom });
  const dir = join(cacheRoot, key);
  const reused = useCache && existsSync(join(dir, 'server', 'server.js'));
  let bundles = dir;
  // The cache keeps the sets used last: a reused set is marked as used now.
  if (reused) {
    utimesSync(dir, new Date(), new Date());
  } else {
    bundles = `${dir}.tmp-${process.pid}`;
    mkdirSync(bundles, { recursive: true });
    try {
      await buildBundles(bundles, publicFrom, logLevel);
    } catch (error) {
      rmSync(bundles, { recursive: true, force: true });
      throw error;
    }
    if (useCache) {
      try {
        renameSync(bundles, dir);
      } catch {
        // Another build of the same inputs finished first; its bundles are the same.
        rmSync(bundles, { recursive: true, force: true });
      }
      bundles = dir;
      prune(cacheRoot);
    } else {
      process.on('exit', () => rmSync(bundles, { recursive: true, force: true }));
    }
  }
  // As Vite does, an output folder inside the project is emptied first; one outside is not.
  const inside = relative(root, outDir);
  if (!keep && inside !== '' && !inside.startsWith('..')) {
    rmSync(outDir, { recursive: true, force: true });
  }
  cpSync(join(bundles, 'client'), outDir, { recursive: true });
  const publicFiles = existsSync(publicFrom) ? syncInto(publicFrom, outDir) : [];
  return { server: join(bundles, 'server', 'server.js'), reused, key, publicFiles };
}
