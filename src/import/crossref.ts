import { markupToText } from './markup';
import * as v from 'valibot';
import type { CslInput, CslInputName } from './csl-input';

/**
 * Crossref work JSON (api.crossref.org/works/<doi>) read into CSL-JSON. Its field names are
 * CSL's, but titles and containers are lists, organisations are `name`, and abstracts are JATS.
 */

const first = (value: unknown): string | undefined => {
  const item: unknown = Array.isArray(value) ? value[0] : value;
  return typeof item === 'string' && item.trim() !== '' ? item : undefined;
};

/** An author as Crossref writes one: parts or an organisation's `name`, and what it adds. */
const crossrefName = v.looseObject({
  given: v.optional(v.string()),
  family: v.optional(v.string()),
  name: v.optional(v.string()),
  suffix: v.optional(v.string()),
  ORCID: v.optional(v.string()),
  affiliation: v.optional(v.array(v.looseObject({ name: v.optional(v.string()) }))),
});

function name(author: v.InferOutput<typeof crossrefName>): CslInputName {
  const extra: CslInputName = {};
  if (author.ORCID) extra.ORCID = author.ORCID;
  const affiliations = (author.affiliation ?? []).flatMap((a) => (a.name ? [a.name] : []));
  if (affiliations.length > 0) extra.affiliation = affiliations;
  if (author.name && !author.family) return { literal: author.name, ...extra };
  const out: CslInputName = { ...extra };
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
const objects = (value: unknown): Record<string, unknown>[] =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? [{ ...value }] : [];

export function crossrefWorks(json: Record<string, unknown>): Record<string, unknown>[] {
  const [message] = objects(json.message);
  if (!message) return [json];
  return Array.isArray(message.items) ? message.items.flatMap(objects) : [message];
}

const CROSSREF_TYPES: Record<string, string> = {
  'journal-article': 'article-journal',
  'proceedings-article': 'paper-conference',
  'book-chapter': 'chapter',
  'posted-content': 'article',
  dissertation: 'thesis',
};

/** Crossref's dates: `{ "date-parts": [[2005, 5, 1]] }`; a part may be null when unknown. */
const crossrefDate = v.object({
  'date-parts': v.array(
    v.pipe(
      v.array(v.nullable(v.number())),
      v.transform((parts) => {
        const known: number[] = [];
        for (const part of parts) {
          if (part === null) break;
          known.push(part);
        }
        return known;
      }),
    ),
  ),
});

export function crossrefToCsl(work: Record<string, unknown>): CslInput {
  const item: CslInput = {};
  const type = first(work.type);
  if (type) item.type = CROSSREF_TYPES[type] ?? type;
  const title = first(work.title);
  const subtitle = first(work.subtitle);
  if (title) item.title = markupToText(subtitle ? `${title}: ${subtitle}` : title);
  if (Array.isArray(work.author)) {
    item.author = work.author.flatMap((author: unknown) => {
      const parsed = v.safeParse(crossrefName, author);
      return parsed.success ? [name(parsed.output)] : [];
    });
  }
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
    const parsed = v.safeParse(crossrefDate, date);
    const first = parsed.success ? parsed.output['date-parts'][0] : undefined;
    if (first && first.length > 0) {
      item.issued = { 'date-parts': [first] };
      break;
    }
  }
  const abstract = first(work.abstract);
  if (abstract) item.abstract = markupToText(abstract);
  if (Array.isArray(work.subject))
    item.subjects = work.subject.filter((s) => typeof s === 'string');
  return item;
}
