import { languageName } from '../record/language';
import { parsePartialDate } from '../record/date';
import type { RecordFile } from '../record/schema';
import { DOI_PREFIX } from '../record/fields';
import type { CslInput, CslInputName } from './csl-input';
import { inlineText, markupToText } from './markup';

/** A record as its JSON file holds it (the record format's input type, from the field table). */
export type RecordJson = RecordFile;

/** One author as a record file writes it. */
export type AuthorJson = NonNullable<RecordFile['authors']>[number] & object;

export interface MapOptions {
  /**
   * BibTeX marks an organisation only by braces, which readers turn into a family name with no
   * given name: such a "family name" of more than one word is taken as an organisation.
   */
  bracedOrganisations?: boolean;
}

const CSL_TYPE_LABELS: Record<string, string> = {
  'article-journal': 'Journal article',
  'paper-conference': 'Conference paper',
  chapter: 'Book chapter',
  book: 'Book',
  thesis: 'Thesis',
  report: 'Report',
  dataset: 'Dataset',
  article: 'Preprint',
  review: 'Review',
};

const clean = (value: unknown): string | undefined => {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
};

const PARTICLE = /^((?:\p{Ll}+\s+)+)(\p{Lu}.*)$/u;

/** An ORCID iD as sources write it ("http://orcid.org/0000-…", "0000-…"), or nothing. */
function orcidOf(name: CslInputName): string | undefined {
  const written = clean(name.ORCID ?? name.orcid);
  return written?.replace(/^(?:https?:\/\/)?(?:www\.)?orcid\.org\//i, '').toUpperCase();
}

function affiliationsOf(name: CslInputName): string[] {
  const list = typeof name.affiliation === 'string' ? [name.affiliation] : (name.affiliation ?? []);
  return [
    ...new Set(
      list.flatMap((a) => {
        const text = clean(typeof a === 'string' ? a : a.name);
        return text ? [text] : [];
      }),
    ),
  ];
}

/** A name's ORCID iD and affiliations, where the source gives them. */
function extras(name: CslInputName): { orcid?: string; affiliations?: string[] } {
  const orcid = orcidOf(name);
  const affiliations = affiliationsOf(name);
  return {
    ...(orcid ? { orcid } : {}),
    ...(affiliations.length > 0 ? { affiliations } : {}),
  };
}

function author(name: CslInputName, options: MapOptions): AuthorJson | null {
  const literal = clean(name.literal);
  if (literal) return { literal, ...extras(name) };
  const family = clean(name.family);
  const given = clean(name.given);
  if (!family) return given ? { literal: given, ...extras(name) } : null;
  if (options.bracedOrganisations && !given && /\s/.test(family)) {
    return { literal: family, ...extras(name) };
  }
  // "van der Berg" written whole (RIS, MEDLINE): its lower-case words are the particle, as CSL
  // processors read such names.
  const split = name['non-dropping-particle'] ? null : PARTICLE.exec(family);
  const person: {
    given?: string;
    family: string;
    'non-dropping-particle'?: string;
    'dropping-particle'?: string;
    suffix?: string;
    orcid?: string;
    affiliations?: string[];
  } = given ? { given, family: split?.[2] ?? family } : { family: split?.[2] ?? family };
  const particle = clean(name['non-dropping-particle']) ?? split?.[1]?.trim();
  if (particle) person['non-dropping-particle'] = particle;
  const dropping = clean(name['dropping-particle']);
  if (dropping) person['dropping-particle'] = dropping;
  const suffix = clean(name.suffix);
  if (suffix) person.suffix = suffix;
  return { ...person, ...extras(name) };
}

/** CSL date parts as the record writes dates ("2005", "2005-05", "2005-05-01"). */
export function publishedDate(issued: CslInput['issued']): string | undefined {
  const parts = issued?.['date-parts']?.[0]?.map(Number) ?? [];
  const [year, month, day] = parts;
  if (year === undefined || !Number.isInteger(year)) {
    const raw = clean(issued?.raw ?? issued?.literal);
    return raw && parsePartialDate(raw) ? raw : undefined;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  const text = [String(year).padStart(4, '0')];
  if (month !== undefined && Number.isInteger(month)) {
    text.push(pad(month));
    if (day !== undefined && Number.isInteger(day)) text.push(pad(day));
  }
  return text.join('-');
}

function pages(item: CslInput): { first: string; last?: string } | undefined {
  const range = clean(item.page);
  if (range) {
    const [first = '', last] = range.split(/\s*[-–—]+\s*/);
    return last && last !== first ? { first, last } : { first };
  }
  const first = clean(item['page-first']);
  return first ? { first } : undefined;
}

const richText = (value: unknown) => (typeof value === 'string' ? inlineText(value) : value);

/** "a, b" or "a; b" as a list; a keyword that itself holds a comma cannot be told apart. */
function splitKeywords(keyword: string | undefined): string[] {
  return (keyword ?? '')
    .split(/[,;]/)
    .map((k) => k.trim())
    .filter(Boolean);
}

/** One CSL-JSON item as a Lectern record: only what the source states, nothing filled in. */
export function cslToRecord(item: CslInput, id: string, options: MapOptions = {}): RecordJson {
  const record: RecordJson & { authors: AuthorJson[] } = {
    id,
    title: clean(richText(item.title)) ?? '',
    authors: (item.author ?? [])
      .map((name) => author(name, options))
      .filter((a): a is AuthorJson => a !== null),
  };
  const type = clean(item.genre) ?? (item.type ? CSL_TYPE_LABELS[item.type] : undefined);
  if (type) record.type = type;
  const journal: { title?: string; volume?: string; issue?: string; issn?: string } = {};
  const container = clean(richText(item['container-title']));
  if (container) journal.title = container;
  const volume = clean(item.volume);
  if (volume) journal.volume = volume;
  const issue = clean(item.issue);
  if (issue) journal.issue = issue;
  const issn = clean(item.ISSN)?.split(/[\s,;]+/)[0];
  if (issn) journal.issn = issn;
  if (Object.keys(journal).length > 0) record.journal = journal;
  const range = pages(item);
  if (range) record.pages = range;
  const count = Number(clean(item['number-of-pages']));
  if (Number.isInteger(count) && count > 0) record.numberOfPages = count;
  const published = publishedDate(item.issued);
  if (published) record.published = published;
  const language = clean(item.language);
  if (language) record.language = languageName(language);
  const doi = clean(item.DOI);
  if (doi) record.doi = doi.replace(DOI_PREFIX, '');
  const keywords = (item.keywords ?? splitKeywords(item.keyword))
    .map((k) => clean(richText(k)))
    .filter((k) => k !== undefined);
  if (keywords.length > 0) record.keywords = keywords;
  const subjects = item.subjects?.map(clean).filter((s) => s !== undefined);
  if (subjects && subjects.length > 0) record.subjectAreas = subjects;
  // Paragraphs (blank lines, or a list of them) are kept; JATS and HTML become plain text.
  const paragraphs = Array.isArray(item.abstract) ? item.abstract : [item.abstract];
  const abstract = markupToText(
    paragraphs.filter((p): p is string => typeof p === 'string').join('\n\n'),
  );
  if (abstract) record.abstract = abstract;
  return record;
}
