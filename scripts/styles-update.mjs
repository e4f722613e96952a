// npm run styles:update: copies the official CSL styles Lectern uses from Debian's
// citation-style-language-styles package into src/citation/styles/csl/ (see its README).
import { copyFileSync, existsSync } from 'node:fs';

const from = '/usr/share/citation-style-language/styles';
const names = [
  'modern-language-association',
  'american-medical-association',
  'ieee',
  'harvard-cite-them-right',
];
if (!existsSync(from)) {
  console.error(`No ${from}: apt-get install citation-style-language-styles`);
  process.exit(1);
}
for (const name of names)
  copyFileSync(`${from}/${name}.csl`, `src/citation/styles/csl/${name}.csl`);
console.log(`styles: ${names.length} styles copied from ${from}`);
