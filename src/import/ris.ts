import { parsePartialDate } from '../record/date';
import type { CslInput, CslInputName } from './csl-input';

/**
 * What citation-js's RIS reader leaves out or reads otherwise than exporters mean, read again
 * from the entry's own lines: dates, abstracts, journals, organisations, CJK names, addresses.
 */

/**
 * An entry's tagged lines in order; a line without a tag continues the one above it (its text
 * joined with a space, and each line kept: EndNote writes one keyword a line under one KW).
 */
function risFields(entry: string): { tag: string; value: string; lines: string[] }[] {
  const fields: { tag: string; value: string; lines: string[] }[] = [];
  for (const line of entry.split(/\r?\n/)) {
    const tagged = /^([A-Z][A-Z0-9]) {2}-(?: (.*))?$/.exec(line);
    if (tagged) {
      const value = (tagged[2] ?? '').trim();
      fields.push({ tag: tagged[1] ?? '', value, lines: value ? [value] : [] });
    } else if (line.trim() !== '' && fields.length > 0) {
      const last = fields[fields.length - 1];
      if (last) {
        last.value = `${last.value} ${line.trim()}`.trim();
        last.lines.push(line.trim());
      }
    }
  }
  return fields;
}

const values = (fields: ReturnType<typeof risFields>, ...tags: string[]) =>
  fields.filter((f) => tags.includes(f.tag) && f.value !== '').map((f) => f.value);

