import { termKey } from '../text/match';
import { slug } from '../text/slug';
import { digest } from '../data/canonical';

/**
 * What the portal's records are about: every keyword and subject area is a topic with a page, and
 * so is every fingerprint concept that two records or more share. A concept only one record has
 * gets no page (it would list that record alone): on its record it stays a highlight toggle. A
 * topic is one whatever its case or accents ("Multiple myeloma" and "multiple myeloma" are one:
 * the matcher's term key); it is named as it is written most often.
 */

export type TopicKind = 'keyword' | 'subject' | 'concept';

/** What the portal knows of a record to place it under topics. */
export interface TopicSource {
  id: string;
  keywords: readonly string[];
  subjectAreas: readonly string[];
  concepts: readonly string[];
}

export interface PortalTopic {
  /** Its address: `/topics/<id>`. */
  id: string;
  key: string;
  label: string;
  /** How many of its records carry it as each kind. */
  kinds: Record<TopicKind, number>;
  /** Its records, in the order given (the portal's: newest first). */
  records: string[];
}

export interface Topics {
  byId: Map<string, PortalTopic>;
  /** A topic's id by its term key, for links from a record's keywords and concepts. */
  idOf: Map<string, string>;
}

/** `keyOf` is `termKey`, or one that remembers its keys (the build's, over many records). */
export function gatherTopics(
  records: readonly TopicSource[],
  keyOf: (label: string) => string = termKey,
): Topics {
  const entries = new Map<
    string,
    { labels: Map<string, number>; kinds: Record<TopicKind, number>; records: string[] }
  >();
  for (const record of records) {
    const seen = new Set<string>();
    const add = (label: string, kind: TopicKind) => {
      const key = keyOf(label);
      if (key === '') return;
      const entry = entries.get(key) ?? {
        labels: new Map<string, number>(),
        kinds: { keyword: 0, subject: 0, concept: 0 },
        records: [],
      };
      entry.labels.set(label, (entry.labels.get(label) ?? 0) + 1);
      entry.kinds[kind] += 1;
      if (!seen.has(key)) {
        entry.records.push(record.id);
        seen.add(key);
      }
      entries.set(key, entry);
    };
    for (const keyword of record.keywords) add(keyword, 'keyword');
    for (const subject of record.subjectAreas) add(subject, 'subject');
    for (const concept of record.concepts) add(concept, 'concept');
  }
  for (const [key, entry] of entries) {
    const chosen = entry.kinds.keyword > 0 || entry.kinds.subject > 0;
    if (!chosen && entry.records.length < 2) entries.delete(key);
  }
  const bySlug = new Map<string, string[]>();
  for (const key of entries.keys()) {
    const base = slug(key, { ascii: true }) || slug(key) || 'topic';
    bySlug.set(base, [...(bySlug.get(base) ?? []), key]);
  }
  const byId = new Map<string, PortalTopic>();
  const idOf = new Map<string, string>();
  for (const [base, keys] of bySlug) {
    for (const key of keys) {
      const entry = entries.get(key);
      if (!entry) continue;
      const id = keys.length === 1 ? base : `${base}-${digest(key).slice(0, 6)}`;
      let label = key;
      let most = 0;
      for (const [written, n] of entry.labels) {
        if (n > most) {
          label = written;
          most = n;
        }
      }
      byId.set(id, { id, key, label, kinds: entry.kinds, records: entry.records });
      idOf.set(key, id);
    }
  }
  return { byId, idOf };
}

/**
 * The topics most often found with `topic` in the same records, with how many records they
 * share, ranked by the share of their records the two have in common (the cosine of their record
 * sets), so that a topic found in nearly every record does not come first for being everywhere.
 */
export function relatedTopics(
  topic: PortalTopic,
  topics: Topics,
  topicsOf: ReadonlyMap<string, readonly string[]>,
  limit = 10,
): { id: string; shared: number }[] {
  const counts = new Map<string, number>();
  for (const record of topic.records) {
    for (const other of topicsOf.get(record) ?? []) {
      if (other !== topic.id) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
  }
  const score = (id: string, shared: number) =>
    shared / Math.sqrt(topic.records.length * (topics.byId.get(id)?.records.length ?? 1));
  return [...counts]
    .map(([id, shared]) => ({ id, shared }))
    .sort((a, b) => score(b.id, b.shared) - score(a.id, a.shared) || a.id.localeCompare(b.id))
    .slice(0, limit);
}
