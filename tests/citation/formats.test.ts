import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { citationKey, escapeLatex, toBibtex } from '../../src/citation/bibtex';
import { missingNote, toCsl, type CslItem } from '../../src/citation/csl';
import { fileName } from '../../src/citation/files';
import { pureAuthor, pureStandard } from '../../src/citation/pureStyles';
import { render } from '../../src/citation/render';
import { plain, toHtml } from '../../src/citation/rich';
import { toRis } from '../../src/citation/ris';
import type { StyleId } from '../../src/citation/styles';
import { parseRecord } from '../../src/record/read';
import { importSources } from '../../src/import/importSources';
import {
  awkwardRecord,
  manyAuthors,
  minimalRecord,
  recordWithDoi,
  seed,
} from '../fixtures/records';

const csl = (raw: unknown): CslItem => toCsl(parseRecord(raw).value);
const seedItem = csl(seed);
const text = (item: CslItem, style: StyleId) => {
  const out = render([item], style, { bibtexAscii: false });
  return out.kind === 'rich' ? plain(out.bibliography) : out.text;
};
/** Family names with their particles, as a reference manager shows them. */
const families = (item: CslItem | undefined) =>
  item?.author.map(
    (a) => [a['non-dropping-particle'], a.family].filter(Boolean).join(' ') || a.literal,
  );
const inText = (item: CslItem, style: StyleId) => {
  const out = render([item], style, { bibtexAscii: false });
  return out.kind === 'rich' && out.inText ? plain(out.inText) : null;
};

// Each expected string is what the official CSL style gives (all but Chicago, Lectern's own for
// the 18th edition), checked by hand against its manual: APA 7 (§9–10), Harvard as Pure prints
// it, Vancouver (Citing Medicine), MLA 9, Chicago 18 author-date, AMA 11, IEEE 2023. One known
// difference, the official style's and not ours to change: Citing Medicine joins a page range
// with a hyphen ("262-70"), while the official Vancouver CSL file sets no `page-range-delimiter`,
// so CSL's default en dash applies ("262–70"); the test below pins that down.
describe('the official Vancouver style', () => {
  it('joins a page range with CSL’s default en dash, not Citing Medicine’s hyphen', () => {
    const out = render([seedItem], 'vancouver', { bibtexAscii: false });
    const text = out.kind === 'rich' ? plain(out.bibliography) : '';
    expect(text).toContain(':262–70.');
    expect(text).not.toContain('262-70');
  });
});

describe('formatted styles for the seed (no volume, no DOI)', () => {
  it.each<[StyleId, string, string | null]>([
    [
      'apa',
      'Kumar, S., & Anderson, K. C. (2005). Drug insight: Thalidomide as a treatment for multiple myeloma. Nature Clinical Practice Oncology, (5), 262–270.',
      '(Kumar & Anderson, 2005)',
    ],
    [
      'harvard',
      'Kumar, S. and Anderson, K.C. (2005) “Drug insight: Thalidomide as a treatment for multiple myeloma,” Nature Clinical Practice Oncology, (5), pp. 262–270.',
      '(Kumar and Anderson, 2005)',
    ],
    [
      'vancouver',
      '1. Kumar S, Anderson KC. Drug insight: Thalidomide as a treatment for multiple myeloma. Nature Clinical Practice Oncology. 2005 May 1;(5):262–70.',
      '(1)',
    ],
    [
      'mla',
      'Kumar, Shaji, and Kenneth C. Anderson. “Drug Insight: Thalidomide as a Treatment for Multiple Myeloma.” Nature Clinical Practice Oncology, no. 5, May 2005, pp. 262–70.',
      '(Kumar and Anderson)',
    ],
    [
      'chicago',
      'Kumar, Shaji, and Kenneth C. Anderson. 2005. “Drug Insight: Thalidomide as a Treatment for Multiple Myeloma.” Nature Clinical Practice Oncology, no. 5 (May): 262–70.',
      '(Kumar and Anderson 2005)',
    ],
    [
      'ama',
      '1. Kumar S, Anderson KC. Drug insight: Thalidomide as a treatment for multiple myeloma. Nature Clinical Practice Oncology. 2005;(5):262-270.',
      '1',
    ],
    [
      'ieee',
      '[1] S. Kumar and K. C. Anderson, “Drug insight: Thalidomide as a treatment for multiple myeloma,” Nature Clinical Practice Oncology, no. 5, pp. 262–270, May 2005.',
      '[1]',
    ],
  ])('%s', (style, expected, expectedInText) => {
    expect(text(seedItem, style)).toBe(expected);
    expect(inText(seedItem, style)).toBe(expectedInText);
  });

  it('keeps the journal in italics for rich-text copies', () => {
    const out = render([seedItem], 'apa', { bibtexAscii: false });
    expect(out.kind === 'rich' && toHtml(out.bibliography)).toContain(
      '<i>Nature Clinical Practice Oncology</i>',
    );
  });

  it('says plainly what the record lacks', () => {
    expect(missingNote(seedItem)).toBe('No volume or DOI recorded; the citation omits them.');
    expect(missingNote(csl(recordWithDoi))).toBeNull();
  });
});

