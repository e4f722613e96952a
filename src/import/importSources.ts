import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import * as v from 'valibot';
import { RECORD_FIELDS, RECORD_ID, type Field } from '../record/fields';
import { fieldSchema, SchemaError, type recordSummarySchema } from '../record/schema';
import { salvageRecord } from '../record/read';
import type { CslInput } from './csl-input';
import { crossrefToCsl, crossrefWorks, isCrossrefWork } from './crossref';
import { decodeBytes } from './decode';
import { fold } from '../text/fold';
import {
  bibtexEntries,
  bracesBalanced,
  detectFormat,
  jsonArrayItemLines,
  jsonErrorLine,
  jsonItemLines,
  medlineEntries,
  risEntries,
} from './entries';
import { duplicateKeys, uniqueId } from './ids';
import { latexWords, usedFields, withoutLatex } from './bibtex';
import { medlineToCsl } from './medline';
import { mendRis, normalisedRis } from './ris';
import { cslToRecord, type MapOptions, type RecordJson } from './toRecord';

export interface SourceFile {
  /** The name the report uses ("exports/pure.ris"). */
  name: string;
  bytes: Uint8Array;
}

/** Where in which file: the line an entry starts on, when the format has lines. */
export interface Place {
  file: string;
  line?: number;
}

export interface ImportReport {
  /** New records, in the order their sources list them. */
  records: RecordJson[];
  rejected: (Place & { reason: string })[];
  duplicates: (Place & {
    title: string;
    of: string;
    same: 'DOI' | 'title, year and first author';
  })[];
  /** Things read with a caveat: a field left out, a file's encoding. */
  notes: (Place & { message: string })[];
}

/**
 * What an import needs of a published record, so that it neither collides nor duplicates: read
 * with the field table's own schemas, so a file that is not a record is simply not counted.
 */
export const existingRecordSchema = v.looseObject({
  id: fieldSchema('id'),
  title: fieldSchema('title'),
  authors: v.optional(fieldSchema('authors'), []),
  published: v.optional(v.unknown()),
  doi: v.optional(v.unknown()),
});

interface Item {
  line?: number;
  /** The item read into CSL-JSON, or why it could not be. */
  csl: CslInput | { error: string };
  options?: MapOptions;
  /** What was read with a caveat, for the report's notes. */
  notes?: string[];
  /** A record already in Lectern's format (another Lectern's `records/<id>.json`), taken whole. */
  record?: Record<string, unknown>;
}

/** Lectern's own record format: `authors` (CSL-JSON says `author`) and a string title. */
const isLecternRecord = (object: Record<string, unknown>): boolean =>
  Array.isArray(object.authors) && typeof object.title === 'string';

const messageOf = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unreadable';

function viaCitationJs(
  text: string,
  type: '@ris/file' | '@biblatex/text',
): CslInput | { error: string } {
  try {
    const [item] = plugins.input.chain(text, {
      forceType: type,
      generateGraph: false,
    }) as (CslInput | undefined)[];
    return item ?? { error: 'no entry could be read here' };
  } catch (error) {
    return { error: messageOf(error) };
  }
}

/**
 * Web of Science's BibTeX names each author's ORCID iD in one field,
 * `ORCID-Numbers = {Kumar, Shaji/0000-0002-1825-0097; Berg, Jan/…}`: each iD goes to the author
 * of that family name and first initial, when exactly one author has them.
 */
