/**
 * The record's fields, declared once (see README, "The record format"): each entry says what a
 * reader calls the field, what kind of value it holds and how it is checked (`type`, one of the
 * value schemas of `schema.ts`). The record schema, the salvage of partial records, the
 * importer's output type, the notices about fields left out and the Details labels are all made
 * from this table. It is plain data, so the reading page can show labels without loading the
 * validator.
 */

/** What a reader calls a field in a sentence: "the DOI", "the page numbers". */
export interface Noun {
  text: string;
  plural?: boolean;
}

/** The checks a single value can have; `schema.ts` gives each its valibot schema. */
export type ValueType =
  'id' | 'title' | 'text' | 'label' | 'count' | 'date' | 'doi' | 'orcid' | 'concept' | 'weight';

interface Named {
  /** The label a reader sees ("DOI", "Original language"). */
  readonly label: string;
  readonly noun: Noun;
}

/** A value: kept if its check passes, else left out (an impossible date keeps its year). */
export interface ValueField extends Named {
  readonly kind: 'value';
  readonly type: ValueType;
  /** A file (or the group holding it) is not usable without it. */
  readonly required?: true;
  readonly repair?: 'year';
}

/** A list: `null` and blank items are dropped quietly, bad ones each on their own. */
export interface ListField extends Named {
  readonly kind: 'list';
  readonly item: Field;
  /** What one item is called ("keyword", for "Keyword 3"). */
  readonly itemName: string;
  /** Items equal up to case are kept once. */
  readonly unique?: true;
}

/** An object of fields: a bad field goes alone; the group goes if what is left is not one. */
export interface GroupField extends Named {
  readonly kind: 'group';
  readonly fields: Fields;
  /** An author: a person (`family`) or an organisation (`literal`). */
  readonly as?: 'author';
}

export type Field = ValueField | ListField | GroupField;
export type Fields = Readonly<Record<string, Field>>;

/** A value named by its label: "Given name" is "the given name". */
function value<T extends ValueType>(
  type: T,
  label: string,
  noun?: string,
): { readonly kind: 'value'; readonly type: T; readonly label: string; readonly noun: Noun } {
  return { kind: 'value', type, label, noun: { text: noun ?? `the ${label.toLowerCase()}` } };
}

/** A list of strings, each kept once whatever its case. */
function texts(label: string, itemName: string) {
  return {
    kind: 'list',
    item: value('text', itemName),
    itemName,
    unique: true,
    label,
    noun: { text: `the ${label.toLowerCase()}`, plural: true },
  } as const satisfies ListField;
}

const AUTHOR = {
  kind: 'group',
  as: 'author',
  label: 'Author',
  noun: { text: 'the author' },
  fields: {
    given: value('text', 'Given name'),
    family: value('text', 'Family name'),
    'non-dropping-particle': value('text', 'Particle'),
    'dropping-particle': value('text', 'Particle'),
    suffix: value('text', 'Suffix'),
    literal: value('text', 'Name'),
    orcid: value('orcid', 'ORCID', 'the ORCID iD'),
    affiliations: texts('Affiliations', 'affiliation'),
  },
} as const satisfies GroupField;

const CONCEPT = {
  kind: 'group',
  label: 'Fingerprint concept',
  noun: { text: 'the concept' },
  fields: {
    concept: { ...value('concept', 'Concept'), required: true },
    weight: { ...value('weight', 'Weight'), required: true },
    category: value('text', 'Category'),
  },
} as const satisfies GroupField;

/**
 * Every field a record file may hold, in the order the format lists them. `id` and `title` are
 * required: a file without them cannot be a record. Everything else is optional.
 */
export const RECORD_FIELDS = {
  id: { ...value('id', 'Id'), required: true },
  title: { ...value('title', 'Title'), required: true },
  authors: {
    kind: 'list',
    item: AUTHOR,
    itemName: 'author',
    label: 'Authors',
    noun: { text: 'the authors', plural: true },
  },
  type: value('text', 'Output type'),
  journal: {
    kind: 'group',
    label: 'Journal',
    noun: { text: 'the journal' },
    fields: {
      title: value('text', 'Journal', 'the journal’s title'),
      volume: value('label', 'Volume'),
      issue: value('label', 'Issue'),
      issn: value('text', 'ISSN', 'the ISSN'),
    },
  },
  pages: {
    kind: 'group',
    label: 'Pages',
    noun: { text: 'the page numbers', plural: true },
    fields: { first: value('label', 'First page'), last: value('label', 'Last page') },
  },
  numberOfPages: value('count', 'Number of pages'),
  published: { ...value('date', 'Published', 'the publication date'), repair: 'year' },
  status: value('text', 'Status', 'the publication status'),
  language: value('text', 'Original language', 'the language'),
  doi: value('doi', 'DOI', 'the DOI'),
  citations: {
    kind: 'group',
    label: 'Citations',
    noun: { text: 'the citation counts', plural: true },
    fields: { scopus: value('count', 'Scopus citations', 'the Scopus citation count') },
  },
  keywords: texts('Keywords', 'keyword'),
  subjectAreas: texts('Subject areas', 'subject area'),
  abstract: value('text', 'Abstract'),
  fingerprint: {
    kind: 'list',
    item: CONCEPT,
    itemName: 'fingerprint concept',
    label: 'Fingerprint',
    noun: { text: 'the fingerprint' },
  },
} as const satisfies Fields;

export type RecordFields = typeof RECORD_FIELDS;

export const RECORD_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A resolver or scheme in front of a DOI, which the record stores bare. */
export const DOI_PREFIX = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i;
