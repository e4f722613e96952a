import { describe, expect, it } from 'vitest';
import { importSources, type SourceFile } from '../../src/import/importSources';

const file = (name: string, content: string): SourceFile => ({
  name,
  bytes: new TextEncoder().encode(content),
});
const ris = (...lines: string[]) =>
  file('export.ris', ['TY  - JOUR', 'TI  - A title', ...lines, 'ER  - ', ''].join('\n'));
const one = (source: SourceFile) => {
  const report = importSources([source], []);
  expect(report.rejected).toEqual([]);
  expect(report.records).toHaveLength(1);
  return { record: report.records[0], notes: report.notes };
};

describe('RIS dates, in the forms the RIS spec and exporters write them', () => {
  it.each([
    ['Y1 with a trailing slash (EndNote)', ['Y1  - 2018/05/04/'], '2018-05-04'],
    ['Y1 with the year only', ['Y1  - 2020//'], '2020'],
    ['Y1 with year and month', ['Y1  - 2020/11//'], '2020-11'],
    ['DA with the "other" part', ['DA  - 2019/03/07/Spring'], '2019-03-07'],
    [
      'DA as a day-month and PY the year (Web of Science)',
      ['PY  - 2022', 'DA  - SEP 10'],
      '2022-09-10',
    ],
    ['DA a month only and PY the year', ['PY  - 2022', 'DA  - DEC'], '2022-12'],
    ['DA a season and PY the year', ['PY  - 2021', 'DA  - Spring'], '2021'],
    ['DA a month name and year', ['DA  - September 2017'], '2017-09'],
    ['DA as "2016 Jun 12"', ['DA  - 2016 Jun 12'], '2016-06-12'],
    ['DA in ISO form', ['DA  - 2015-02-01'], '2015-02-01'],
    ['PY alone', ['PY  - 2009'], '2009'],
    ['PY with month and day', ['PY  - 2009/07/15'], '2009-07-15'],
    ['DA without a year and PY missing: no date', ['DA  - SEP 10'], undefined],
    ['Y2 is the access date, never the publication', ['Y2  - 2024/01/02'], undefined],
    ['DA more exact than PY', ['PY  - 2013', 'DA  - 2013/04/22'], '2013-04-22'],
    ['DA of another year than PY: PY wins', ['PY  - 2013', 'DA  - 2014/04/22'], '2013'],
  ])('%s', (_, lines, published) => {
    expect(one(ris(...lines)).record?.published).toBe(published);
  });
});

describe('RIS text', () => {
  it('keeps every AB line, each a paragraph, and a line without a tag as part of the one above', () => {
    const { record } = one(
      ris('AB  - Background: the first part.', 'AB  - Results: the second', 'part, wrapped.'),
    );
    expect(record?.abstract).toBe(
      'Background: the first part.\n\nResults: the second part, wrapped.',
    );
  });

  it('takes N2 where there is no AB, and once only where both say the same', () => {
    expect(one(ris('N2  - From N2.')).record?.abstract).toBe('From N2.');
    expect(one(ris('AB  - Same.', 'N2  - Same.')).record?.abstract).toBe('Same.');
  });

  it('reads JATS and HTML in an abstract as paragraphs of plain text', () => {
    const { record } = one(
      ris(
        'AB  - <jats:title>Abstract</jats:title><jats:p>First &amp; <jats:italic>only</jats:italic>.</jats:p><jats:p>Second.</jats:p>',
      ),
    );
    expect(record?.abstract).toBe('First & only.\n\nSecond.');
  });

  it('keeps a CJK name written with a space and no comma as a person, family name first', () => {
    expect(one(ris('AU  - 熊 玮', 'AU  - 李, 小龙')).record?.authors).toEqual([
      { family: '熊', given: '玮' },
      { family: '李', given: '小龙' },
    ]);
  });

  it.each([
    [
      'JF beside a T2 holding a translated title (Ovid, CAB)',
      ['T2  - Titre traduit', 'JF  - Real Journal'],
      'Real Journal',
    ],
    [
      'T2 beside JO, the abbreviation (Scopus, ScienceDirect)',
      ['T2  - Journal of Things', 'JO  - J Things'],
      'Journal of Things',
    ],
    ['JO alone (Wiley, Dimensions)', ['JO  - Journal of Things'], 'Journal of Things'],
    ['JA alone', ['JA  - J Things'], 'J Things'],
  ])('the journal: %s', (_, lines, journal) => {
    expect(one(ris(...lines)).record?.journal?.title).toBe(journal);
  });
});

