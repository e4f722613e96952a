import * as v from 'valibot';
import { issueLines } from '../data/issues';
import { parsePartialDate } from './date';
import {
  DOI_PREFIX,
  RECORD_FIELDS,
  RECORD_ID,
  type Field,
  type Fields,
  type RecordFields,
  type ValueType,
} from './fields';

/**
 * The record's valibot schemas, made from the field table (`fields.ts`): each value type has its
 * check here, and lists, groups and authors are put together the same way for every field.
 * Optional fields that are absent, `null` or blank come out as `undefined` (lists as empty
 * lists), so the rest of the app only ever asks "is it there?". The record's TypeScript types
 * are inferred from these schemas.
 */
/** Why a file was refused: one line per problem, each naming the field path. */
export class SchemaError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'SchemaError';
  }
}

export interface Parsed<T> {
  value: T;
  /** For operators (the console, the build log): items dropped and what the validator said. */
  warnings: string[];
}

type Schema = v.GenericSchema;

/** A message that says what was expected and what the file holds instead. */
export function expected(what: string) {
  return (issue: v.BaseIssue<unknown>) => `expected ${what}, got ${issue.received}`;
}

/** A trimmed string; blank becomes `undefined` ("not recorded"). */
const text = v.pipe(
  v.string(expected('a string')),
  v.transform((s) => s.trim() || undefined),
);

const ORCID = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;
const ORCID_PREFIX = /^(?:https?:\/\/(?:www\.)?orcid\.org\/|orcid:\s*)/i;

/** ISO 7064 MOD 11-2, the check digit every ORCID iD ends with. */
export function orcidChecksumOk(orcid: string): boolean {
  const digits = orcid.replace(/-/g, '');
  let total = 0;
  for (const digit of digits.slice(0, -1)) total = (total + Number(digit)) * 2;
  const check = (12 - (total % 11)) % 11;
  return digits.slice(-1) === (check === 10 ? 'X' : String(check));
}

/** The check of each value type the table names. */
const VALUES = {
  id: v.pipe(
    v.string(expected('a string')),
    v.regex(RECORD_ID, 'expected lower-case letters, digits and hyphens'),
  ),
  title: v.pipe(v.string(expected('a string')), v.trim(), v.nonEmpty('expected a title')),
  text,
  /** Identifiers such as an issue or a page may be written as numbers; they are kept as text. */
  label: v.pipe(
    v.union([v.string(), v.number()], expected('a string')),
    v.transform((value) => String(value).trim() || undefined),
  ),
  count: v.pipe(
    v.number(expected('a number')),
    v.integer('expected a whole number'),
    v.minValue(0, 'expected a number of at least 0'),
  ),
  date: v.pipe(
    v.string(expected('a date string')),
    v.transform((s) => s.trim()),
    v.check(
      (s) => parsePartialDate(s) !== null,
      (issue) => `"${issue.input}" is not a calendar date (expected YYYY, YYYY-MM or YYYY-MM-DD)`,
    ),
  ),
  doi: v.pipe(
    v.string(expected('a string')),
    v.transform((s) => s.trim().replace(DOI_PREFIX, '')),
    v.check(
      (s) => s === '' || /^10\.\d{4,9}\/\S+$/.test(s),
      'expected a bare DOI such as "10.1000/xyz123"',
    ),
    v.transform((s) => s || undefined),
  ),
  orcid: v.pipe(
    v.string(expected('a string')),
    v.transform((s) => s.trim().replace(ORCID_PREFIX, '').toUpperCase()),
    v.check(
      (s) => s === '' || (ORCID.test(s) && orcidChecksumOk(s)),
      'expected an ORCID iD such as "0000-0002-1825-0097"',
    ),
    v.transform((s) => s || undefined),
  ),
  concept: v.pipe(v.string(expected('a string')), v.trim(), v.nonEmpty('expected a concept')),
  weight: v.pipe(
    v.number(expected('a number')),
    v.gtValue(0, 'expected a weight above 0'),
    v.maxValue(100, 'expected a weight of at most 100'),
  ),
} as const satisfies Record<ValueType, Schema>;

type Values = typeof VALUES;

/** Absent, `null` and (through the value's own check) blank all come out as `undefined`. */
function optional<S extends Schema>(schema: S) {
  return v.pipe(
    v.nullish(schema),
    v.transform((value) => value ?? undefined),
  );
}

/** Absent or `null`, a list is empty. */
function orEmpty<S extends Schema>(schema: S) {
  return v.nullish(schema, () => []);
}

