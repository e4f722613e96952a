import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSources, type SourceFile } from '../../src/import/importSources';
import { idFromTitle } from '../../src/import/ids';
import { medlineDate, medlinePages } from '../../src/import/medline';
import { markupToText } from '../../src/import/markup';
import { decodeBytes } from '../../src/import/decode';
import { languageName } from '../../src/record/language';
import { seed } from '../fixtures/records';

const fixture = (name: string): SourceFile => ({
  name,
  bytes: readFileSync(join(import.meta.dirname, 'fixtures', name)),
});
const text = (name: string, content: string): SourceFile => ({
  name,
  bytes: new TextEncoder().encode(content),
});

describe('reading each source format', () => {
  it('reads a portal RIS export with BOM and CRLF, organisations kept as organisations', () => {
    const report = importSources([fixture('portal-export.ris')], []);
    expect(report.records.map((r) => r.title)).toEqual([
      'Drug insight: Thalidomide as a treatment for multiple myeloma',
      'Global tuberculosis report 2023',
    ]);
    const [article, report2023] = report.records;
    expect(article).toMatchObject({
      id: 'drug-insight-thalidomide-treatment-multiple-myeloma',
      authors: [
        { given: 'Shaji', family: 'Kumar' },
        { given: 'Kenneth C.', family: 'Anderson' },
      ],
      journal: { title: 'Nature Clinical Practice Oncology', issue: '5' },
      pages: { first: '262', last: '270' },
      published: '2005-05-01',
      language: 'English (US)',
      keywords: ['Thalidomide', 'Multiple myeloma'],
    });
    expect(report2023?.authors).toEqual([{ literal: 'World Health Organization' }]);
    expect(report.rejected).toEqual([
      { file: 'portal-export.ris', line: 16, reason: 'it has no title' },
    ]);
  });

  it('reads MEDLINE: full names, corporate authors, shortened pages, DOI, month dates', () => {
    const report = importSources([fixture('pubmed.nbib')], []);
    expect(report.rejected).toEqual([]);
    expect(report.records[0]).toEqual({
      id: 'fictional-entry-stromal-support-plasma-cells',
      title: 'A fictional entry: stromal support of plasma cells in myeloma',
      authors: [
        { given: 'Example', family: 'Kumar' },
        { given: 'Kenneth C', family: 'Anders' },
        { literal: 'Example Myeloma Working Group' },
      ],
      type: 'Journal Article › Review',
      journal: {
        title: 'Journal of fictional oncology',
        volume: '2',
        issue: '5',
        issn: '1234-5679',
      },
      pages: { first: '262', last: '270' },
      published: '2005-05',
      language: 'English',
      doi: '10.5555/example.nbib.1',
      keywords: ['Stroma', 'Plasma cells'],
      abstract:
        'Plasma cells depend on their stroma. This fictional abstract runs over two lines in the export.',
    });
    expect(report.records[1]).toMatchObject({
      published: '1999',
      authors: [{ given: 'J', family: 'Smith' }],
    });
  });

  it('reads a Crossref work: lists unwrapped, organisations, JATS abstract as paragraphs', () => {
    const report = importSources([fixture('crossref-work.json')], []);
    expect(report.records).toEqual([
      {
        id: 'stroma-tumour-microenvironment-review',
        title: 'Stroma and the tumour microenvironment: a review',
        authors: [{ given: 'Ana', family: 'García' }, { literal: 'Consortium for Examples' }],
        type: 'Journal article',
        journal: { title: 'Journal of Examples', volume: '12', issue: '3', issn: '1234-5678' },
        pages: { first: '101', last: '110' },
        published: '2021-03-09',
        language: 'English',
        doi: '10.5555/EXAMPLE.42',
        subjectAreas: ['Oncology', 'Cancer Research'],
        abstract: 'First & foremost.\n\nSecond paragraph with markup.',
      },
    ]);
  });

  it('reads CSL-JSON lists and reports each unusable item with its line', () => {
    const report = importSources([fixture('zotero.json')], []);
    expect(report.records).toEqual([
      {
        id: 'ein-beitrag-uber-stromazellen',
        title: 'Ein Beitrag über Stromazellen',
        authors: [{ given: 'Jörg', family: 'Müller' }, { literal: 'Arbeitsgruppe Stroma' }],
        type: 'Journal article',
        journal: { title: 'Zeitschrift für Beispiele' },
        published: '2019-11',
        language: 'German',
        keywords: ['Stroma', 'Zellen'],
      },
    ]);
    expect(report.rejected).toEqual([
      { file: 'zotero.json', line: 12, reason: 'it has no title' },
      {
        file: 'zotero.json',
        line: 13,
        reason: 'expected an object (a CSL-JSON item or a Crossref work)',
      },
    ]);
  });

  it('reads BibTeX: LaTeX accents, @string macros, braced organisations, particles', () => {
    const bib = [
      '@string{jex = "Journal of Examples"}',
      '@article{muller2005,',
      '  author = {M{\\"u}ller, J{\\"o}rg and {World Health Organization} and van der Berg, Jan},',
      "  title = {The {MRI} of caf{\\'e}s},",
      '  journal = jex, year = 2005, month = may, pages = {262--270}, number = {5},',
      '  keywords = {Stroma, Cafés}, abstract = {One {\\&} two.}',
      '}',
    ].join('\n');
    const [record] = importSources([text('refs.bib', bib)], []).records;
    expect(record).toEqual({
      id: 'mri-cafes',
      title: 'The MRI of cafés',
      authors: [
        { given: 'Jörg', family: 'Müller' },
        { literal: 'World Health Organization' },
        { given: 'Jan', family: 'Berg', 'non-dropping-particle': 'van der' },
      ],
      type: 'Journal article',
      journal: { title: 'Journal of Examples', issue: '5' },
      pages: { first: '262', last: '270' },
      published: '2005-05',
      keywords: ['Stroma', 'Cafés'],
      abstract: 'One & two.',
    });
  });
});

