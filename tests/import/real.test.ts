import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSources } from '../../src/import/importSources';
import { summarise } from './real-exports';

const dir = join(import.meta.dirname, 'real');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<
  string,
  unknown
>;
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.ris'))
  .sort();

describe('real exports, from 19 tools (tests/import/real/README.md)', () => {
  it('has an expectation, checked by hand, for every file, and a line in the README', () => {
    expect(Object.keys(expected).sort()).toEqual(files);
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    for (const name of files) expect(readme).toContain(`\`${name}\``);
  });

  it.each(files)('%s imports whole', (name) => {
    const report = importSources([{ name, bytes: readFileSync(join(dir, name)) }], []);
    expect(summarise(report)).toEqual(expected[name]);
  });
});
