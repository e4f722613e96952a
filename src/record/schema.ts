import * as v from 'valibot';
import { parsePartialDate } from './date';

/**
 * The record schema: the app's public data contract (see README, "The record format").
 * Optional fields may be absent, `null` or empty; all three come out as `undefined`, so the rest
 * of the app only ever asks "is it there?". The TypeScript types below are inferred from it.
 */

const RECORD_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DOI = /^10\.\d{4,9}\/\S+$/;
const DOI_PREFIX = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i;

/** A message that says what was expected and what the file holds instead. */
function expected(what: string) {
  return (issue: v.BaseIssue<unknown>) => `expected ${what}, got ${issue.received}`;
}

/** A trimmed string; blank becomes `undefined` ("not recorded"). */
const text = v.pipe(
  v.string(expected('a string')),
  v.transform((s) => s.trim() || undefined),
);

/** Identifiers such as an issue or a page may be written as numbers; they are kept as text. */
const label = v.pipe(
  v.union([v.string(), v.number()], expected('a string')),
  v.transform((value) => String(value).trim() || undefined),
);

function optional<T extends v.GenericSchema>(schema: T) {
  return v.pipe(
    v.nullish(schema),
    v.transform((value) => value ?? undefined),
  );
}

/** An array whose `null` and blank items are dropped (reported by `droppedItems`). */
function lenientArray<T extends v.GenericSchema>(item: T) {
  return v.pipe(
    v.array(v.nullable(item), expected('a list')),
    v.transform((items) =>
      items.filter((x): x is NonNullable<v.InferOutput<T>> => x !== null && x !== undefined),
    ),
  );
}

/**
 * An author as a record file writes it, which is how CSL-JSON writes names: a person's parts
 * (particles apart from the family name) or an organisation's `literal`. Citation output and
 * import input use the same shape.
 */
export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  suffix?: string;
}

const personOrOrganisation = v.pipe(
  v.object(
    {
      given: optional(text),
      family: optional(text),
      'non-dropping-particle': optional(text),
      'dropping-particle': optional(text),
      suffix: optional(text),
      literal: optional(text),
    },
    expected('an author object'),
  ),
  v.check(
    (a) => a.family !== undefined || a.literal !== undefined,
    'an author needs "family" (a person) or "literal" (an organisation)',
  ),
  v.transform((a): Person | Organisation =>
    a.literal !== undefined
      ? { kind: 'organisation', literal: a.literal }
      : {
          kind: 'person',
          given: a.given,
          family: a.family ?? '',
          nonDroppingParticle: a['non-dropping-particle'],
          droppingParticle: a['dropping-particle'],
          suffix: a.suffix,
        },
  ),
);

/** A person, written as CSL-JSON writes names (particles kept apart from the family name). */
export interface Person {
  kind: 'person';
  given: string | undefined;
  family: string;
  nonDroppingParticle: string | undefined;
  droppingParticle: string | undefined;
  suffix: string | undefined;
}
/** An organisation as author: never inverted, never abbreviated. */
export interface Organisation {
  kind: 'organisation';
  literal: string;
}

const keywordList = v.pipe(lenientArray(text), v.transform(dedupe));

