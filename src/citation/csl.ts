import type { Author, CslName, ResearchRecord } from '../record/schema';
import { parsePartialDate } from '../record/date';
import { languageTag } from '../record/language';
import type { NameParts } from '../record/format';
import { withoutBidiControls as clean } from '../text/bidi';

/**
 * CSL-JSON is the hub: every format is made from it (as in citation-js). Only what the record
 * holds goes in; a missing volume or DOI is simply absent, never an empty string. Text goes in
 * without bidi controls (see `withoutBidiControls`): no citation, file or clipboard carries them.
 */
export interface CslItem {
  id: string;
  type: 'article-journal';
  title: string;
  author: CslName[];
  /** Pure's output type ("Contribution to journal › Review article › peer-review"). */
  genre?: string;
  'container-title'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  'page-first'?: string;
  'number-of-pages'?: string;
  issued?: { 'date-parts': [[number] | [number, number] | [number, number, number]] };
  language?: string;
  DOI?: string;
  ISSN?: string;
  /** The record's page, when the site's origin is known: files carry it, citations do not. */
  URL?: string;
  abstract?: string;
  /**
   * The record's keywords, each whole. CSL-JSON's own `keyword` is one string; each writer
   * (CSL-JSON, RIS, BibTeX) writes the list its own way, so a keyword that holds a comma stays one.
   */
  keywords?: string[];
}

/** A CSL-JSON person's name in the parts the record's own helpers take. */
export function nameParts(name: CslName): NameParts {
  return {
    family: name.family,
    given: name.given,
    nonDroppingParticle: name['non-dropping-particle'],
    droppingParticle: name['dropping-particle'],
    suffix: name.suffix,
  };
}

function cslName(author: Author): CslName {
  if (author.kind === 'organisation') return { literal: clean(author.literal) };
  const name: CslName = { family: clean(author.family) };
  if (author.given) name.given = clean(author.given);
  if (author.nonDroppingParticle) name['non-dropping-particle'] = clean(author.nonDroppingParticle);
  if (author.droppingParticle) name['dropping-particle'] = clean(author.droppingParticle);
  if (author.suffix) name.suffix = clean(author.suffix);
  return name;
}

export function toCsl(record: ResearchRecord, url?: string): CslItem {
  const item: CslItem = {
    id: record.id,
    type: 'article-journal',
    title: clean(record.title),
    author: record.authors.map(cslName),
  };
  if (record.type) item.genre = record.type;
  const journal = record.journal;
  if (journal?.title) item['container-title'] = clean(journal.title);
  if (journal?.volume) item.volume = journal.volume;
  if (journal?.issue) item.issue = journal.issue;
  if (journal?.issn) item.ISSN = journal.issn;
  const { first, last } = record.pages ?? {};
  if (first) {
    item.page = last && last !== first ? `${first}-${last}` : first;
    item['page-first'] = first;
  }
  if (record.numberOfPages !== undefined) item['number-of-pages'] = String(record.numberOfPages);
  const date = record.published ? parsePartialDate(record.published) : null;
  if (date) {
    item.issued = {
      'date-parts': [
        date.month === undefined
          ? [date.year]
          : date.day === undefined
            ? [date.year, date.month]
            : [date.year, date.month, date.day],
      ],
    };
  }
  if (record.language) item.language = languageTag(record.language);
  if (record.doi) item.DOI = record.doi;
  if (url) item.URL = url;
  if (record.abstract) item.abstract = clean(record.abstract);
  if (record.keywords.length > 0) item.keywords = record.keywords.map(clean);
  return item;
}

/** The facts a citation usually has and this record lacks, for a plain note in the panel. */
export function missingFacts(item: CslItem): string[] {
  const missing: string[] = [];
  if (!item.volume) missing.push('volume');
  if (!item.DOI) missing.push('DOI');
  if (!item.issued) missing.push('date');
  if (!item.page) missing.push('pages');
  if (item.author.length === 0) missing.push('authors');
  return missing;
}

/** "No volume or DOI recorded; the citation omits them." */
export function missingNote(item: CslItem): string | null {
  const missing = missingFacts(item);
  if (missing.length === 0) return null;
  const list = new Intl.ListFormat('en', { type: 'disjunction' }).format(missing);
  return `No ${list} recorded; the citation omits ${missing.length === 1 ? 'it' : 'them'}.`;
}
