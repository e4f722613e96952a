/**
 * Zotero as a judge: what its translation server (Zotero's own translators) makes of Lectern's
 * pages and files, compared field by field with the record they came from.
 */
import { ZOTERO_PORT } from '../../scripts/e2e-sites.mjs';

export const ZOTERO = `http://127.0.0.1:${ZOTERO_PORT}`;

/** A creator as Zotero gives it: a person in two fields, an organisation in one. */
type Creator = { firstName: string; lastName: string } | { name: string };

/** The fields compared, as Zotero names them. */
export interface Compared {
  title: string;
  creators: Creator[];
  abstractNote: string;
  tags: string[];
  date: string;
  publicationTitle: string;
  volume: string;
  issue: string;
  pages: string;
  DOI: string;
  language: string;
  url: string;
}

export interface RecordJson {
  id: string;
  title: string;
  authors: Record<string, string>[];
  journal?: { title?: string; volume?: string; issue?: string };
  pages?: { first?: string; last?: string };
  published?: string;
  language?: string;
  doi?: string;
  keywords?: string[];
  abstract?: string;
}

/** The fixtures' languages as BCP 47 tags (written out here, not taken from the app). */
const TAGS: Record<string, string> = { 'English (US)': 'en-US', English: 'en', Arabic: 'ar' };

const CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const clean = (text: string | undefined) => (text ?? '').replace(CONTROLS, '');
export const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What Zotero should hold for `record`, published at `url`. */
export function expected(record: RecordJson, url: string): Compared {
  const { first, last } = record.pages ?? {};
  return {
    title: clean(record.title),
    creators: record.authors.map((a): Creator => {
      if (a.literal !== undefined) return { name: clean(a.literal) };
      const family = [a['non-dropping-particle'], a.family].filter(Boolean).join(' ');
      const given = [a.given, a['dropping-particle']].filter(Boolean).join(' ');
      return { firstName: clean(given), lastName: clean(family) };
    }),
    abstractNote: clean(record.abstract),
    tags: (record.keywords ?? []).map(clean),
    date: record.published ?? '',
    publicationTitle: clean(record.journal?.title),
    volume: record.journal?.volume ?? '',
    issue: record.journal?.issue ?? '',
    pages: first && last && first !== last ? `${first}-${last}` : (first ?? ''),
    DOI: record.doi ?? '',
    language: record.language ? (TAGS[record.language] ?? record.language) : '',
    url,
  };
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * Zotero keeps a date as the text it read ("2005-05-01", "2005/05/01", "May 1, 2005", "March
 * 2020"); as ISO 8601, with what it has.
 */
export function isoDate(date: string): string {
  const pad = (n: string | number) => String(n).padStart(2, '0');
  const numeric = /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?\/?$/.exec(date);
  if (numeric) {
    const [, y, m, d] = numeric;
    return [y, m && pad(m), d && pad(d)].filter(Boolean).join('-');
  }
  const named = /^([A-Za-z]+)(?: (\d{1,2}),)? (\d{4})$/.exec(date);
  const month = named ? MONTHS.indexOf((named[1] ?? '').toLowerCase()) + 1 : 0;
  if (named && month > 0) {
    return [named[3], pad(month), named[2] && pad(named[2])].filter(Boolean).join('-');
  }
  return date;
}

/** A Zotero item (the translation server's JSON) as the compared fields. */
export function fromZotero(item: Record<string, unknown>): Compared {
  const text = (key: string) => (typeof item[key] === 'string' ? item[key] : '');
  const creators = Array.isArray(item.creators) ? (item.creators as Record<string, string>[]) : [];
  const tags = Array.isArray(item.tags) ? (item.tags as { tag: string }[]) : [];
  return {
    title: text('title'),
    creators: creators.map((c): Creator =>
      c.name !== undefined
        ? { name: c.name }
        : { firstName: c.firstName ?? '', lastName: c.lastName ?? '' },
    ),
    abstractNote: text('abstractNote'),
    tags: tags.map((t) => t.tag),
    date: isoDate(text('date')),
    publicationTitle: text('publicationTitle'),
    volume: text('volume'),
    issue: text('issue'),
    // Zotero writes BibTeX's "--" as an en dash.
    pages: text('pages').replace(/–/g, '-'),
    DOI: text('DOI'),
    language: text('language'),
    url: text('url'),
  };
}

/** "field: expected …, got …" for each field that differs. */
export function differences(want: Compared, got: Compared): string[] {
  return (Object.keys(want) as (keyof Compared)[]).flatMap((field) => {
    const a = JSON.stringify(want[field]);
    const b = JSON.stringify(got[field]);
    return a === b ? [] : [`${field}: expected ${a}, got ${b}`];
  });
}

async function answer(response: Response, what: string): Promise<Record<string, unknown>[]> {
  if (!response.ok) throw new Error(`${what}: Zotero answered ${response.status}`);
  return (await response.json()) as Record<string, unknown>[];
}

/** Zotero's items for a web page, every item chosen where it offers several. */
export async function saveFromPage(url: string): Promise<Record<string, unknown>[]> {
  const post = (body: string, type: string) =>
    fetch(`${ZOTERO}/web`, { method: 'POST', body, headers: { 'Content-Type': type } });
  const first = await post(url, 'text/plain');
  if (first.status !== 300) return answer(first, url);
  // Several items: the answer lists them; sent back whole, it chooses them all.
  return answer(await post(await first.text(), 'application/json'), url);
}

/** Zotero's import of a file's text (RIS, BibTeX, CSL-JSON: it detects which). */
export async function importFile(text: string, what: string): Promise<Record<string, unknown>[]> {
  const response = await fetch(`${ZOTERO}/import`, {
    method: 'POST',
    body: text,
    headers: { 'Content-Type': 'text/plain' },
  });
  return answer(response, what);
}