describe('formatted styles for other records', () => {
  it.each<[string, StyleId, unknown, string]>([
    [
      'volume and DOI',
      'apa',
      recordWithDoi,
      'Lovelace, A., van der Berg, J., Jr., & International Myeloma Working Group. (2019). A complete article: every field recorded. Journal of Tests, 12(3), e0346830. https://doi.org/10.1000/xyz123',
    ],
    [
      'volume and DOI',
      'ieee',
      recordWithDoi,
      '[1] A. Lovelace, J. van der Berg Jr., and International Myeloma Working Group, “A complete article: every field recorded,” Journal of Tests, vol. 12, no. 3, p. e0346830, Nov. 2019, doi: 10.1000/xyz123.',
    ],
    [
      '22 authors (APA: first 19, an ellipsis, the last)',
      'apa',
      manyAuthors,
      `${Array.from({ length: 19 }, (_, i) => `Family${i + 1}, G.`).join(', ')}, … Family22, G. (2020). A study with many hands. Journal of Tests, 3(1), 1–9.`,
    ],
    [
      'volume and DOI (MLA 9: month and year, the DOI after a comma)',
      'mla',
      recordWithDoi,
      'Lovelace, Ada, et al. “A Complete Article: Every Field Recorded.” Journal of Tests, vol. 12, no. 3, Nov. 2019, p. e0346830, https://doi.org/10.1000/xyz123.',
    ],
    [
      '22 authors (Chicago 18: three and et al.)',
      'chicago',
      manyAuthors,
      'Family1, Given1, Given2 Family2, Given3 Family3, et al. 2020. “A Study with Many Hands.” Journal of Tests 3 (1): 1–9.',
    ],
    [
      'a volume and no issue (Chicago 18: the month names the issue)',
      'chicago',
      { ...recordWithDoi, journal: { title: 'Journal of Tests', volume: '12' } },
      'Lovelace, Ada, Jan van der Berg Jr., and International Myeloma Working Group. 2019. “A Complete Article: Every Field Recorded.” Journal of Tests 12 (November): e0346830. https://doi.org/10.1000/xyz123.',
    ],
    [
      '22 authors (AMA: three and et al)',
      'ama',
      manyAuthors,
      '1. Family1 G, Family2 G, Family3 G, et al. A study with many hands. Journal of Tests. 2020;3(1):1-9.',
    ],
    [
      'an organisation, accents, a particle, a Chinese name, no date',
      'apa',
      awkwardRecord,
      'International Myeloma Working Group, García-Márquez, J. R., van Beethoven, L., & 张伟. (n.d.). Costs of 50% & more: $5 for C# and a_b {x} ~ ^ \\ in 北京. Revue & Journal, (2), 10–12.',
    ],
    [
      'no date in AMA leaves no dangling semicolon',
      'ama',
      awkwardRecord,
      '1. International Myeloma Working Group, García-Márquez JR, van Beethoven L, 张伟. Costs of 50% & more: $5 for C# and a_b {x} ~ ^ \\ in 北京. Revue & Journal. (2):10-12.',
    ],
  ])('%s (%s)', (_name, style, record, expected) => {
    expect(text(csl(record), style)).toBe(expected);
  });
});

