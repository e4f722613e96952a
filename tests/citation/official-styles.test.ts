import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DEBIAN = '/usr/share/citation-style-language/styles';
const VENDORED = join(import.meta.dirname, '../../src/citation/styles/csl');
const STYLES = [
  'modern-language-association',
  'american-medical-association',
  'ieee',
  'harvard-cite-them-right',
];
const installed = existsSync(DEBIAN);

if (!installed && process.env.CI) {
  throw new Error(
    `No ${DEBIAN}: CI checks the official styles against Debian's package (.ci/run installs citation-style-language-styles).`,
  );
}

describe.skipIf(!installed)(
  'the official CSL styles are those of Debian’s citation-style-language-styles (apt-get install citation-style-language-styles to run this)',
  () => {
    it.each(STYLES)('%s.csl is the packaged file, byte for byte', (name) => {
      expect(readFileSync(join(VENDORED, `${name}.csl`), 'utf8')).toBe(
        readFileSync(join(DEBIAN, `${name}.csl`), 'utf8'),
      );
    });
  },
);