function dedupe(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const published = v.pipe(
  v.string(expected('a date string')),
  v.transform((s) => s.trim()),
  v.check(
    (s) => parsePartialDate(s) !== null,
    (issue) => `"${issue.input}" is not a calendar date (expected YYYY, YYYY-MM or YYYY-MM-DD)`,
  ),
);

const doi = v.pipe(
  v.string(expected('a string')),
  v.transform((s) => s.trim().replace(DOI_PREFIX, '')),
  v.check((s) => s === '' || DOI.test(s), 'expected a bare DOI such as "10.1000/xyz123"'),
  v.transform((s) => s || undefined),
);

const count = v.pipe(
  v.number(expected('a number')),
  v.integer('expected a whole number'),
  v.minValue(0, 'expected a number of at least 0'),
);

const fingerprintEntry = v.object(
  {
    concept: v.pipe(v.string(expected('a string')), v.trim(), v.nonEmpty('expected a concept')),
    weight: v.pipe(
      v.number(expected('a number')),
      v.gtValue(0, 'expected a weight above 0'),
      v.maxValue(100, 'expected a weight of at most 100'),
    ),
    category: optional(text),
  },
  expected('a concept object'),
);

const journalObject = v.object(
  {
    title: optional(text),
    volume: optional(label),
    issue: optional(label),
    issn: optional(text),
  },
  expected('a journal object'),
);
const pagesObject = v.object(
  { first: optional(label), last: optional(label) },
  expected('a pages object'),
);
const citationsObject = v.object({ scopus: optional(count) }, expected('a citations object'));

const idSchema = v.pipe(
  v.string(expected('a string')),
  v.regex(RECORD_ID, 'expected lower-case letters, digits and hyphens'),
);
const titleSchema = v.pipe(
  v.string(expected('a string')),
  v.trim(),
  v.nonEmpty('expected a title'),
);

export const recordSchema = v.object(
  {
    id: idSchema,
    title: titleSchema,
    authors: v.nullish(lenientArray(personOrOrganisation), () => []),
    type: optional(text),
    journal: optional(journalObject),
    pages: optional(pagesObject),
    numberOfPages: optional(count),
    published: optional(published),
    status: optional(text),
    language: optional(text),
    doi: optional(doi),
    citations: optional(citationsObject),
    keywords: v.nullish(keywordList, () => []),
    subjectAreas: v.nullish(keywordList, () => []),
    abstract: optional(text),
    fingerprint: optional(lenientArray(fingerprintEntry)),
  },
  expected('a record object'),
);

/**
 * A field (or list item) of a record file that could not be used: the reader still gets the rest
 * of the record, with one line saying what is not shown and why.
 */
export interface DroppedField {
  /** Where it was, as `doi` or `keywords[2]`. */
  path: string;
  /** "DOI not shown: not a DOI". */
  message: string;
}

/** A validated research-output record, with whatever of its file had to be left out. */
export type ResearchRecord = v.InferOutput<typeof recordSchema> & {
  dropped: DroppedField[];
};
export type Author = ResearchRecord['authors'][number];

export const recordSummarySchema = v.object({
  id: idSchema,
  title: titleSchema,
  authors: lenientArray(personOrOrganisation),
  journal: optional(text),
  published: recordSchema.entries.published,
});

export const recordIndexSchema = v.object(
  { records: v.array(recordSummarySchema, expected('a list of records')) },
  expected('an object with "records"'),
);

/** One entry of `records/index.json`: what the home page lists. */
export type RecordSummary = v.InferOutput<typeof recordSummarySchema>;

/** Why a file was refused: one line per problem, each naming the field path. */
export class SchemaError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'SchemaError';
  }
}

export interface Parsed<T> {
  value: T;
  /** Paths of items that were dropped because they were `null` or blank. */
  warnings: string[];
}

/**
 * Validates already-decoded JSON. Only a file that is not an object or has no usable `id` or
 * `title` is refused (`SchemaError`, naming each problem). Any other field that breaks the schema
 * is left out, a bad list item or sub-field alone, and listed in `dropped`; an impossible date
 * keeps its year.
 */
export function parseRecord(input: unknown): Parsed<ResearchRecord> {
  if (Array.isArray(input)) {
    throw new SchemaError(['(the whole file): expected an object, got a list']);
  }
  const core = v.safeParse(
    v.object({ id: idSchema, title: titleSchema }, expected('a record object')),
    input,
  );
  if (!core.success || typeof input !== 'object' || input === null) {
    throw new SchemaError(core.success ? [] : core.issues.map(describeIssue));
  }
  const dropped: DroppedField[] = [];
  const usable: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || value === null || !isField(key)) continue;
    usable[key] = salvage(key, value, dropped);
  }
  const result = v.safeParse(recordSchema, usable);
  if (!result.success) throw new SchemaError(result.issues.map(describeIssue));
  return { value: { ...result.output, dropped }, warnings: droppedItems(input) };
}

/** What a reader calls each field, for "DOI not shown: …". */
const FIELD_NAMES: Record<string, string> = {
  authors: 'Author',
  type: 'Output type',
  journal: 'Journal',
  'journal.title': 'Journal title',
  'journal.volume': 'Volume',
  'journal.issue': 'Issue',
  'journal.issn': 'ISSN',
  pages: 'Pages',
  'pages.first': 'First page',
  'pages.last': 'Last page',
  numberOfPages: 'Number of pages',
  published: 'Publication date',
  status: 'Status',
  language: 'Language',
  doi: 'DOI',
  citations: 'Citations',
  'citations.scopus': 'Scopus citations',
  keywords: 'Keyword',
  subjectAreas: 'Subject area',
  abstract: 'Abstract',
  fingerprint: 'Fingerprint concept',
};

const LIST_ITEMS: Record<string, v.GenericSchema> = {
  authors: personOrOrganisation,
  keywords: v.nullable(text),
  subjectAreas: v.nullable(text),
  fingerprint: v.nullable(fingerprintEntry),
};