/**
 * The official styles (Debian's citation-style-language-styles, in src/citation/styles/csl) as
 * citeproc-js renders them: hard records. A record with a year and no locator is read by them as
 * published online ahead of an issue ("[Preprint]", "Published online").
 */
describe('official styles on hard records', () => {
  const yearOnly = { ...minimalRecord, published: '2007', journal: { title: 'Journal of Tests' } };
  it.each<[StyleId, string, unknown, string, string]>([
    [
      'harvard',
      'organisation and scripts',
      awkwardRecord,
      'International Myeloma Working Group et al. (no date) “Costs of 50% & more: $5 for C# and a_b {x} ~ ^ \\ in 北京,” Revue & Journal, (2), pp. 10–12.',
      '(International Myeloma Working Group et al., no date)',
    ],
    [
      'harvard',
      '22 authors',
      manyAuthors,
      'Family1, G. et al. (2020) “A study with many hands,” Journal of Tests, 3(1), pp. 1–9.',
      '(Family1 et al., 2020)',
    ],
    [
      'harvard',
      'a year only',
      yearOnly,
      '“A title and nothing else” (2007) Journal of Tests [Preprint].',
      '(“A title and nothing else,” 2007)',
    ],
    [
      'mla',
      'organisation and scripts',
      awkwardRecord,
      'International Myeloma Working Group, et al. “Costs of 50% & More: $5 for C# and A_b {x} ~ ^ \\ in 北京.” Revue & Journal, no. 2, pp. 10–12.',
      '(International Myeloma Working Group et al.)',
    ],
    [
      'mla',
      '22 authors',
      manyAuthors,
      'Family1, Given1, et al. “A Study with Many Hands.” Journal of Tests, vol. 3, no. 1, 2020, pp. 1–9.',
      '(Family1 et al.)',
    ],
    [
      'mla',
      'a year only',
      yearOnly,
      '“A Title and Nothing Else.” Journal of Tests, 2007.',
      '(“A Title and Nothing Else”)',
    ],
    [
      'ama',
      'a year only',
      yearOnly,
      '1. A title and nothing else. Journal of Tests. Published online 2007.',
      '1',
    ],
    [
      'ieee',
      'organisation and scripts',
      awkwardRecord,
      '[1] International Myeloma Working Group, J. R. García-Márquez, L. van Beethoven, and 张伟, “Costs of 50% & more: $5 for C# and a_b {x} ~ ^ \\ in 北京,” Revue & Journal, no. 2, pp. 10–12.',
      '[1]',
    ],
    [
      'ieee',
      '22 authors',
      manyAuthors,
      '[1] G. Family1 et al., “A study with many hands,” Journal of Tests, vol. 3, no. 1, pp. 1–9, 2020.',
      '[1]',
    ],
    [
      'ieee',
      'a year only',
      yearOnly,
      '[1] “A title and nothing else,” Journal of Tests, 2007.',
      '[1]',
    ],
  ])('%s: %s', (style, _name, record, expected, expectedInText) => {
    expect(text(csl(record), style)).toBe(expected);
    expect(inText(csl(record), style)).toBe(expectedInText);
  });
});