describe('authors’ ORCID iDs and affiliations, where a source carries them', () => {
  const authorsOf = (file: SourceFile) => importSources([file], []).records[0]?.authors;

  it.each<[string, SourceFile, object[]]>([
    [
      'Crossref (ORCID and affiliation on each author)',
      text(
        'work.json',
        JSON.stringify({
          message: {
            title: ['A work'],
            author: [
              {
                given: 'Shaji',
                family: 'Kumar',
                ORCID: 'http://orcid.org/0000-0002-1825-0097',
                'authenticated-orcid': true,
                affiliation: [{ name: 'Mayo Clinic' }],
              },
              { given: 'Kenneth C.', family: 'Anderson', affiliation: [] },
            ],
          },
        }),
      ),
      [
        {
          given: 'Shaji',
          family: 'Kumar',
          orcid: '0000-0002-1825-0097',
          affiliations: ['Mayo Clinic'],
        },
        { given: 'Kenneth C.', family: 'Anderson' },
      ],
    ],
    [
      'CSL-JSON (an ORCID and an affiliation on a name)',
      text(
        'items.json',
        JSON.stringify([
          {
            type: 'article-journal',
            title: 'An item',
            author: [
              {
                given: 'Jan',
                family: 'Berg',
                ORCID: '0000-0002-1825-0097',
                affiliation: 'Leiden University',
              },
            ],
          },
        ]),
      ),
      [
        {
          given: 'Jan',
          family: 'Berg',
          orcid: '0000-0002-1825-0097',
          affiliations: ['Leiden University'],
        },
      ],
    ],
    [
      'MEDLINE (AD and AUID after each FAU)',
      text(
        'a.nbib',
        [
          'PMID- 1',
          'TI  - A MEDLINE record.',
          'FAU - Kumar, Shaji',
          'AU  - Kumar S',
          'AD  - Mayo Clinic, Rochester, MN, USA.',
          'AUID- ORCID: 0000-0002-1825-0097',
          'FAU - Anderson, Kenneth C',
          'AU  - Anderson KC',
          'AD  - Dana-Farber Cancer Institute, Boston, MA, USA.',
          '',
        ].join('\n'),
      ),
      [
        {
          given: 'Shaji',
          family: 'Kumar',
          orcid: '0000-0002-1825-0097',
          affiliations: ['Mayo Clinic, Rochester, MN, USA.'],
        },
        {
          given: 'Kenneth C',
          family: 'Anderson',
          affiliations: ['Dana-Farber Cancer Institute, Boston, MA, USA.'],
        },
      ],
    ],
    [
      'RIS (one AD per author)',
      text(
        'a.ris',
        [
          'TY  - JOUR',
          'TI  - A RIS record',
          'AU  - Kumar, Shaji',
          'AU  - Berg, Jan',
          'AD  - Mayo Clinic',
          'AD  - Leiden University',
          'ER  - ',
          '',
        ].join('\r\n'),
      ),
      [
        { given: 'Shaji', family: 'Kumar', affiliations: ['Mayo Clinic'] },
        { given: 'Jan', family: 'Berg', affiliations: ['Leiden University'] },
      ],
    ],
    [
      'RIS (addresses that cannot be told apart are left out)',
      text(
        'b.ris',
        [
          'TY  - JOUR',
          'TI  - Another RIS record',
          'AU  - Kumar, Shaji',
          'AU  - Berg, Jan',
          'AD  - Mayo Clinic; Leiden University',
          'ER  - ',
          '',
        ].join('\r\n'),
      ),
      [
        { given: 'Shaji', family: 'Kumar' },
        { given: 'Jan', family: 'Berg' },
      ],
    ],
    [
      'BibTeX (Web of Science’s ORCID-Numbers)',
      text(
        'a.bib',
        '@article{x,\n  title = {A BibTeX record},\n  author = {Kumar, Shaji and Berg, Jan},\n  ORCID-Numbers = {Berg, Jan/0000-0002-1825-0097},\n  year = {2019}\n}\n',
      ),
      [
        { given: 'Shaji', family: 'Kumar' },
        { given: 'Jan', family: 'Berg', orcid: '0000-0002-1825-0097' },
      ],
    ],
  ])('are read from %s', (_name, file, expected) => {
    const authors = authorsOf(file);
    expect(authors).toEqual(expected);
  });
});

