// What `npm run build -- --incremental` knows of the last build into a folder (see README,
// "Prerendered pages"): the settings it was built with, the public files it copied, each record
// file's fingerprint by a digest of its bytes, a digest of what each page was rendered from, and
// the shared files it wrote. It lives in node_modules/.cache/lectern-build, one file per output
// folder, never in the site itself. A build removes it when it starts and writes it when it has
// finished, so a build that failed part way leaves nothing to trust.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Raised when what this file holds changes meaning: a state of another version is not read. */
const VERSION = 1;

/** A short digest of a value's JSON. */
export function digestOf(value) {
  return sourceDigest(JSON.stringify(value));
}

/** A short digest of a file's text. */
export function sourceDigest(text) {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/**
 * Of record files ({ path, text }), the fingerprints an earlier build derived for those whose text
 * has not changed since (`known`: path → { source, fingerprint }), and every file's digest.
 */
export function knownFingerprints(files, known) {
  const sources = new Map(files.map((file) => [file.path, sourceDigest(file.text)]));
  const reused = new Map();
  for (const [path, source] of sources) {
    const before = known?.[path];
    if (before?.source === source) reused.set(path, before.fingerprint);
  }
  return { sources, reused };
}

function stateFile(outDir) {
  const name = createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16);
  return resolve('node_modules/.cache/lectern-build', `${name}.json`);
}

/**
 * The state of the last build into `outDir`, when it was made with these settings and its folder
 * is still there; otherwise null and the reason, in words for the build's log.
 */
export function lastBuild(outDir, settings) {
  const file = stateFile(outDir);
  if (!existsSync(file)) return { state: null, reason: 'no finished build into it is known' };
  let state;
  try {
    state = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { state: null, reason: `the state of its last build (${file}) cannot be read` };
  }
  if (state?.version !== VERSION) {
    return { state: null, reason: 'its last build was made by another version of the build' };
  }
  if (digestOf(state.settings) !== digestOf(settings)) {
    return { state: null, reason: 'the code, its dependencies or the settings changed since' };
  }
  if (!existsSync(join(outDir, 'index.html'))) {
    return { state: null, reason: 'the folder of its last build is gone' };
  }
  return { state, reason: null };
}

/** Forgets the last build into `outDir` (a build that starts may leave the folder half written). */
export function forgetBuild(outDir) {
  rmSync(stateFile(outDir), { force: true });
}

/** Keeps the state of a finished build into `outDir`. */
export function saveBuild(outDir, settings, state) {
  const file = stateFile(outDir);
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.tmp-${process.pid}`;
  writeFileSync(temporary, JSON.stringify({ version: VERSION, settings, ...state }));
  renameSync(temporary, file);
}

/** Removes a file of the site, and the folders it leaves empty (never `outDir` itself). */
export function removeFromSite(outDir, path) {
  const root = resolve(outDir);
  let target = resolve(root, path);
  rmSync(target, { recursive: true, force: true });
  for (target = dirname(target); relative(root, target) !== ''; target = dirname(target)) {
    if (!existsSync(target) || readdirSync(target).length > 0) break;
    rmSync(target, { recursive: true });
  }
}