const DOI = /^(?:https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d{4,9}\//i;

/**
 * Tagged lines as the spec writes them ("TY  - JOUR"), from the spacings exporters use instead:
 * Cochrane's "TY  -  JOUR", and "TY - JOUR".
 */
export function normalisedRis(text: string): string {
  return text.replace(/^([A-Z][A-Z0-9]) {1,2}-(?: +|$)/gm, '$1  - ');
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

/**
 * One RIS date as exporters write it: "2018/05/04/", "2020//", "2019/03/07/Spring" (the spec's
 * YYYY/MM/DD/other), "2015-02-01", or words ("SEP 10", "DEC", "September 2017", "2016 Jun 12").
 * A day is only read beside a month, and a year only from four digits, so "SEP 10" is never the
 * year 10.
 */
function risDateParts(value: string): DateParts {
  const numeric = /^(\d{4})(?:[/-](\d{1,2})?(?:[/-](\d{1,2})?)?)?(?:\/.*)?$/.exec(value.trim());
  if (numeric) {
    const [, year, month, day] = numeric;
    return checked(Number(year), month ? Number(month) : undefined, day ? Number(day) : undefined);
  }
  const words = value
    .toLowerCase()
    .split(/[\s,./-]+/)
    .filter(Boolean);
  const year = words.find((w) => /^\d{4}$/.test(w));
  const monthAt = words.findIndex((w) => MONTHS.includes(w.slice(0, 3)) && /^[a-z]+$/.test(w));
  const month = monthAt >= 0 ? MONTHS.indexOf(words[monthAt]?.slice(0, 3) ?? '') + 1 : undefined;
  const day =
    month === undefined
      ? undefined
      : [words[monthAt + 1], words[monthAt - 1]].find(
          (w) => w !== undefined && /^\d{1,2}$/.test(w),
        );
  return checked(year ? Number(year) : undefined, month, day ? Number(day) : undefined);
}

/** Only what makes a calendar date: a month of 1–12, a day its month has (given a year). */
function checked(year?: number, month?: number, day?: number): DateParts {
  const parts: DateParts = {};
  if (year !== undefined && year >= 1000) parts.year = year;
  if (month === undefined || month < 1 || month > 12) return parts;
  parts.month = month;
  if (day === undefined) return parts;
  const probe = `${String(year ?? 2000)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (parsePartialDate(probe)) parts.day = day;
  return parts;
}

/**
 * The publication date from PY (or Y1, its older name) and DA: the year from PY, the month and
 * day from DA when DA has them and no other year; DA alone when there is no PY. Y2 is the access
 * date (RIS spec) and never the publication's.
 */
function risIssued(fields: ReturnType<typeof risFields>): number[] | undefined {
  const primary = risDateParts(values(fields, 'PY', 'Y1')[0] ?? '');
  const date = risDateParts(values(fields, 'DA')[0] ?? '');
  const year = primary.year ?? date.year;
  if (year === undefined) return undefined;
  const exact =
    (date.year === undefined || date.year === year) && date.month !== undefined ? date : primary;
  const parts = [year];
  if (exact.month !== undefined) {
    parts.push(exact.month);
    if (exact.day !== undefined && checked(year, exact.month, exact.day).day) parts.push(exact.day);
  }
  return parts;
}

/** Every AB line a paragraph (N2 where there is no AB), each once. */
function risAbstract(fields: ReturnType<typeof risFields>): string | undefined {
  const ab = values(fields, 'AB');
  const paragraphs = [...new Set(ab.length > 0 ? ab : values(fields, 'N2'))];
  return paragraphs.length > 0 ? paragraphs.join('\n\n') : undefined;
}

/**
 * The journal as exporters mean it: JF (the full name, Ovid and CAB, whose T2 may hold a
 * translated title), else T2 (the spec's secondary title: Scopus, ScienceDirect, EndNote), else
 * JO (Wiley and Dimensions write the full name there; Zotero reads it as the abbreviation), else
 * JA (an abbreviation).
 */
function risJournal(fields: ReturnType<typeof risFields>): string | undefined {
  for (const tag of ['JF', 'T2', 'JO', 'JA']) {
    const [value] = values(fields, tag);
    if (value) return value;
  }
  return undefined;
}

/** A CJK name written "熊 玮" (family, a space, given; no comma) is a person, not a literal. */
const CJK_NAME = /^([\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}]+)\s+(\S.*)$/u;

/** A name written Vancouver's way, "Brownstein C D" (EPPI-Reviewer): family, then initials. */
const INITIALS_NAME = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)*) ((?:\p{Lu}\.? ?){1,3})$/u;

/** Words that make a name a body of people ("Study Group A"), whatever letters end it. */
const COLLECTIVE =
  /\b(?:group|consortium|committee|collaborat\w*|society|association|network|investigators|team|council|trialists|institute|foundation|panel|study|initiative|alliance|federation|organi[sz]ation)\b/i;

/**
 * The authors by their AU/A1 lines: one written with a trailing comma is an organisation
 * (EndNote's convention, and how Lectern writes one whose name has a comma or no space), which
 * citation-js splits into a person; a CJK name with a space, or a family name and initials
 * without a comma, is a person it takes for a literal (unless its words name a group).
 */
function risAuthors(fields: ReturnType<typeof risFields>, item: CslInput): CslInputName[] {
  const written = values(fields, 'AU', 'A1');
  return (item.author ?? []).map((name, i) => {
    const line = written[i];
    if (line?.endsWith(',')) return { literal: line.slice(0, -1).trim() };
    const parts =
      line && !line.includes(',')
        ? (CJK_NAME.exec(line) ?? (COLLECTIVE.test(line) ? null : INITIALS_NAME.exec(line)))
        : null;
    return parts ? { family: parts[1] ?? '', given: (parts[2] ?? '').trim() } : name;
  });
}

/**
 * RIS's author addresses (AD): an author's affiliation where the entry gives one per author, in
 * the authors' order, or where it has one author only; otherwise they cannot be told apart and
 * are left out.
 */
function withAddresses(fields: ReturnType<typeof risFields>, authors: CslInputName[]) {
  const addresses = values(fields, 'AD');
  if (addresses.length === 0 || authors.length === 0) return authors;
  if (authors.length === 1) return [{ ...authors[0], affiliation: addresses }];
  if (addresses.length !== authors.length) return authors;
  return authors.map((a, i) => ({ ...a, affiliation: [addresses[i] ?? ''] }));
}

/** citation-js's reading of a RIS entry, mended from the entry's own lines. */
export function mendRis(entry: string, item: CslInput): CslInput {
  const fields = risFields(entry);
  const { issued: _issued, abstract: _abstract, ...rest } = item;
  const mended: CslInput = { ...rest, author: withAddresses(fields, risAuthors(fields, item)) };
  const issued = risIssued(fields);
  if (issued) mended.issued = { 'date-parts': [issued] };
  // Every KW line a keyword, and each line under it; "n/a" (MDPI's "no keywords") is none.
  const keywords = fields
    .filter((f) => f.tag === 'KW')
    .flatMap((f) => f.lines)
    .filter((k) => !/^n\/a$/i.test(k));
  if (fields.some((f) => f.tag === 'KW')) mended.keywords = keywords;
  const abstract = risAbstract(fields);
  if (abstract) mended.abstract = abstract;
  const journal = risJournal(fields);
  if (journal) mended['container-title'] = journal;
  // citation-js reads VL and IS by the entry's type; for some (MDPI's EJOUR) it drops them.
  const [volume] = values(fields, 'VL');
  if (item.volume === undefined && volume) mended.volume = volume;
  const [issue] = values(fields, 'IS');
  if (item.issue === undefined && issue) mended.issue = issue;
  // EBSCO (CINAHL and its other databases) writes the DOI in L3, the spec's "related records".
  const related = values(fields, 'L3').find((v) => DOI.test(v));
  if (!item.DOI && related) mended.DOI = related;
  return mended;
}