/** An array whose `null` and blank items are dropped (the salvage reports them). */
function lenientArray<S extends Schema>(item: S) {
  return v.pipe(
    v.array(v.nullable(item), expected('a list')),
    v.transform((items) =>
      items.filter((x): x is NonNullable<v.InferOutput<S>> => x !== null && x !== undefined),
    ),
  );
}

/** A list of strings kept once each, whatever their case. */
function uniqueArray<S extends Schema>(item: S) {
  return v.pipe(
    lenientArray(item),
    v.transform((items) => {
      const seen = new Set<string>();
      return items.filter((x) => {
        const key = String(x).toLocaleLowerCase();
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    }),
  );
}

function objectOf<E extends v.ObjectEntries>(entries: E, what: string) {
  return v.object(entries, expected(what));
}

/** A person, written as CSL-JSON writes names (particles kept apart from the family name). */
export interface Person {
  kind: 'person';
  given: string | undefined;
  family: string;
  nonDroppingParticle: string | undefined;
  droppingParticle: string | undefined;
  suffix: string | undefined;
  /** The bare ORCID iD ("0000-0002-1825-0097"), when recorded. */
  orcid: string | undefined;
  affiliations: string[];
}
/** An organisation as author: never inverted, never abbreviated. */
export interface Organisation {
  kind: 'organisation';
  literal: string;
  orcid: string | undefined;
  affiliations: string[];
}

/** An author object: a person (with `family`) or an organisation (with `literal`). */
function authorOf(entries: v.ObjectEntries) {
  const part = (author: Record<string, unknown>, key: string) => {
    const value = author[key];
    return typeof value === 'string' ? value : undefined;
  };
  return v.pipe(
    objectOf(entries, 'an author object'),
    v.check(
      (a: Record<string, unknown>) =>
        part(a, 'family') !== undefined || part(a, 'literal') !== undefined,
      'an author needs "family" (a person) or "literal" (an organisation)',
    ),
    v.transform((a): Person | Organisation => {
      const name = (key: string) => part(a, key);
      const listed = a.affiliations;
      const affiliations = Array.isArray(listed)
        ? listed.filter((x): x is string => typeof x === 'string')
        : [];
      const literal = name('literal');
      return literal !== undefined
        ? { kind: 'organisation', literal, orcid: name('orcid'), affiliations }
        : {
            kind: 'person',
            given: name('given'),
            family: name('family') ?? '',
            nonDroppingParticle: name('non-dropping-particle'),
            droppingParticle: name('dropping-particle'),
            suffix: name('suffix'),
            orcid: name('orcid'),
            affiliations,
          };
    }),
  );
}

/** What the schemas give for a value that is there, field kind by field kind. */
type OutOf<F> = F extends { kind: 'value'; type: infer T extends ValueType }
  ? v.InferOutput<Values[T]>
  : F extends { kind: 'list'; item: infer I }
    ? NonNullable<OutOf<I>>[]
    : F extends { kind: 'group'; as: 'author' }
      ? Person | Organisation
      : F extends { kind: 'group'; fields: infer G extends Fields }
        ? GroupOut<G>
        : never;

/** What a field gives where it is held: a list is empty when absent, the rest undefined. */
type FieldOut<F> = F extends { required: true }
  ? OutOf<F>
  : F extends { kind: 'list' }
    ? OutOf<F>
    : OutOf<F> | undefined;

/** Keys of a group that are always there once read: required values and lists. */
type KeptKeys<G extends Fields> = {
  [K in keyof G]: G[K] extends { required: true } | { kind: 'list' } ? K : never;
}[keyof G];
type RequiredKeys<G extends Fields> = {
  [K in keyof G]: G[K] extends { required: true } ? K : never;
}[keyof G];
type Flat<T> = { [K in keyof T]: T[K] };

type GroupOut<G extends Fields> = Flat<
  { [K in Exclude<keyof G, KeptKeys<G>>]?: FieldOut<G[K]> } & {
    [K in KeptKeys<G>]: FieldOut<G[K]>;
  }
>;

/** What a file may write for a value that is there. */
type InOf<F> = F extends { kind: 'value'; type: infer T extends ValueType }
  ? v.InferInput<Values[T]>
  : F extends { kind: 'list'; item: infer I }
    ? (InOf<I> | null)[]
    : F extends { kind: 'group'; fields: infer G extends Fields }
      ? GroupIn<G>
      : never;

type GroupIn<G extends Fields> = Flat<
  { [K in Exclude<keyof G, RequiredKeys<G>>]?: InOf<G[K]> | null } & {
    [K in RequiredKeys<G>]: InOf<G[K]>;
  }
>;

/** A field of the table with the schemas made for it: what the salvage checks values with. */
export interface Compiled {
  field: Field;
  /** The schema of the field where it is held (absent, `null` and blank handled). */
  schema: Schema;
  /** The schema of a value that is there. */
  base: Schema;
  /** A list's item, or a group's fields. */
  item?: Compiled;
  fields?: Record<string, Compiled>;
}

const WHAT: Record<string, string> = {
  journal: 'a journal object',
  pages: 'a pages object',
  citations: 'a citations object',
  fingerprint: 'a concept object',
};

function compileFields(fields: Fields, owner: string): Record<string, Compiled> {
  return Object.fromEntries(
    Object.entries(fields).map(([key, field]) => [key, compile(field, key, owner)]),
  );
}

function compile(field: Field, key: string, owner: string): Compiled {
  let base: Schema;
  let item: Compiled | undefined;
  let fields: Record<string, Compiled> | undefined;
  if (field.kind === 'value') {
    base = VALUES[field.type];
  } else if (field.kind === 'list') {
    item = compile(field.item, key, key);
    base = field.unique ? uniqueArray(item.base) : lenientArray(item.base);
  } else {
    fields = compileFields(field.fields, key);
    const entries = Object.fromEntries(Object.entries(fields).map(([k, c]) => [k, c.schema]));
    base =
      field.as === 'author'
        ? authorOf(entries)
        : objectOf(entries, WHAT[owner] ?? WHAT[key] ?? 'an object');
  }
  const required = field.kind === 'value' && field.required === true;
  const schema = required ? base : field.kind === 'list' ? orEmpty(base) : optional(base);
  return { field, schema, base, ...(item ? { item } : {}), ...(fields ? { fields } : {}) };
}

/** Every field of the table, compiled. */
export const COMPILED = compileFields(RECORD_FIELDS, '');

/**
 * The record file's schema. It is assembled from the table at run time, so its input and output
 * types are worked out here from the same table (`GroupIn`, `GroupOut`);
 * `tests/record/schema.test.ts` checks that they agree with what it reads.
 */
export const recordSchema = objectOf(
  Object.fromEntries(Object.entries(COMPILED).map(([key, c]) => [key, c.schema])),
  'a record object',
) as unknown as v.GenericSchema<GroupIn<RecordFields>, GroupOut<RecordFields>>;

/** A compiled field's schema, typed from its table entry. */
export function fieldSchema<K extends keyof RecordFields>(key: K) {
  const compiled = COMPILED[key];
  if (!compiled) throw new Error(`The record table has no field "${key}".`);
  return compiled.schema as v.GenericSchema<
    InOf<RecordFields[K]> | null | undefined,
    FieldOut<RecordFields[K]>
  >;
}

/** A record file as the format writes it (optional fields may be `null`): what imports produce. */
export type RecordFile = v.InferInput<typeof recordSchema>;

/** A field (or list item) of a record file that could not be used. */
export interface DroppedField {
  /** Where it was: `doi`, `keywords`, `authors[1].orcid`. */
  path: string;
  /**
   * For the reader: "The DOI could not be read, so it is not shown." `null` for what a reader
   * need not be told (a `null` or blank list item).
   */
  message: string | null;
  /** For operators, one line per value: "doi: expected a bare DOI such as …". */
  details: string[];
}

/** A validated research-output record, with whatever of its file had to be left out. */
export type ResearchRecord = v.InferOutput<typeof recordSchema> & {
  dropped: DroppedField[];
};
export type Author = ResearchRecord['authors'][number];

/**
 * An author as a record file writes it, which is how CSL-JSON writes names: a person's parts
 * (particles apart from the family name) or an organisation's `literal`.
 */
export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  suffix?: string;
}

/** One entry of `records/index.json`: what the home page lists (the journal as its title). */
export const recordSummarySchema = v.object({
  id: VALUES.id,
  title: VALUES.title,
  authors: v.optional(fieldSchema('authors'), []),
  journal: optional(text),
  published: v.optional(fieldSchema('published')),
});

export const recordIndexSchema = v.object(
  { records: v.array(recordSummarySchema, expected('a list of records')) },
  expected('an object with "records"'),
);

export type RecordSummary = v.InferOutput<typeof recordSummarySchema>;
export type RecordIndex = v.InferOutput<typeof recordIndexSchema>;

/** Checks `records/index.json`: one wrong entry refuses the file, naming it. */
export function parseRecordIndex(input: unknown): Parsed<RecordIndex> {
  if (Array.isArray(input)) {
    throw new SchemaError(['(the whole file): expected an object, got a list']);
  }
  const result = v.safeParse(recordIndexSchema, input);
  if (!result.success) throw new SchemaError(issueLines(result.issues));
  return { value: result.output, warnings: [] };
}
