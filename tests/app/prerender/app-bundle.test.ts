import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { appKey } from '../../../scripts/app-bundle.mjs';

/** A project in a temporary folder: a source file, the page, the lockfile, a record, an icon. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'lectern-key-'));
  mkdirSync(join(root, 'src/app'), { recursive: true });
  mkdirSync(join(root, 'public/records'), { recursive: true });
  writeFileSync(join(root, 'src/app/main.tsx'), 'export const app = 1;\n');
  writeFileSync(join(root, 'index.html'), '<!doctype html><div id="root"></div>\n');
  writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}\n');
  writeFileSync(join(root, 'public/records/a.json'), '{"id":"a"}\n');
  writeFileSync(join(root, 'public/favicon.png'), 'icon');
  return root;
}

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

const settings = { base: '/' };

describe("the app bundles' cache key", () => {
  const cases: [string, (root: string) => void, { base: string; siteUrl?: string }, boolean][] = [
    ['nothing changed', () => undefined, settings, false],
    [
      'a file touched, its bytes the same',
      (root) => {
        utimesSync(join(root, 'index.html'), new Date(0), new Date(0));
      },
      settings,
      false,
    ],
    [
      'a record changed',
      (root) => {
        writeFileSync(join(root, 'public/records/a.json'), '{"id":"a","title":"New"}\n');
      },
      settings,
      false,
    ],
    [
      'a record added',
      (root) => {
        writeFileSync(join(root, 'public/records/b.json'), '{"id":"b"}\n');
      },
      settings,
      false,
    ],
    [
      'a source file changed',
      (root) => {
        writeFileSync(join(root, 'src/app/main.tsx'), 'export const app = 2;\n');
      },
      settings,
      true,
    ],
    [
      'a source file added',
      (root) => {
        writeFileSync(join(root, 'src/app/more.ts'), 'export {};\n');
      },
      settings,
      true,
    ],
    [
      'the page changed',
      (root) => {
        writeFileSync(join(root, 'index.html'), '<!doctype html><main id="root"></main>\n');
      },
      settings,
      true,
    ],
    [
      'a dependency changed',
      (root) => {
        writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}\n');
      },
      settings,
      true,
    ],
    [
      'a public file changed, its name the same',
      (root) => {
        writeFileSync(join(root, 'public/favicon.png'), 'new icon');
      },
      settings,
      false,
    ],
    [
      'a public file added beside the records',
      (root) => {
        writeFileSync(join(root, 'public/robots.txt'), 'User-agent: *\n');
      },
      settings,
      true,
    ],
    [
      'the config appeared',
      (root) => {
        writeFileSync(join(root, 'vite.config.ts'), 'export default {};\n');
      },
      settings,
      true,
    ],
    ['another base', () => undefined, { base: '/lectern/' }, true],
    ['a site address', () => undefined, { base: '/', siteUrl: 'https://example.org' }, true],
  ];

  it('changes with the environment the build reads, not with the rest', () => {
    const root = project();
    roots.push(root);
    const before = appKey(root, settings);
    vi.stubEnv('LECTERN_LOG', 'error');
    expect(appKey(root, settings)).toBe(before);
    vi.stubEnv('VITE_FLAG', '1');
    const flagged = appKey(root, settings);
    expect(flagged).not.toBe(before);
    vi.stubEnv('NODE_ENV', 'development');
    expect(appKey(root, settings)).not.toBe(flagged);
  });

  it.each(cases)('%s → built again: %s', (_, change, after, rebuilt) => {
    const root = project();
    roots.push(root);
    const before = appKey(root, settings);
    change(root);
    expect(appKey(root, after) !== before).toBe(rebuilt);
  });
});
