import { describe, expect, it } from 'vitest';
import { importSources } from '../../src/import/importSources';
import { toCsl } from '../../src/citation/csl';
import { render } from '../../src/citation/render';
import { parseRecord } from '../../src/record/read';
import type { ResearchRecord } from '../../src/record/schema';
import { recordWithDoi, seed } from '../fixtures/records';

/** What each export carries (the rest of a record, such as Scopus counts, is Pure's own). */
const CARRIED = {
  'csl-json': [
    'title',
    'authors',
    'journal',
    'pages',
    'numberOfPages',
    'published',
    'language',
    'doi',
    'keywords',
    'abstract',
  ],
  ris: [
    'title',
    'authors',
    'journal',
    'pages',
    'published',
    'language',
    'doi',
    'keywords',
    'abstract',
  ],
  bibtex: [
    'title',
    'authors',
    'journal',
    'pages',
    'published',
    'language',
    'doi',
    'keywords',
    'abstract',
  ],
} as const;

const fileNames = { 'csl-json': 'export.json', ris: 'export.ris', bibtex: 'export.bib' };

function exported(record: ResearchRecord, style: keyof typeof CARRIED, bibtexAscii = false) {
  const item = toCsl(record);
  const rendered = render([item], style, { bibtexAscii });
  if (rendered.kind !== 'code') throw new Error(`${style} is not an export`);
  return rendered.text;
}

/** RIS and BibTeX readers join an abstract's paragraphs into one (README, "Importing records"). */
const pick = (record: ResearchRecord, fields: readonly string[], paragraphs: boolean) =>
  Object.fromEntries(
    fields.map((f) => {
      const value = record[f as keyof ResearchRecord];
      const joined = f === 'abstract' && !paragraphs && typeof value === 'string';
      return [f, joined ? value.replace(/\s+/g, ' ') : value];
    }),
  );

describe("Lectern's own exports import back to the same record", () => {
  const cases = (['csl-json', 'ris', 'bibtex'] as const).flatMap((style) =>
    [seed, recordWithDoi].map((raw) => [style, raw.id, raw] as const),
  );
  it.each(cases)('%s of %s', (style, _, raw) => {
    const original = parseRecord(raw).value;
    const text = exported(original, style);
    const report = importSources(
      [{ name: fileNames[style], bytes: new TextEncoder().encode(text) }],
      [],
    );
    expect(report.rejected).toEqual([]);
    expect(report.records).toHaveLength(1);
    const back = parseRecord(report.records[0]).value;
    const paragraphs = style === 'csl-json';
    expect(pick(back, CARRIED[style], paragraphs)).toEqual(
      pick(original, CARRIED[style], paragraphs),
    );
  });

  it('the ASCII BibTeX export too: LaTeX accents read back as the letters they stand for', () => {
    const original = parseRecord({
      ...seed,
      authors: [
        { given: 'Jörg', family: 'Müller' },
        { given: 'Çağrı', family: 'Öztürk' },
      ],
      title: 'Über Stroma: ça va',
    }).value;
    const text = exported(original, 'bibtex', true);
    expect(text).toMatch(/^[\t\n\x20-\x7e]*$/);
    const [record] = importSources(
      [{ name: 'a.bib', bytes: new TextEncoder().encode(text) }],
      [],
    ).records;
    expect(record?.title).toBe('Über Stroma: ça va');
    expect(record?.authors).toEqual([
      { given: 'Jörg', family: 'Müller' },
      { given: 'Çağrı', family: 'Öztürk' },
    ]);
  });

  it('RIS keeps organisations with a comma or of one word (a trailing comma marks them)', () => {
    const original = parseRecord({
      ...seed,
      authors: [
        { literal: 'Ministry of Health, Labour and Welfare' },
        { literal: 'UNESCO' },
        { literal: 'World Health Organization' },
        { given: 'Shaji', family: 'Kumar' },
      ],
    }).value;
    const text = exported(original, 'ris');
    expect(text).toContain('AU  - Ministry of Health, Labour and Welfare,\r\n');
    expect(text).toContain('AU  - UNESCO,\r\n');
    const [record] = importSources(
      [{ name: 'a.ris', bytes: new TextEncoder().encode(text) }],
      [],
    ).records;
    expect(record?.authors).toEqual([
      { literal: 'Ministry of Health, Labour and Welfare' },
      { literal: 'UNESCO' },
      { literal: 'World Health Organization' },
      { given: 'Shaji', family: 'Kumar' },
    ]);
  });

  it('RIS carries the output type as Pure names it', () => {
    const text = exported(parseRecord(seed).value, 'ris');
    const [record] = importSources(
      [{ name: 'a.ris', bytes: new TextEncoder().encode(text) }],
      [],
    ).records;
    expect(record?.type).toBe('Review article');
  });
});
