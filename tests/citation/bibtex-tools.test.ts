// Runs the real judges on Lectern's BibTeX: classic `bibtex` (with plain.bst), `biber --tool`
// and `pdflatex` on a paper that cites every entry. All come from Debian: `sudo apt-get install biber texlive-binaries texlive-base`. Without them
// these tests are skipped with that hint, except under CI=true, where that is a failure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { citationKey, toBibtex } from '../../src/citation/bibtex';
import { toCsl, type CslItem } from '../../src/citation/csl';
import { render } from '../../src/citation/render';
import { parseRecord } from '../../src/record/read';
import { awkwardRecord, manyAuthors, recordWithDoi, seed } from '../fixtures/records';

const have = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const tools = have('bibtex') && have('biber') && have('pdflatex');
const INSTALL = 'sudo apt-get install biber texlive-binaries texlive-base texlive-latex-base';
if (!tools && process.env.CI) {
  throw new Error(`bibtex, biber and pdflatex are needed under CI (${INSTALL}).`);
}
if (!tools) console.warn(`bibtex/biber/pdflatex tests skipped: install them with ${INSTALL}`);

const csl = (raw: unknown): CslItem => toCsl(parseRecord(raw).value);

/** Records chosen to break a careless writer. */
const hostile = [
  seed,
  recordWithDoi,
  awkwardRecord,
  manyAuthors,
  {
    id: 'unbalanced',
    title: 'A } closing brace, a { lone opening one, and a \\ backslash \\} escaped',
    authors: [
      { given: 'Jo}', family: 'Brace{d' },
      { given: 'A\\', family: 'Back\\slash' },
      { literal: 'Ministry of Health, Labour and Welfare {Japan' },
    ],
    journal: { title: 'J. {of} } Things', volume: '3}', issue: '{2' },
    pages: { first: '1}', last: '9' },
    published: '2021-02',
    keywords: ['k}ey', '{x'],
    abstract: 'Ends with a backslash \\',
  },
  {
    id: 'scripts',
    title: 'Đặng Thị Ngọc Thịnh, Ærøskøbing, İstanbul and ŋ — “quoted” – dashes',
    authors: [
      { given: 'Thị Ngọc', family: 'Đặng' },
      { given: 'Søren', family: 'Ærø' },
      { given: 'Владимир', family: 'Набоков' },
      { given: 'محمد', family: 'علي' },
    ],
    published: '1999',
  },
  {
    id: 'latin',
    title: 'Œuvres of Ngũgĩ wa Thiongʼo and Pál Erdős: ‘a’ “b”, 50% & {paired} ~ ^',
    authors: [
      { given: 'Ngũgĩ', family: 'wa Thiongʼo' },
      { given: 'Pál', family: 'Erdős' },
      { given: 'Thị', family: 'Nguyễn' },
    ],
    published: '2001',
  },
];

const dir = mkdtempSync(join(tmpdir(), 'lectern-bib-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: dir, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe.skipIf(!tools)('BibTeX that real BibTeX and biber accept', () => {
  const items = hostile.map(csl);
  const keys = items.map(citationKey);

  it.each([false, true])('every entry is read by bibtex, none skipped (ascii: %s)', (ascii) => {
    writeFileSync(join(dir, 'refs.bib'), items.map((i) => toBibtex(i, { ascii })).join('\n'));
    writeFileSync(
      join(dir, 'test.aux'),
      '\\relax\n\\citation{*}\n\\bibdata{refs}\n\\bibstyle{plain}\n',
    );
    const { status, output } = run('bibtex', ['test']);
    expect(output).not.toMatch(/I was expecting|I'm skipping|error message/);
    expect(status, output).toBe(0);
    const bbl = readFileSync(join(dir, 'test.bbl'), 'utf8');
    for (const key of keys) expect(bbl).toContain(`\\bibitem{${key}}`);
  });

  it.each([false, true])('biber --tool reads every entry without an error (ascii: %s)', (ascii) => {
    writeFileSync(join(dir, 'refs.bib'), items.map((i) => toBibtex(i, { ascii })).join('\n'));
    const { status, output } = run('biber', ['--tool', '--nolog', 'refs.bib']);
    expect(output).not.toMatch(/ERROR/);
    expect(status, output).toBe(0);
    const back = readFileSync(join(dir, 'refs_bibertool.bib'), 'utf8');
    for (const key of keys) expect(back.toLowerCase()).toContain(`{${key},`);
  });

  it('writes Latin letters in ASCII and reports every character it keeps as written', () => {
    for (const item of items) {
      const bib = toBibtex(item, { ascii: true });
      const left = [...new Set(Array.from(bib).filter((c) => c.charCodeAt(0) >= 0x80))];
      const reported = render([item], 'bibtex', { bibtexAscii: true });
      expect(reported.kind === 'code' && reported.untransliterated, item.id).toEqual(left);
      for (const char of left) {
        const marks = Array.from(char.normalize('NFD')).length - 1;
        const latinLeft = marks >= 2 || 'œŒđĐȷŋ'.includes(char);
        expect(latinLeft || !/\p{Script=Latin}/u.test(char), `${item.id}: ${char}`).toBe(true);
      }
    }
  });

  it.each([false, true])(
    'pdflatex typesets the bibliography, declaring only what the panel reports (ascii: %s)',
    (ascii) => {
      // UTF-8 is for biber, XeLaTeX and LuaLaTeX; pdflatex takes it where its fonts have the
      // letters (not Han, Cyrillic in OT1, stacked accents or ʼ: the ASCII option is for it).
      const chosen = ascii
        ? items
        : items.filter((i) => !['scripts', 'awkward', 'latin'].includes(i.id));
      writeFileSync(join(dir, 'refs.bib'), chosen.map((i) => toBibtex(i, { ascii })).join('\n'));
      const reported = ascii
        ? chosen.flatMap((item) => {
            const out = render([item], 'bibtex', { bibtexAscii: true });
            return out.kind === 'code' ? (out.untransliterated ?? []) : [];
          })
        : [];
      const declared = [...new Set(reported)]
        .map(
          (c) =>
            `\\DeclareUnicodeCharacter{${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}}{?}`,
        )
        .join('\n');
      writeFileSync(
        join(dir, 'paper.tex'),
        `\\documentclass{article}\n${declared}\n\\begin{document}\n\\nocite{*}\n\\bibliographystyle{plain}\n\\bibliography{refs}\n\\end{document}\n`,
      );
      const latex = () => run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'paper']);
      latex();
      const bib = run('bibtex', ['paper']);
      expect(bib.status, bib.output).toBe(0);
      const { status, output } = latex();
      expect(output).not.toMatch(/^! /m);
      expect(status, output).toBe(0);
    },
  );
});