function withOrcidNumbers(entry: string, item: CslInput): CslInput {
  const field = /^\s*orcid-numbers\s*=\s*[{"]([^}"]*)[}"]/im.exec(entry)?.[1];
  if (!field || !item.author) return item;
  const key = (family: string, given: string) =>
    `${fold(family).trim()}|${fold(given).match(/\p{L}/u)?.[0] ?? ''}`;
  const byName = new Map<string, string>();
  for (const pair of field.split(';')) {
    const match = /^(.*?),\s*(.*?)\s*\/\s*(\d{4}-\d{4}-\d{4}-\d{3}[\dX])\s*$/i.exec(pair.trim());
    if (match) byName.set(key(match[1] ?? '', match[2] ?? ''), match[3] ?? '');
  }
  const counts = new Map<string, number>();
  for (const a of item.author) {
    const k = key(a.family ?? '', a.given ?? '');
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return {
    ...item,
    author: item.author.map((a) => {
      const k = key(a.family ?? '', a.given ?? '');
      const orcid = byName.get(k);
      return orcid && counts.get(k) === 1 ? { ...a, ORCID: orcid } : a;
    }),
  };
}

function risItems(text: string): Item[] {
  return risEntries(normalisedRis(text)).map(({ line, text: entry }) => {
    if (!/\nER {2}-/.test(entry)) {
      return { line, csl: { error: 'the entry has no "ER  -" line ending it' } };
    }
    const csl = viaCitationJs(entry, '@ris/file');
    return {
      line,
      csl: 'error' in csl ? csl : mendRis(entry, csl),
    };
  });
}

/**
 * `\^{}` and `\~{}` (a caret and a tilde, as BibTeX and Zotero write them) as the text commands
 * citation-js reads: it takes them as accents on nothing and gives "undefined" with the mark.
 */
const accentsOnNothing = (entry: string) =>
  entry.replace(/\\([~^])\{\}/g, (_, c: string) =>
    c === '~' ? '\\textasciitilde{}' : '\\textasciicircum{}',
  );

/** citation-js's "at line 3 col 14", counted in the text it was given, as the file's line. */
const atFileLine = (reason: string, offset: number) =>
  reason
    .replace(/\bline (\d+)/, (_, n: string) => `line ${String(Number(n) + offset)}`)
    .replace(/:$/, '');

function bibtexItems(text: string): Item[] {
  const { entries, strings } = bibtexEntries(text);
  // The @string definitions go before each entry: citation-js counts its lines from them.
  const before = strings.split('\n').length;
  return entries.map(({ line, text: entry }): Item => {
    if (!bracesBalanced(entry)) {
      return {
        line,
        csl: { error: 'its braces do not balance (a "{" without its "}", or the reverse)' },
      };
    }
    const { text: used, skipped } = usedFields(entry);
    const csl = viaCitationJs(
      `${strings}\n${latexWords(accentsOnNothing(used))}`,
      '@biblatex/text',
    );
    const notes =
      skipped.length > 0 ? [`fields Lectern does not use were skipped: ${skipped.join(', ')}`] : [];
    if ('error' in csl) return { line, csl: { error: atFileLine(csl.error, line - before - 1) } };
    return {
      line,
      csl: withOrcidNumbers(entry, withoutLatex(csl)),
      options: { bracedOrganisations: true },
      notes,
    };
  });
}

function jsonItems(text: string): Item[] | { line?: number; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      line: jsonErrorLine(text, messageOf(error)),
      error: `not valid JSON: ${messageOf(error)}`,
    };
  }
  const lines = jsonItemLines(text);
  const list = Array.isArray(json) ? json : [json];
  return list.flatMap((value: unknown, index): Item[] => {
    const line = lines[index];
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return [{ line, csl: { error: 'expected an object (a CSL-JSON item or a Crossref work)' } }];
    const object: Record<string, unknown> = { ...value };
    if ('message' in object) {
      // A Crossref list (a single object, so its items' lines are looked for once).
      const items = list.length === 1 ? jsonArrayItemLines(text, ['message', 'items']) : [];
      return crossrefWorks(object).map((work, i) => ({
        line: items[i] ?? line,
        csl: crossrefToCsl(work),
      }));
    }
    if (isLecternRecord(object)) return [{ line, csl: {}, record: object }];
    return [{ line, csl: isCrossrefWork(object) ? crossrefToCsl(object) : object }];
  });
}

/**
 * Reads every file and returns the new records with a full account of what was not taken: each
 * rejected entry and each duplicate (of a published record or of an earlier entry) with its file,
 * line and reason. Ids are readable, stable for the same input, and never those of a record that
 * exists; nothing is overwritten.
 */