describe('Pure’s own formats', () => {
  it('Author, as in pure-cite-formats.md', () => {
    expect(plain(pureAuthor(seedItem))).toBe(
      'Kumar, Shaji ; Anderson, Kenneth C. / Drug insight: Thalidomide as a treatment for multiple myeloma. In: Nature Clinical Practice Oncology. 2005 ; No. 5. pp. 262-270.',
    );
    expect(pureAuthor(seedItem).find((run) => 'bold' in run && run.bold)).toEqual({
      text: 'Drug insight: Thalidomide as a treatment for multiple myeloma.',
      bold: true,
    });
  });

  it('Standard, as in pure-cite-formats.md', () => {
    expect(plain(pureStandard(seedItem))).toBe(
      'Drug insight: Thalidomide as a treatment for multiple myeloma. / Kumar, Shaji; Anderson, Kenneth C.\nIn: Nature Clinical Practice Oncology, No. 5, 01.05.2005, p. 262-270.\n\nResearch output: Contribution to journal › Review article › peer-review',
    );
  });

  it('names three authors and "et al." beyond', () => {
    expect(plain(pureAuthor(csl(manyAuthors)))).toMatch(
      /^Family1, Given1 ; Family2, Given2 ; Family3, Given3 et al\. \/ /,
    );
  });
});

