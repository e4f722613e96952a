import { decodeEntities } from '../text/entities';
import type { CslName } from '../record/schema';
import type { CslInput } from './csl-input';

/**
 * Crossref work JSON (api.crossref.org/works/<doi>) read into CSL-JSON. Its field names are
 * CSL's, but titles and containers are lists, organisations are `name`, and abstracts are JATS.
 */

/**
 * JATS (or HTML) markup as plain text: paragraphs become blank-line-separated paragraphs, a
 * leading "Abstract" title is dropped, every other tag goes and its text stays.
 */
export function markupToText(markup: string): string {
  const text = markup
    .replace(/<(jats:)?title>\s*abstract\s*<\/(jats:)?title>/gi, '')
    .replace(/<\/(jats:)?(p|title|sec)>/gi, '\n\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

const first = (value: unknown): string | undefined => {
  const item: unknown = Array.isArray(value) ? value[0] : value;
  return typeof item === 'string' && item.trim() !== '' ? item : undefined;
};

interface CrossrefName {
  given?: string;
  family?: string;
  name?: string;
  suffix?: string;
}

function name(author: CrossrefName): CslName {
  if (author.name && !author.family) return { literal: author.name };
  const out: CslName = {};
  if (author.family) out.family = markupToText(author.family);
  if (author.given) out.given = markupToText(author.given);
  if (author.suffix) out.suffix = author.suffix;
  return out;
}

/** Whether a JSON item is a Crossref work rather than CSL-JSON: Crossref writes titles as lists. */
export function isCrossrefWork(item: Record<string, unknown>): boolean {
  return Array.isArray(item.title) || Array.isArray(item['container-title']);
}

/** The works of a Crossref API answer: one work, a list of works, or the bare work itself. */
export function crossrefWorks(json: Record<string, unknown>): Record<string, unknown>[] {
  const message = json.message;
  if (message && typeof message === 'object') {
    const items = (message as { items?: unknown }).items;
    return Array.isArray(items)
      ? (items as Record<string, unknown>[])
      : [message as Record<string, unknown>];
  }
  return [json];
}

const CROSSREF_TYPES: Record<string, string> = {
  'journal-article': 'article-journal',
  'proceedings-article': 'paper-conference',
  'book-chapter': 'chapter',
  'posted-content': 'article',
  dissertation: 'thesis',
};

export function crossrefToCsl(work: Record<string, unknown>): CslInput {
  const item: CslInput = {};
  const type = first(work.type);
  if (type) item.type = CROSSREF_TYPES[type] ?? type;
  const title = first(work.title);
  const subtitle = first(work.subtitle);
  if (title) item.title = markupToText(subtitle ? `${title}: ${subtitle}` : title);
  if (Array.isArray(work.author)) item.author = (work.author as CrossrefName[]).map(name);
  const container = first(work['container-title']);
  if (container) item['container-title'] = markupToText(container);
  for (const key of ['volume', 'issue', 'page', 'DOI', 'language'] as const) {
    const value = first(work[key]);
    if (value) item[key] = value;
  }
  const issn = first(work.ISSN);
  if (issn) item.ISSN = issn;
  // "issued" is the earliest of print and online publication, as Crossref defines it.
  for (const date of [work.issued, work['published-print'], work['published-online']]) {
    const parts = (date as { 'date-parts'?: unknown } | undefined)?.['date-parts'];
    if (Array.isArray(parts) && Array.isArray(parts[0]) && parts[0][0] != null) {
      item.issued = { 'date-parts': parts as number[][] };
      break;
    }
  }
  const abstract = first(work.abstract);
  if (abstract) item.abstract = markupToText(abstract);
  if (Array.isArray(work.subject))
    item.subjects = work.subject.filter((s) => typeof s === 'string');
  return item;
}
