import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The README's headings, as a reader finds them ("Importing records"). */
const headings = new Set(
  [...readme.matchAll(/^#{1,6} (.+)$/gm)].map((m) => (m[1] ?? '').replace(/`/g, '').trim()),
);

/** Every file of the project's own folders, as "src/record/fields.ts". */
function files(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1));
}
const code = ['src', 'scripts', 'tests', '.ci']
  .flatMap(files)
  .filter((f) => !f.includes('/eval/') && !f.startsWith('tests/docs/'));

describe('the README', () => {
  it('has every section the code points readers to', () => {
    const pointers = code.flatMap((file) =>
      [...readFileSync(join(root, file), 'utf8').matchAll(/README, "([^"]+)"/g)].map(
        (m) => [file, m[1] ?? ''] as const,
      ),
    );
    expect(pointers.length).toBeGreaterThan(0);
    const missing = pointers.filter(([, section]) => !headings.has(section));
    expect(missing).toEqual([]);
  });

  it('names only paths that exist', () => {
    const named = [
      ...new Set(
        [...readme.matchAll(/`((?:src|tests|scripts|public|\.ci)\/[\w./-]+?)`/g)].map(
          (m) => m[1] ?? '',
        ),
      ),
    ];
    expect(named.length).toBeGreaterThan(10);
    // A folder may be named with its slash; a glob stands for its folder.
    const missing = named.filter((path) => !existsSync(join(root, path.replace(/\/\*.*$/, ''))));
    expect(missing).toEqual([]);
  });

  it('links only to headings it has', () => {
    const slug = (text: string) =>
      text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s-]/gu, '')
        .trim()
        .replace(/\s+/g, '-');
    const anchors = new Set([...headings].map(slug));
    const links = [...readme.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1] ?? '');
    expect(links.filter((link) => !anchors.has(link))).toEqual([]);
  });
});