describe('BibTeX', () => {
  it('writes the seed completely, with a readable key and nothing invented', () => {
    expect(toBibtex(seedItem)).toBe(
      [
        '@article{kumar2005drug,',
        '  title = {Drug insight: {Thalidomide} as a treatment for multiple myeloma},',
        '  author = {Kumar, Shaji and Anderson, Kenneth C.},',
        '  journal = {Nature Clinical Practice Oncology},',
        '  year = {2005},',
        '  month = may,',
        '  day = {1},',
        '  number = {5},',
        '  pages = {262--270},',
        '  language = {en-US},',
        `  abstract = {${seed.abstract}},`,
        '  keywords = {Immunomodulatory drug, Multiple myeloma, Stroma, Thalidomide, Tumor microenvironment}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['50% & $5 #1 a_b', '50\\% \\& \\$5 \\#1 a\\_b'],
    ['{x} ~ ^ \\', '\\{x\\} \\~{} \\^{} {\\textbackslash}'],
    ['a {b {c} d} e', 'a \\{b \\{c\\} d\\} e'],
    ['a } b { c', 'a {\\textbraceright} b {\\textbraceleft} c'],
    ['García', 'García'],
  ])('escapes %j', (input, expected) => {
    expect(escapeLatex(input)).toBe(expected);
  });

  it.each([
    ['García-Márquez', "Garc{\\'i}a-M{\\'a}rquez"],
    ['Müller Øster Łódź', `M{\\"u}ller {\\O}ster {\\L}{\\'o}d{\\'z}`],
    ['Erdős Çelik Dvořák', `Erd{\\H o}s {\\c C}elik Dvo{\\v r}{\\'a}k`],
    ['Ngũgĩ wa Thiongʼo', 'Ng{\\~u}g{\\~i} wa Thiong{\\textquoteright}o'],
    ['‘it’s’ – “so”', "{\\textquoteleft}it{\\textquoteright}s{\\textquoteright} -- ``so''"],
    ['Nguyễn Ngộ œuvre Đặng', 'Nguyễn Ngộ œuvre Đặng'],
    ['张伟', '张伟'],
  ])('in ASCII mode writes %j as Zotero and pdflatex read it back', (input, expected) => {
    expect(escapeLatex(input, true)).toBe(expected);
  });

  it('keeps every name, braces organisations, keeps particles, balances braces', () => {
    for (const ascii of [false, true]) {
      const bib = toBibtex(csl(awkwardRecord), { ascii });
      expect(bib).toContain('{International Myeloma Working Group}');
      expect(bib).toContain('van Beethoven, Ludwig');
      expect(bib).toContain('张, 伟');
      let depth = 0;
      // BibTeX counts every brace, escaped or not.
      for (const char of bib) {
        if (char === '{') depth++;
        if (char === '}') depth--;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth).toBe(0);
    }
  });

  it.each([
    [seedItem, 'kumar2005drug'],
    [csl(recordWithDoi), 'lovelace2019complete'],
    [csl(awkwardRecord), 'internationalcosts'],
  ])('keys %#', (item, key) => {
    expect(citationKey(item)).toBe(key);
  });

  it.each([false, true])(
    "reads back through Lectern's own import to the same fields (ascii: %s)",
    (ascii) => {
      for (const item of [seedItem, csl(recordWithDoi), csl(awkwardRecord)]) {
        const bytes = new TextEncoder().encode(toBibtex(item, { ascii }));
        const [back] = importSources([{ name: 'back.bib', bytes }], []).records;
        expect(back?.title).toBe(item.title);
        expect(back?.authors?.map((a) => (a && 'literal' in a ? a.literal : a?.family))).toEqual(
          item.author.map((a) => a.literal ?? a.family),
        );
        expect(back?.journal?.issue).toBe(item.issue);
        expect(back?.journal?.volume).toBe(item.volume);
        expect(back?.doi).toBe(item.DOI);
      }
    },
  );
});

describe('RIS', () => {
  it('writes the seed with the full title and no wrapped line', () => {
    const ris = toRis(seedItem);
    const lines = ris.split('\r\n');
    expect(lines.slice(0, 4)).toEqual([
      'TY  - JOUR',
      'TI  - Drug insight: Thalidomide as a treatment for multiple myeloma',
      'AU  - Kumar, Shaji',
      'AU  - Anderson, Kenneth C.',
    ]);
    expect(lines).toEqual(
      expect.arrayContaining([
        'PY  - 2005',
        'DA  - 2005/05/01/',
        'T2  - Nature Clinical Practice Oncology',
        'IS  - 5',
        'SP  - 262',
        'EP  - 270',
        'LA  - en-US',
        'M3  - Review article',
        'KW  - Stroma',
        `AB  - ${seed.abstract}`,
      ]),
    );
    expect(lines.filter((l) => l.startsWith('KW  - '))).toHaveLength(5);
    expect(lines.at(-2)).toBe('ER  - ');
    // No JO: Zotero reads it as the journal's abbreviation.
    expect(ris).not.toMatch(/VL {2}-|DO {2}-|JO {2}-/);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });

  it('parses back through citation-js to the same fields', () => {
    for (const item of [seedItem, csl(recordWithDoi), csl(awkwardRecord)]) {
      const [back] = new Cite(toRis(item)).data as CslItem[];
      expect(back?.title).toBe(item.title);
      expect(families(back)).toEqual(families(item));
      expect(back?.issue).toBe(item.issue);
      expect(back?.volume).toBe(item.volume);
      expect(back?.DOI).toBe(item.DOI);
    }
  });
});

describe("organisations through citation-js's RIS reader", () => {
  const withAuthor = (author: object) =>
    csl({ id: 'org', title: 'T', authors: [author], published: '2020' });
  it.each<[string, object, object]>([
    [
      'a name with spaces comes back as an organisation',
      { literal: 'International Myeloma Working Group' },
      { literal: 'International Myeloma Working Group' },
    ],
    // Documented limits of that reader (README, "RIS readers and organisations"): it does not
    // read EndNote's trailing comma, which Lectern writes and its own import honours.
    [
      'a name with a comma is split into a person',
      { literal: 'Ministry of Health, Labour and Welfare' },
      { family: 'Ministry of Health', given: 'Labour and Welfare', suffix: '' },
    ],
    [
      'a one-word name comes back as a family name',
      { literal: 'UNESCO' },
      { family: 'UNESCO', given: '' },
    ],
  ])('%s', (_name, author, back) => {
    const [item] = new Cite(toRis(withAuthor(author))).data as CslItem[];
    expect(item?.author).toEqual([back]);
  });
});

describe('file names', () => {
  it.each<[CslItem[], StyleId, string]>([
    [[seedItem], 'bibtex', 'kumar-2005-drug-insight.bib'],
    [[seedItem], 'ris', 'kumar-2005-drug-insight.ris'],
    [[seedItem], 'csl-json', 'kumar-2005-drug-insight.json'],
    [[seedItem], 'apa', 'kumar-2005-drug-insight.txt'],
    [[csl(awkwardRecord)], 'bibtex', 'international-costs-of.bib'],
    [[seedItem, csl(recordWithDoi)], 'ris', 'lectern-list-2-records.ris'],
    [[], 'apa', 'citations.txt'],
  ])('%#: %s', (items, style, name) => {
    expect(fileName(items, style)).toBe(name);
  });
});

describe('an export list', () => {
  it('is one bibliography, sorted as the style requires', () => {
    const out = render([seedItem, csl(recordWithDoi)], 'apa', { bibtexAscii: false });
    const lines = out.kind === 'rich' ? plain(out.bibliography).split('\n') : [];
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Kumar/);
    expect(lines[1]).toMatch(/^Lovelace/);
  });
});

describe('right-to-left names and titles', () => {
  const arabic = csl({
    id: 'arabic',
    title: 'العلاج بالثاليدوميد',
    authors: [{ given: 'أحمد', family: 'علي' }],
    journal: { title: 'Journal of Tests' },
    published: '2020',
  });

  it.each<[StyleId, string]>([
    ['apa', 'علي, أ. (2020). العلاج بالثاليدوميد. Journal of Tests.'],
    ['harvard', 'علي, أ. (2020) “العلاج بالثاليدوميد,” Journal of Tests [Preprint].'],
    ['vancouver', '1. علي أ. العلاج بالثاليدوميد. Journal of Tests. 2020.'],
    ['ama', '1. علي أ. العلاج بالثاليدوميد. Journal of Tests. Published online 2020.'],
    ['ieee', '[1] أ. علي, “العلاج بالثاليدوميد,” Journal of Tests, 2020.'],
  ])('gives initials in %s, as the official style does, with no bidi control', (style, want) => {
    expect(text(arabic, style)).toBe(want);
  });

  it('isolates each right-to-left run with an element, never a control, in the copied HTML', () => {
    const out = render([arabic], 'apa', { bibtexAscii: false });
    const rich = out.kind === 'rich' ? out.bibliography : [];
    expect(toHtml(rich)).toBe(
      '<bdi>علي</bdi>, <bdi>أ</bdi>. (2020). <bdi>العلاج بالثاليدوميد</bdi>. <i>Journal of Tests</i>.',
    );
    expect(plain(rich)).not.toMatch(/[\u2066-\u2069\u202A-\u202E]/);
  });

  it('takes the bidi controls of a record out of every citation and file', () => {
    const override = csl({
      id: 'override',
      title: 'Title \u202Eesrever',
      authors: [{ given: 'Eve', family: 'Override\u202E' }],
      published: '2020',
    });
    for (const style of ['apa', 'standard', 'bibtex', 'ris', 'csl-json'] as const) {
      expect(text(override, style)).not.toMatch(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
    }
  });

  it.each<StyleId>(['bibtex', 'ris', 'csl-json'])('keeps them as they are in %s', (style) => {
    const out = text(arabic, style);
    expect(out).toContain('العلاج بالثاليدوميد');
    expect(out).not.toMatch(/[\u2068\u2069]/);
  });
});

describe('the ASCII BibTeX option', () => {
  it('says which characters it could not write in ASCII', () => {
    const out = render([csl(awkwardRecord)], 'bibtex', { bibtexAscii: true });
    expect(out).toMatchObject({ kind: 'code', untransliterated: ['北', '京', '张', '伟'] });
    const utf8 = render([csl(awkwardRecord)], 'bibtex', { bibtexAscii: false });
    expect(utf8).not.toHaveProperty('untransliterated');
  });
});