describe('records already in Lectern’s format', () => {
  it('are taken whole, with their id, Scopus count and subjects', () => {
    const report = importSources([text('seed.json', JSON.stringify(seed))], []);
    expect(report.rejected).toEqual([]);
    expect(report.records).toEqual([seed]);
  });

  it('are duplicates of themselves once published', () => {
    const report = importSources([text('seed.json', JSON.stringify(seed))], [seed]);
    expect(report.records).toEqual([]);
    expect(report.duplicates).toHaveLength(1);
  });
});

describe('what is not imported is reported, with file, line and reason', () => {
  it.each([
    [
      'an unbalanced BibTeX entry, without losing the next one',
      text('a.bib', '@article{a, title = {Open\n}\n@article{b, title = {Fine}}\n'),
      [
        {
          file: 'a.bib',
          line: 1,
          reason: expect.stringContaining('braces do not balance') as string,
        },
      ],
      ['Fine'],
    ],
    [
      'a RIS entry cut off before its ER line',
      text('a.ris', 'TY  - JOUR\nTI  - Kept\nER  - \nTY  - JOUR\nTI  - Cut off\n'),
      [{ file: 'a.ris', line: 4, reason: 'the entry has no "ER  -" line ending it' }],
      ['Kept'],
    ],
    [
      'JSON that does not parse',
      text('a.json', '[\n  { "title": "x" }\n  { "title": "y" }\n]'),
      [{ file: 'a.json', line: 3, reason: expect.stringContaining('not valid JSON') as string }],
      [],
    ],
    [
      'a file in no known format',
      text('notes.txt', 'just some notes'),
      [{ file: 'notes.txt', reason: 'not RIS, BibTeX, CSL-JSON, Crossref JSON or MEDLINE' }],
      [],
    ],
  ])('%s', (_, file, rejected, kept) => {
    const report = importSources([file], []);
    expect(report.rejected).toEqual(rejected);
    expect(report.records.map((r) => r.title)).toEqual(kept);
  });

  it('reports duplicates of published records and of earlier entries, and writes neither', () => {
    const ris = (title: string, doi = '') =>
      `TY  - JOUR\nTI  - ${title}\nAU  - Kumar, Shaji\nPY  - 2005\n${doi && `DO  - ${doi}\n`}ER  - \n`;
    const report = importSources(
      [
        text(
          'a.ris',
          ris('Drug insight: thalidomide as a treatment for multiple myeloma') +
            ris('New work', '10.5555/ABC') +
            ris('Same DOI, other title', '10.5555/abc'),
        ),
      ],
      [seed],
    );
    expect(report.records.map((r) => r.title)).toEqual(['New work']);
    expect(report.duplicates).toEqual([
      {
        file: 'a.ris',
        line: 1,
        title: 'Drug insight: thalidomide as a treatment for multiple myeloma',
        of: seed.id,
        same: 'title, year and first author',
      },
      { file: 'a.ris', line: 12, title: 'Same DOI, other title', of: 'new-work', same: 'DOI' },
    ]);
  });

  it('never takes the id of a published record: the year, then a number, tell them apart', () => {
    const existing = [{ id: 'annual-report', title: 'Other', authors: [] }];
    const ris = (year: string) =>
      `TY  - RPRT\nTI  - Annual report\nAU  - Org ${year}\nPY  - ${year}\nER  - \n`;
    const report = importSources([text('a.ris', ris('2020') + ris('2021'))], existing);
    expect(report.records.map((r) => r.id)).toEqual(['annual-report-2020', 'annual-report-2021']);
  });

  it('leaves out a field the reader would refuse, and says so', () => {
    const report = importSources([text('a.json', '{ "title": "T", "DOI": "not-a-doi" }')], []);
    expect(report.records[0]).not.toHaveProperty('doi');
    expect(report.notes).toEqual([
      { file: 'a.json', line: 1, message: expect.stringMatching(/^DOI left out: /) as string },
    ]);
  });
});

