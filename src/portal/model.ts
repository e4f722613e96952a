import type { ResearchRecord } from '../record/schema';
import { listedRecord, type ListedRecord } from '../record/listing';
import { absoluteUrl } from '../ui/site';
import { termKey } from '../text/match';
import { fold } from '../text/fold';
import {
  aggregateFingerprint,
  coauthorsOf,
  gatherPeople,
  type People,
  type PortalPerson,
  type WeightedConcept,
} from './people';
import { gatherTopics, relatedTopics, type TopicKind, type Topics } from './topics';
import { contentRuns, idHash } from '../data/runs';
import { reasonText, relatedRecords, type RelatedRecord, type RelatedSource } from './related';

/**
 * The portal around the records, as the build writes it: a page for every person, organisation
 * and topic, the links from each record to them, and each record's related records. Pure: the
 * records and their fingerprints in, the pages' data out.
 */

/**
 * A topic's pages of older records hold 10 to 30 records each (about 20), its own page those
 * past the last full one and the newest full one (10 to 59).
 */
export const TOPIC_BLOCK = { least: 10, most: 30 };

/** A topic's page of older records: its address (`/topics/<id>/<key>`) and its records. */
export interface TopicBlock<T> {
  key: string;
  records: T[];
}

/**
 * A topic's records (newest first) in pages that keep what they list while records come and go,
 * so that a nightly build renders a topic's own page and a page or two of the others, not every
 * page after the record that changed. The records, oldest first, are cut where their ids say
 * (`contentRuns`): an added or removed record changes the block it falls in, now and then the
 * next, never the others. A block is named by the record that closes it (a digest of its id, so
 * it keeps its address while that record stays); its records are listed newest first. The
 * topic's own page lists the records past the last full block and the newest full block, so it
 * never shows only one or two.
 */
