import * as v from 'valibot';
import { issueLines } from '../data/issues';
import type { Noun } from './fields';
import {
  COMPILED,
  recordSchema,
  SchemaError,
  type Compiled,
  type DroppedField,
  type Parsed,
  type RecordFile,
  type ResearchRecord,
} from './schema';

/**
 * Reading a record file: the part of it that can be used, whatever else it holds. Only a file
 * that cannot be a record (not an object, or without a usable `id` or `title`) is refused. Every
 * other field that breaks the table's schema is left out (a bad list item or sub-field alone),
 * and the reader is told in plain words; the validator's own words are kept for operators.
 */

export interface Salvaged {
  /** The file without what could not be used; it passes the record schema. */
  json: RecordFile;
  dropped: DroppedField[];
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function notShown(noun: Noun, owner: string | undefined): string {
  const what = owner ? `${noun.text} of ${owner}` : noun.text;
  return `${capitalised(what)} could not be read, so ${noun.plural ? 'they are' : 'it is'} not shown.`;
}

/** "Keyword 2", "Keywords 2 and 5". */
function itemsNotShown(itemName: string, numbers: number[], owner: string | undefined): string {
  const names =
    numbers.length === 1
      ? `${itemName} ${numbers[0]}`
      : `${itemName}s ${new Intl.ListFormat('en', { type: 'conjunction' }).format(numbers.map(String))}`;
  const what = owner ? `${names} of ${owner}` : names;
  return `${capitalised(what)} could not be read, so ${numbers.length === 1 ? 'it is' : 'they are'} not shown.`;
}

/** An impossible or over-precise date keeps its year, and the reader is told. */
function yearOfDate(written: unknown) {
  if (typeof written !== 'string') return undefined;
  const year = /^(\d{4})\b/.exec(written.trim())?.[1];
  if (!year) return undefined;
  return {
    value: year,
    message: `The publication date (“${written.trim()}”) is not a calendar date, so only its year, ${year}, is shown.`,
  };
}

type Kept = { kept: true; value: unknown } | { kept: false };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const blank = (value: unknown) =>
  value === null || (typeof value === 'string' && value.trim() === '');

function problems(schema: v.GenericSchema, value: unknown, path: string): string[] {
  const result = v.safeParse(schema, value);
  return result.success ? [] : issueLines(result.issues, path);
}

function salvageField(
  compiled: Compiled,
  written: unknown,
  path: string,
  owner: string | undefined,
  dropped: DroppedField[],
): Kept {
  const { field, schema, base } = compiled;
  if (written === undefined || written === null) return { kept: true, value: written };
  if (field.kind === 'value') {
    if (v.is(schema, written)) return { kept: true, value: written };
    const details = problems(schema, written, path);
    const repaired = field.repair === 'year' ? yearOfDate(written) : undefined;
    if (repaired) {
      dropped.push({ path, message: repaired.message, details });
      return { kept: true, value: repaired.value };
    }
    dropped.push({ path, message: notShown(field.noun, owner), details });
    return { kept: false };
  }
  if (field.kind === 'list') {
    const item = compiled.item;
    if (!Array.isArray(written) || !item) {
      dropped.push({
        path,
        message: notShown(field.noun, owner),
        details: problems(schema, written, path),
      });
      return { kept: false };
    }
    const items: unknown[] = [];
    const bad: number[] = [];
    const details: string[] = [];
    written.forEach((value: unknown, index) => {
      const itemPath = `${path}[${index}]`;
      if (blank(value)) {
        dropped.push({
          path: itemPath,
          message: null,
          details: [`${itemPath}: empty item dropped`],
        });
        return;
      }
      const itemOwner = `${field.itemName} ${index + 1}${owner ? ` of ${owner}` : ''}`;
      const before = dropped.length;
      const kept = salvageField(item, value, itemPath, itemOwner, dropped);
      if (kept.kept) {
        items.push(kept.value);
        return;
      }
      // The item goes whole: one sentence for all of a list's lost items, not one each.
      bad.push(index + 1);
      details.push(...dropped.splice(before).flatMap((d) => d.details));
    });
    if (bad.length > 0) {
      dropped.push({ path, message: itemsNotShown(field.itemName, bad, owner), details });
    }
    return { kept: true, value: items };
  }
  if (!isPlainObject(written)) {
    dropped.push({
      path,
      message: notShown(field.noun, owner),
      details: problems(schema, written, path),
    });
    return { kept: false };
  }
  const cleaned: Record<string, unknown> = {};
  const before = dropped.length;
  for (const [key, sub] of Object.entries(compiled.fields ?? {})) {
    const kept = salvageField(sub, written[key], `${path}.${key}`, owner, dropped);
    if (kept.kept && kept.value !== undefined) cleaned[key] = kept.value;
    // Without a field it needs, the group cannot be used: said once, for the group.
    else if (!kept.kept && sub.field.kind === 'value' && sub.field.required) {
      const details = dropped.splice(before).flatMap((d) => d.details);
      dropped.push({ path, message: notShown(field.noun, owner), details });
      return { kept: false };
    }
  }
  const whole = problems(base, cleaned, path);
  if (whole.length > 0) {
    dropped.push({ path, message: notShown(field.noun, owner), details: whole });
    return { kept: false };
  }
  return { kept: true, value: cleaned };
}

/**
 * Salvages decoded JSON into a record file: refuses (`SchemaError`, naming each problem) only
 * what cannot be a record; returns the rest with an account of what was left out.
 */
export function salvageRecord(input: unknown): Salvaged {
  if (Array.isArray(input)) {
    throw new SchemaError(['(the whole file): expected an object, got a list']);
  }
  if (!isPlainObject(input)) {
    throw new SchemaError(issueLines(v.safeParse(recordSchema, input).issues ?? []));
  }
  const refusals = (['id', 'title'] as const).flatMap((key) => {
    const compiled = COMPILED[key];
    if (input[key] === undefined) return [`${key}: missing`];
    return compiled ? problems(compiled.schema, input[key], key) : [];
  });
  if (refusals.length > 0) throw new SchemaError(refusals);

  const dropped: DroppedField[] = [];
  const cleaned: Record<string, unknown> = {};
  for (const [key, compiled] of Object.entries(COMPILED)) {
    const kept = salvageField(compiled, input[key], key, undefined, dropped);
    if (kept.kept && kept.value !== undefined) cleaned[key] = kept.value;
  }
  // Every field was checked on its own above, so the whole passes; this narrows its type.
  if (!v.is(recordSchema, cleaned)) {
    throw new SchemaError(issueLines(v.safeParse(recordSchema, cleaned).issues ?? []));
  }
  return { json: cleaned, dropped };
}

/**
 * Validates decoded JSON. Only a file that is not an object or has no usable `id` or `title` is
 * refused (`SchemaError`, naming each problem). Any other field that breaks the schema is left
 * out, a bad list item or sub-field alone, and listed in `dropped`; an impossible date keeps its
 * year.
 */
export function parseRecord(input: unknown): Parsed<ResearchRecord> {
  const { json, dropped } = salvageRecord(input);
  const record = v.parse(recordSchema, json);
  return { value: { ...record, dropped }, warnings: dropped.flatMap((d) => d.details) };
}

/**
 * A record file as `loadJson` reads it: salvaged and parsed, refused only when it cannot be a
 * record (each problem an issue of its own, already worded with its place).
 */
export const recordFileSchema = v.pipe(
  v.unknown(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    try {
      return parseRecord(dataset.value).value;
    } catch (error) {
      if (!(error instanceof SchemaError)) throw error;
      for (const problem of error.problems) addIssue({ message: problem });
      return NEVER;
    }
  }),
);