export function importSources(
  files: readonly SourceFile[],
  existing: readonly unknown[],
): ImportReport {
  const report: ImportReport = { records: [], rejected: [], duplicates: [], notes: [] };
  const taken = new Set<string>();
  const byDoi = new Map<string, string>();
  const byWork = new Map<string, string>();
  const remember = (record: {
    id: string;
    title: string;
    authors?: readonly ({ family?: string | null; literal?: string | null } | null)[] | null;
    published?: unknown;
    doi?: unknown;
  }) => {
    taken.add(record.id);
    const keys = duplicateKeys({
      title: record.title,
      firstAuthor: record.authors?.[0],
      published: typeof record.published === 'string' ? record.published : undefined,
      doi: typeof record.doi === 'string' ? record.doi : undefined,
    });
    if (keys.doi && !byDoi.has(keys.doi)) byDoi.set(keys.doi, record.id);
    if (!byWork.has(keys.work)) byWork.set(keys.work, record.id);
  };
  for (const published of existing) {
    const known = v.safeParse(existingRecordSchema, published);
    if (known.success) remember(known.output);
  }

  for (const file of files) {
    const { text, note } = decodeBytes(file.bytes);
    if (note) report.notes.push({ file: file.name, message: note });
    const format = detectFormat(file.name, text);
    let items: Item[];
    if (format === null) {
      report.rejected.push({
        file: file.name,
        reason: 'not RIS, BibTeX, CSL-JSON, Crossref JSON or MEDLINE',
      });
      continue;
    } else if (format === 'json') {
      const read = jsonItems(text);
      if (!Array.isArray(read)) {
        report.rejected.push({ file: file.name, line: read.line, reason: read.error });
        continue;
      }
      items = read;
    } else if (format === 'ris') items = risItems(text);
    else if (format === 'bibtex') items = bibtexItems(text);
    else
      items = medlineEntries(text).map(({ line, text: entry }) => ({
        line,
        csl: medlineToCsl(entry),
      }));
    if (items.length === 0)
      report.rejected.push({
        file: file.name,
        reason: `no ${format === 'json' ? 'item' : 'entry'} found`,
      });

    for (const item of items) {
      const place: Place =
        item.line === undefined ? { file: file.name } : { file: file.name, line: item.line };
      if ('error' in item.csl) {
        report.rejected.push({ ...place, reason: item.csl.error });
        continue;
      }
      const draft: Record<string, unknown> = item.record ?? {
        ...cslToRecord(item.csl, '', item.options),
      };
      if (draft.title === '') {
        report.rejected.push({ ...place, reason: 'it has no title' });
        continue;
      }
      // The id is chosen once the record is known to be one and not a duplicate.
      let salvaged;
      try {
        salvaged = salvageRecord({ ...draft, id: PENDING_ID });
      } catch (error) {
        const reason = error instanceof SchemaError ? error.message : messageOf(error);
        report.rejected.push({ ...place, reason });
        continue;
      }
      const record = salvaged.json;
      const keys = duplicateKeys({ ...record, firstAuthor: record.authors?.[0] });
      const doiTwin = keys.doi ? byDoi.get(keys.doi) : undefined;
      const twin = doiTwin ?? byWork.get(keys.work);
      if (twin) {
        report.duplicates.push({
          ...place,
          title: record.title,
          of: twin,
          same: doiTwin ? 'DOI' : 'title, year and first author',
        });
        continue;
      }
      for (const message of item.notes ?? []) report.notes.push({ ...place, message });
      for (const dropped of salvaged.dropped) {
        for (const detail of dropped.details)
          report.notes.push({ ...place, message: leftOut(detail) });
      }
      // A Lectern record keeps its own id when it is free.
      const ownId = draft.id;
      record.id =
        typeof ownId === 'string' && RECORD_ID.test(ownId) && !taken.has(ownId)
          ? ownId
          : uniqueId(record, taken);
      remember(record);
      report.records.push(record);
    }
  }
  return report;
}

/** Stands in for the id while an entry is checked; it is never written. */
const PENDING_ID = 'pending';

/**
 * "doi: expected a bare DOI…" → "DOI left out: expected a bare DOI…", the field named as a
 * reader would call it ("journal.volume" is "Volume", "keywords[2]" is "Keyword 3").
 */
function leftOut(detail: string): string {
  const at = detail.indexOf(': ');
  const path = detail.slice(0, at);
  const reason = detail.slice(at + 2);
  const [key = '', index, sub] = /^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?/.exec(path)?.slice(1) ?? [];
  const field = Object.entries(RECORD_FIELDS).find(([name]) => name === key)?.[1];
  const named = (noun: string) => noun.replace(/^the /, '').replace(/^./, (c) => c.toUpperCase());
  let name = path;
  if (field?.kind === 'list' && index !== undefined) {
    name = `${named(field.itemName)} ${Number(index) + 1}`;
  } else if (field?.kind === 'group' && sub !== undefined) {
    const inner = Object.entries<Field>(field.fields).find(([n]) => n === sub)?.[1];
    name = inner ? named(inner.noun.text) : path;
  } else if (field) {
    name = named(field.noun.text);
  }
  return `${name} left out: ${reason}`;
}

/** A record's line in `records/index.json`. */
export function summaryOf(record: RecordJson): v.InferInput<typeof recordSummarySchema> {
  return {
    id: record.id,
    title: record.title,
    authors: record.authors ?? [],
    ...(record.journal?.title ? { journal: record.journal.title } : {}),
    ...(record.published ? { published: record.published } : {}),
  };
}