describe('small readers', () => {
  it.each([
    [
      'Drug insight: Thalidomide as a treatment for multiple myeloma',
      'drug-insight-thalidomide-treatment-multiple-myeloma',
    ],
    ['Ein Beitrag über Stromazellen', 'ein-beitrag-uber-stromazellen'],
    ['Ωμέγα', 'record'],
    ['The the the', 'record'],
  ])('the id of “%s” is %s', (title, id) => {
    expect(idFromTitle(title)).toBe(id);
  });

  it.each([
    ['262-70', '262-270'],
    ['1199-205', '1199-1205'],
    ['e123-e129', 'e123-e129'],
    ['15', '15'],
  ])('MEDLINE pages %s are %s', (pages, full) => {
    expect(medlinePages(pages)).toBe(full);
  });

  it.each([
    ['2005 May 3', [2005, 5, 3]],
    ['2005 May', [2005, 5]],
    ['2005 Spring', [2005]],
    ['2005 May-Jun', [2005]],
    ['undated', undefined],
  ])('MEDLINE date %s is %j', (value, parts) => {
    expect(medlineDate(value)).toEqual(parts);
  });

  it.each([
    ['en-US', 'English (US)'],
    ['en', 'English'],
    ['eng', 'English'],
    ['de', 'German'],
    ['English (UK)', 'English (UK)'],
    ['Klingon-ish', 'Klingon-ish'],
  ])('language %s is written %s', (code, name) => {
    expect(languageName(code)).toBe(name);
  });

  it.each([
    ['<jats:p>A &lt; b &amp; c</jats:p>', 'A < b & c'],
    ['<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['H<sub>2</sub>O &#x2013; water', 'H2O – water'],
  ])('markup %s is the text %j', (markup, plain) => {
    expect(markupToText(markup)).toBe(plain);
  });

  it.each([
    ['UTF-8 with a BOM', [0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a, 0x62], { text: 'a\nb' }],
    ['UTF-16 LE', [0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00], { text: 'aé' }],
    [
      'Windows-1252',
      [0x63, 0x61, 0x66, 0xe9],
      { text: 'café', note: 'not UTF-8; read as Windows-1252' },
    ],
  ])('decodes %s', (_, bytes, decoded) => {
    expect(decodeBytes(new Uint8Array(bytes))).toEqual(decoded);
  });
});
