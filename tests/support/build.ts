import { spawnSync } from 'node:child_process';

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