export function topicBlocks<T extends { id: string }>(
  records: readonly T[],
  { least, most } = TOPIC_BLOCK,
): { newest: T[]; older: TopicBlock<T>[] } {
  const { runs, open } = contentRuns(records.toReversed(), (r) => r.id, least, most);
  const last = runs.pop() ?? [];
  const taken = new Set<string>();
  const older = runs.map((run): TopicBlock<T> => {
    const base = idHash(run.at(-1)?.id ?? '')
      .toString(16)
      .padStart(8, '0');
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base}-${String(n)}`;
    taken.add(key);
    return { key, records: run.toReversed() };
  });
  return { newest: [...last, ...open].toReversed(), older: older.toReversed() };
}

/** A link to a person's or organisation's page. */
export interface PersonLink {
  path: string;
  name: string;
  orcid?: string;
}

export interface PersonPageData {
  kind: PortalPerson['kind'];
  id: string;
  name: string;
  sortName: string;
  orcid?: string;
  affiliations: string[];
  total: number;
  /** Their records by year of publication, newest first ("undated" last). */
  years: { year: string; records: ListedRecord[] }[];
  coauthors: (PersonLink & { shared: number })[];
  fingerprint: {
    concept: string;
    weight: number;
    records: number;
    weights: number[];
    topic?: string;
  }[];
  similar: PersonLink[];
}

/** A topic's own page: what it is, its newest records, its related topics. */
export interface TopicNewestPage {
  part: 'newest';
  id: string;
  label: string;
  kinds: Record<TopicKind, number>;
  total: number;
  records: ListedRecord[];
  /** The key of the page of older records next to this one; '' when there are none. */
  older: string;
  related: { path: string; label: string; shared: number }[];
}

/**
 * A page of a topic's older records (see `topicBlocks`): only what stays the same while other
 * records come and go, so neither the topic's count nor its related topics.
 */
export interface TopicOlderPage {
  part: 'older';
  id: string;
  label: string;
  /** Its block's key (see `topicBlocks`). */
  block: string;
  records: ListedRecord[];
  /**
   * The publication dates of its newest and oldest dated records ('' when none is dated), and
   * whether any of them is undated: what the page says it spans.
   */
  published: { newest: string; oldest: string; undated: boolean };
  /** The key of the next newer page; '' for the topic's own page. */
  newer: string;
  /** The key of the next older page; '' when this is the oldest. */
  older: string;
}

export type TopicPageData = TopicNewestPage | TopicOlderPage;

/** A topic page's block: '' for the topic's own page. */
export const topicBlock = (page: TopicPageData) => (page.part === 'newest' ? '' : page.block);

/** What a record page links to: its authors' pages, its topics' pages, its related records. */
export interface RecordLinks {
  authors: (string | null)[];
  /** A topic's page by the term key of the keyword, subject area or concept that names it. */
  topics: Record<string, string>;
  related: { record: ListedRecord; reason: string }[];
}

/** One letter of an A–Z list of people or topics. */
export interface LetterPage {
  kind: 'people' | 'topics';
  letter: string;
  entries: { path: string; name: string; count: number }[];
}

export interface Portal {
  links: Map<string, RecordLinks>;
  persons: PersonPageData[];
  topics: TopicPageData[];
  letters: LetterPage[];
}

export const personPath = (person: Pick<PortalPerson, 'kind' | 'id'>) =>
  `/${person.kind === 'organisation' ? 'organisations' : 'persons'}/${person.id}`;
/** A topic's page (`block` '') or one of its pages of older records. */
export const topicPath = (id: string, block = '') => `/topics/${id}${block ? `/${block}` : ''}`;
export const letterPath = (kind: LetterPage['kind'], letter: string) => `/browse/${kind}/${letter}`;

/** The letter an A–Z list files a name under: a–z, or "other". */
export function letterOf(name: string): string {
  const first = fold(name).match(/\p{L}|\p{N}/u)?.[0] ?? '';
  return /^[a-z]$/.test(first) ? first : 'other';
}

/** A record's fingerprint as the portal weighs it: each concept with its weight (0–100]. */
export type FingerprintOf = (id: string) => readonly WeightedConcept[];

function personLink(person: PortalPerson): PersonLink {
  return {
    path: personPath(person),
    name: person.name,
    ...(person.orcid ? { orcid: person.orcid } : {}),
  };
}

function personPage(
  person: PortalPerson,
  people: People,
  listed: ReadonlyMap<string, ListedRecord>,
  years: ReadonlyMap<string, string>,
  fingerprintOf: FingerprintOf,
  topics: Topics,
  keyOf: KeyOf,
): PersonPageData {
  const byYear = new Map<string, ListedRecord[]>();
  for (const id of person.records) {
    const record = listed.get(id);
    if (!record) continue;
    const year = years.get(id) ?? 'undated';
    byYear.set(year, [...(byYear.get(year) ?? []), record]);
  }
  const ordered = [...byYear].sort(([a], [b]) =>
    a === 'undated' ? 1 : b === 'undated' ? -1 : b.localeCompare(a),
  );
  const fingerprint = aggregateFingerprint(person.records.map(fingerprintOf), keyOf)
    .slice(0, 20)
    .map((concept) => {
      const topic = topics.idOf.get(keyOf(concept.concept));
      return { ...concept, ...(topic ? { topic: topicPath(topic) } : {}) };
    });
  const link = (id: string) => {
    const other = people.byId.get(id);
    return other ? [personLink(other)] : [];
  };
  return {
    kind: person.kind,
    id: person.id,
    name: person.name,
    sortName: person.sortName,
    ...(person.orcid ? { orcid: person.orcid } : {}),
    affiliations: person.affiliations,
    total: person.records.length,
    years: ordered.map(([year, records]) => ({ year, records })),
    coauthors: coauthorsOf(person, people)
      .slice(0, 30)
      .flatMap(({ id, shared }) => link(id).map((l) => ({ ...l, shared }))),
    fingerprint,
    similar: (people.similar.get(person.id) ?? []).slice(0, 10).flatMap(link),
  };
}

/** No portal: records that lead nowhere (`LECTERN_PORTAL=0`, for comparing build times). */
export function emptyPortal(): Portal {
  return { links: new Map(), persons: [], topics: [], letters: [] };
}

/**
 * What related records are worked out from: topics weighted as the record weighs them (a keyword
 * fully, a subject area lightly, a concept by its fingerprint weight), and authors as people.
 */
function relatedSources(
  records: readonly ResearchRecord[],
  fingerprintOf: FingerprintOf,
  authorsOf: People['authorsOf'],
  keyOf: KeyOf,
): RelatedSource[] {
  const topic = (label: string, weight: number) => ({ key: keyOf(label), label, weight });
  return records.map((r) => ({
    id: r.id,
    title: r.title,
    abstract: r.abstract,
    authors: authorsOf.get(r.id) ?? [],
    topics: [
      ...r.keywords.map((k) => topic(k, 1)),
      ...r.subjectAreas.map((s) => topic(s, 0.3)),
      ...fingerprintOf(r.id).map((c) => topic(c.concept, c.weight / 100)),
    ],
  }));
}

/** A label's term key (`termKey`). */
type KeyOf = (label: string) => string;

/** `termKey` that remembers: a portal's labels (keywords, subjects, concepts) recur. */
function rememberedKeys(): KeyOf {
  const keys = new Map<string, string>();
  return (label) => {
    let key = keys.get(label);
    if (key === undefined) {
      key = termKey(label);
      keys.set(label, key);
    }
    return key;
  };
}

/** Works out the related records of every source: `relatedRecords`, or a share of it per thread. */
export type Relate = (
  sources: readonly RelatedSource[],
) => ReadonlyMap<string, RelatedRecord[]> | Promise<ReadonlyMap<string, RelatedRecord[]>>;

/**
 * The whole portal for `records` (in the order lists show them: newest first), each record's
 * fingerprint given by `fingerprintOf`; `relate` works out the related records (the build shares
 * that out among its threads, `relatedRecords` by parts).
 */
export async function buildPortal(
  records: readonly ResearchRecord[],
  fingerprintOf: FingerprintOf,
  relate: Relate = relatedRecords,
): Promise<Portal> {
  const people = gatherPeople(records);
  const keyOf = rememberedKeys();
  // Related records are most of the work, and in the build's threads: the rest is worked out
  // meanwhile.
  const relating = relate(relatedSources(records, fingerprintOf, people.authorsOf, keyOf));
  const concepts = (id: string) => fingerprintOf(id).map((c) => c.concept);
  const topics = gatherTopics(
    records.map((r) => ({
      id: r.id,
      keywords: r.keywords,
      subjectAreas: r.subjectAreas,
      concepts: concepts(r.id),
    })),
    keyOf,
  );
  const listed = new Map(
    records.map((r) => [r.id, listedRecord(r, absoluteUrl(`/records/${r.id}`))]),
  );
  const published = new Map(records.flatMap((r) => (r.published ? [[r.id, r.published]] : [])));
  const years = new Map([...published].map(([id, date]) => [id, date.slice(0, 4)]));

  const topicsOf = new Map(
    records.map((r) => [
      r.id,
      [...new Set([...r.keywords, ...r.subjectAreas, ...concepts(r.id)].map(keyOf))].flatMap(
        (key) => {
          const id = topics.idOf.get(key);
          return id ? [id] : [];
        },
      ),
    ]),
  );
  const persons = [...people.byId.values()].map((person) =>
    personPage(person, people, listed, years, fingerprintOf, topics, keyOf),
  );

  const topicPages: TopicPageData[] = [];
  const listedOf = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const record = listed.get(id);
      return record ? [record] : [];
    });
  for (const topic of topics.byId.values()) {
    const { newest, older } = topicBlocks(topic.records.map((id) => ({ id })));
    topicPages.push({
      part: 'newest',
      id: topic.id,
      label: topic.label,
      kinds: topic.kinds,
      total: topic.records.length,
      records: listedOf(newest.map((r) => r.id)),
      older: older[0]?.key ?? '',
      related: relatedTopics(topic, topics, topicsOf).flatMap(({ id, shared }) => {
        const other = topics.byId.get(id);
        return other ? [{ path: topicPath(id), label: other.label, shared }] : [];
      }),
    });
    older.forEach((block, i) => {
      // Newest first, as the block lists them.
      const dated = block.records.flatMap((r) => {
        const date = published.get(r.id);
        return date ? [date] : [];
      });
      topicPages.push({
        part: 'older',
        id: topic.id,
        label: topic.label,
        block: block.key,
        records: listedOf(block.records.map((r) => r.id)),
        published: {
          newest: dated[0] ?? '',
          oldest: dated.at(-1) ?? '',
          undated: dated.length < block.records.length,
        },
        newer: older[i - 1]?.key ?? '',
        older: older[i + 1]?.key ?? '',
      });
    });
  }

  const letters = new Map<string, LetterPage>();
  const file = (kind: LetterPage['kind'], name: string, entry: LetterPage['entries'][number]) => {
    const letter = letterOf(name);
    const key = `${kind}/${letter}`;
    const page = letters.get(key) ?? { kind, letter, entries: [] };
    page.entries.push(entry);
    letters.set(key, page);
  };
  for (const person of people.byId.values()) {
    file('people', person.sortName, {
      path: personPath(person),
      name: person.sortName,
      count: person.records.length,
    });
  }
  for (const topic of topics.byId.values()) {
    file('topics', topic.label, {
      path: topicPath(topic.id),
      name: topic.label,
      count: topic.records.length,
    });
  }
  for (const page of letters.values()) {
    page.entries.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.path.localeCompare(b.path));
  }
  const letterOrder = (a: LetterPage, b: LetterPage) =>
    a.kind.localeCompare(b.kind) ||
    (a.letter === 'other' ? 1 : b.letter === 'other' ? -1 : a.letter.localeCompare(b.letter));

  const related = await relating;
  const links = new Map<string, RecordLinks>();
  for (const record of records) {
    const topicLinks: Record<string, string> = {};
    for (const label of [...record.keywords, ...record.subjectAreas, ...concepts(record.id)]) {
      const key = keyOf(label);
      const id = topics.idOf.get(key);
      if (id) topicLinks[key] = topicPath(id);
    }
    links.set(record.id, {
      authors: (people.authorsOf.get(record.id) ?? []).map((id) => {
        const person = people.byId.get(id);
        return person ? personPath(person) : null;
      }),
      topics: topicLinks,
      // On the record's own page no other record carries COinS: Zotero saves that one record.
      related: (related.get(record.id) ?? []).flatMap((r) => {
        const other = listed.get(r.id);
        if (!other) return [];
        const { coins, ...shown } = other;
        return [{ record: shown, reason: reasonText(r) }];
      }),
    });
  }

  return { links, persons, topics: topicPages, letters: [...letters.values()].sort(letterOrder) };
}