describe('RIS as particular exporters write it', () => {
  it('reads Cochrane\'s spacing ("TY  -  JOUR") after a provider header', () => {
    const source = file(
      'cochrane.ris',
      'Record #3 of 18\nProvider: John Wiley & Sons, Ltd.\n\nTY  -  JOUR\nTI  -  Spaced out\nPY  -  2011\nER  -  \n',
    );
    expect(one(source).record).toMatchObject({ title: 'Spaced out', published: '2011' });
  });

  it('takes the DOI from L3 where there is no DO (EBSCO)', () => {
    expect(one(ris('L3  - 10.1371/journal.pone.0298242')).record?.doi).toBe(
      '10.1371/journal.pone.0298242',
    );
  });

  it('reads each line under one KW as a keyword (EndNote), a comma inside one kept, and "n/a" as none', () => {
    expect(
      one(ris('KW  - article', 'biostratigraphy', 'KW  - Models, Biological')).record?.keywords,
    ).toEqual(['article', 'biostratigraphy', 'Models, Biological']);
    expect(one(ris('KW  - n/a')).record?.keywords).toBeUndefined();
  });

  it('reads "Brownstein C D" (family and initials, no comma: EPPI-Reviewer) as a person', () => {
    expect(
      one(ris('A1  - Brownstein C D', 'A1  - World Health Organization')).record?.authors,
    ).toEqual([{ family: 'Brownstein', given: 'C D' }, { literal: 'World Health Organization' }]);
  });

  it.each([
    ['Study Group A', { literal: 'Study Group A' }],
    ['Writing Committee B', { literal: 'Writing Committee B' }],
    ['Myeloma Trialists C', { literal: 'Myeloma Trialists C' }],
    ['Van Der Berg J', { family: 'Van Der Berg', given: 'J' }],
  ])('reads "%s" as %j: a group ends with a letter too', (line, author) => {
    expect(one(ris(`A1  - ${line}`)).record?.authors).toEqual([author]);
  });

  it("keeps volume and issue whatever the type (MDPI's EJOUR)", () => {
    const source = file(
      'mdpi.ris',
      'TY  - EJOUR\nTI  - T\nT2  - Energies\nVL  - 3\nIS  - 5\nER  -\n',
    );
    expect(one(source).record?.journal).toEqual({ title: 'Energies', volume: '3', issue: '5' });
  });

  it('reads MEDLINE saved with a .ris name (PubMed)', () => {
    const source = file('pubmed.ris', 'PMID- 1\nTI  - From PubMed\nDP  - 2020 Feb\n');
    expect(one(source).record).toMatchObject({ title: 'From PubMed', published: '2020-02' });
  });
});

describe('BibTeX as exporters write it', () => {
  it('never rejects an entry for a field Lectern does not use, however it is named or written', () => {
    const bib = [
      '@article{a,',
      '  title = {One},',
      '  funding_text 1 = {Funded by {the} Council},',
      '  year = {2020}',
      '}',
      '@article{b,',
      '  title = {Two},',
      '  note = {See \\enquote*{this} and \\unknowncommand[x]{y}},',
      '  year = 2021',
      '}',
      '',
    ].join('\n');
    const report = importSources([file('scopus.bib', bib)], []);
    expect(report.rejected).toEqual([]);
    expect(report.records.map((r) => [r.title, r.published])).toEqual([
      ['One', '2020'],
      ['Two', '2021'],
    ]);
    expect(report.notes).toContainEqual({
      file: 'scopus.bib',
      line: 1,
      message: 'fields Lectern does not use were skipped: funding_text 1',
    });
  });

  it.each([
    ['\\hyphen and \\TeX', 'Post\\hyphen{}war \\TeX{} and \\LaTeX', 'Post-war TeX and LaTeX'],
    ['\\emph and \\textsc', 'The \\emph{in vivo} \\textsc{Model}', 'The in vivo Model'],
    [
      '\\textit, \\textbf and a braced word',
      '{\\textit{E. coli}} in {DNA} \\textbf{repair}',
      'E. coli in DNA repair',
    ],
    ['$\\alpha$ and a subscript', 'TNF-$\\alpha$ and CO$_2$', 'TNF-α and CO₂'],
  ])('gives text for %s in a title', (_, title, expected) => {
    const { record } = one(file('a.bib', `@article{a, title = {${title}}, year = 2020}\n`));
    expect(record?.title).toBe(expected);
  });

  it('reports a reason at the line of the file, not of the entry', () => {
    const bib =
      '@article{a, title = {Fine}}\n\n@article{b,\n  title = {Broken},\n  year = 20 20\n}\n';
    const report = importSources([file('a.bib', bib)], []);
    expect(report.records.map((r) => r.title)).toEqual(['Fine']);
    expect(report.rejected).toEqual([
      { file: 'a.bib', line: 3, reason: expect.stringMatching(/ at line 5 col \d+/) as string },
    ]);
  });
});

describe('CSL-JSON and Crossref', () => {
  it('reads rich text in titles as text, and makes the id from the text', () => {
    const { record } = one(
      file(
        'zotero.json',
        JSON.stringify([
          {
            type: 'article-journal',
            title:
              'Growth of <i>E. coli</i> in <span class="nocase">pH</span> H<sub>2</sub>O <b>now</b>',
            'container-title': 'Journal of <i>Things</i>',
          },
        ]),
      ),
    );
    expect(record?.title).toBe('Growth of E. coli in pH H2O now');
    expect(record?.journal?.title).toBe('Journal of Things');
    expect(record?.id).toBe('growth-e-coli-ph-h2o-now');
  });

  it('reports a duplicate in a Crossref list at its own item', () => {
    const work = (title: string) => ({
      type: 'journal-article',
      title: [title],
      DOI: '10.5555/same',
    });
    const json = JSON.stringify(
      { status: 'ok', message: { items: [work('First'), work('Second')] } },
      null,
      2,
    );
    const report = importSources([file('crossref.json', json)], []);
    const lines = json.split('\n');
    const second = lines.findIndex((l) => l.includes('"Second"'));
    // The item's own opening brace, the last one at its indent before its title.
    const opening = lines.slice(0, second).lastIndexOf('      {') + 1;
    expect(opening).toBeGreaterThan(lines.findIndex((l) => l.includes('"First"')) + 1);
    expect(report.duplicates).toEqual([
      expect.objectContaining({ file: 'crossref.json', line: opening, title: 'Second' }),
    ]);
  });
});