const SUB_FIELDS: Record<string, Record<string, v.GenericSchema>> = {
  journal: journalObject.entries,
  pages: pagesObject.entries,
  citations: citationsObject.entries,
};

/** Whole lists, for "Keywords not shown: expected a list". */
const LIST_NAMES: Record<string, string> = {
  authors: 'Authors',
  keywords: 'Keywords',
  subjectAreas: 'Subject areas',
  fingerprint: 'Fingerprint',
};

/** Reasons in a reader's words where the schema's own would be cryptic. */
function reasonFor(key: string, issue: v.BaseIssue<unknown>): string {
  if (key === 'doi' && issue.type !== 'string') return 'not a DOI';
  return issue.message;
}

function isField(key: string): key is keyof typeof recordSchema.entries {
  return key in recordSchema.entries;
}

/** The value of one field with whatever of it is usable; what is not goes into `dropped`. */
function salvage(key: string, value: unknown, dropped: DroppedField[]): unknown {
  const items = LIST_ITEMS[key];
  if (items && Array.isArray(value)) {
    return value.filter((item: unknown, index) => {
      const result = v.safeParse(items, item);
      if (!result.success) {
        const issue = result.issues[0];
        const where = formatPath(issue.path ?? []);
        dropped.push({
          path: `${key}[${index}]${where ? `.${where}` : ''}`,
          message: `${FIELD_NAMES[key] ?? key} ${index + 1} not shown: ${issue.message}`,
        });
      }
      return result.success;
    });
  }
  const subFields = SUB_FIELDS[key];
  if (subFields && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const kept: Record<string, unknown> = {};
    for (const [sub, subValue] of Object.entries(value)) {
      const schema = subFields[sub];
      if (!schema || subValue === undefined) continue;
      const result = v.safeParse(schema, subValue);
      if (result.success) kept[sub] = subValue;
      else {
        dropped.push({
          path: `${key}.${sub}`,
          message: `${FIELD_NAMES[`${key}.${sub}`] ?? sub} not shown: ${result.issues[0].message}`,
        });
      }
    }
    return kept;
  }
  if (!isField(key)) return undefined;
  const result = v.safeParse(recordSchema.entries[key], value);
  if (result.success) return value;
  const name = LIST_NAMES[key] ?? FIELD_NAMES[key] ?? key;
  const written = typeof value === 'string' ? value.trim() : '';
  const year = key === 'published' ? /^(\d{4})\b/.exec(written)?.[1] : undefined;
  if (year) {
    dropped.push({
      path: key,
      message: `${name} shown as its year, ${year}: “${written}” is not a calendar date`,
    });
    return year;
  }
  dropped.push({ path: key, message: `${name} not shown: ${reasonFor(key, result.issues[0])}` });
  return undefined;
}

export function parseRecordIndex(input: unknown): Parsed<v.InferOutput<typeof recordIndexSchema>> {
  return parseWith(recordIndexSchema, input);
}

function parseWith<S extends v.GenericSchema>(schema: S, input: unknown): Parsed<v.InferOutput<S>> {
  if (Array.isArray(input)) {
    throw new SchemaError(['(the whole file): expected an object, got a list']);
  }
  const result = v.safeParse(schema, input);
  if (!result.success) {
    throw new SchemaError(result.issues.map(describeIssue));
  }
  return { value: result.output, warnings: droppedItems(input) };
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = formatPath(issue.path ?? []);
  if (path === '') return `(the whole file): ${issue.message}`;
  // valibot reports a missing key with the message of the object that lacks it.
  if (issue.type === 'object' && issue.received === 'undefined') return `${path}: missing`;
  return `${path}: ${issue.message}`;
}

/** `["authors", 1, "family"]` → `authors[1].family`. */
export function formatPath(path: readonly { key: unknown }[]): string {
  return path
    .map((item, index) =>
      typeof item.key === 'number'
        ? `[${item.key}]`
        : `${index === 0 ? '' : '.'}${String(item.key)}`,
    )
    .join('');
}

const LENIENT_ARRAYS = ['authors', 'keywords', 'subjectAreas', 'fingerprint'] as const;

function droppedItems(input: unknown): string[] {
  if (typeof input !== 'object' || input === null) return [];
  const warnings: string[] = [];
  for (const field of LENIENT_ARRAYS) {
    const list: unknown = Reflect.get(input, field);
    if (!Array.isArray(list)) continue;
    list.forEach((item: unknown, index) => {
      if (item === null || (typeof item === 'string' && item.trim() === '')) {
        warnings.push(`${field}[${index}]: empty item dropped`);
      }
    });
  }
  return warnings;
}
