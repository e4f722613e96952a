import type { Author } from '../record/schema';
import { displayName, invertedName } from '../record/format';
import { fold } from '../text/fold';
import { slug } from '../text/slug';
import { digest } from '../data/canonical';

/**
 * Who wrote what, across the portal: every author of every record is a person (or an
 * organisation) with a page. The rule never merges two people silently:
 *
 * - an ORCID iD is one person, whatever the name is spelled like in each record;
 * - without one, only the same full name is the same person: the same given name, particles,
 *   family name and suffix, with case, spacing and full stops aside ("KUMAR, Shaji" and
 *   "Kumar, Shaji" are one; "Kumar, S." and "Kumar, Shaji" are two; "Müller" and "Muller" are
 *   two). A name written without an ORCID iD is never joined to a person with one;
 * - people whose names look alike (the same family name, accents aside, and the same first
 *   initial) are not joined but named on each other's pages, for the reader to judge;
 * - an organisation is one author by its exact name (case and spacing aside).
 */

export type PortalAuthorKind = 'person' | 'organisation';

/** One person or organisation of the portal, with what their page shows. */
export interface PortalPerson {
  /** Their address: `/persons/<id>` (an ORCID iD, or the name as a slug), `/organisations/<id>`. */
  id: string;
  kind: PortalAuthorKind;
  /** As the records write it most often ("Shaji Kumar"), for the page's heading. */
  name: string;
  /** Family name first ("Kumar, Shaji"), for lists and sorting. */
  sortName: string;
  orcid: string | undefined;
  /** Every affiliation the records give them, the most frequent first. */
  affiliations: string[];
  /** Their records, as the portal lists them (ids). */
  records: string[];
}

/** The key two author entries must share to be the same person. */
export function identityKey(author: Author): string {
  if (author.orcid) return `orcid:${author.orcid}`;
  const name = author.kind === 'organisation' ? author.literal : invertedName(author);
  const key = name.normalize('NFC').toLocaleLowerCase('en').replace(/\./g, '').replace(/\s+/g, ' ');
  return `${author.kind}:${key.trim()}`;
}

/** The key of "people with a similar name": folded family name and first initial. */
export function similarityKey(author: Author): string | null {
  if (author.kind === 'organisation') return null;
  const family = fold([author.nonDroppingParticle, author.family].filter(Boolean).join(' '));
  const initial = fold(author.given ?? '').match(/\p{L}/u)?.[0] ?? '';
  return `${family.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}|${initial}`;
}

interface Gathering {
  kind: PortalAuthorKind;
  orcid: string | undefined;
  names: Map<string, { count: number; author: Author }>;
  affiliations: Map<string, number>;
  records: string[];
  similar: string | null;
}

export interface People {
  /** Every person and organisation, by id. */
  byId: Map<string, PortalPerson>;
  /** For each record, the id of each of its authors, in order. */
  authorsOf: Map<string, string[]>;
  /** For each person, the other people with a similar name (ids). */
  similar: Map<string, string[]>;
}

/** The records' authors as people (see the rule above); `records` in the portal's order. */
export function gatherPeople(
  records: readonly { id: string; authors: readonly Author[] }[],
): People {
  const gathered = new Map<string, Gathering>();
  const keysOf = new Map<string, string[]>();
  for (const record of records) {
    const keys: string[] = [];
    for (const author of record.authors) {
      const key = identityKey(author);
      let entry = gathered.get(key);
      if (!entry) {
        entry = {
          kind: author.kind,
          orcid: author.orcid,
          names: new Map(),
          affiliations: new Map(),
          records: [],
          similar: similarityKey(author),
        };
        gathered.set(key, entry);
      }
      const written = displayName(author);
      const seen = entry.names.get(written);
      entry.names.set(written, { count: (seen?.count ?? 0) + 1, author: seen?.author ?? author });
      for (const affiliation of author.affiliations) {
        entry.affiliations.set(affiliation, (entry.affiliations.get(affiliation) ?? 0) + 1);
      }
      if (entry.records.at(-1) !== record.id) entry.records.push(record.id);
      keys.push(key);
    }
    keysOf.set(record.id, keys);
  }
  const ids = assignIds(gathered);
  const byId = new Map<string, PortalPerson>();
  const bySimilarity = new Map<string, string[]>();
  for (const [key, entry] of gathered) {
    const id = ids.get(key) ?? key;
    // The most frequent spelling; of two as frequent, the fuller ("Jan Berg" over "J. Berg").
    const name =
      [...entry.names].sort(
        ([a, x], [b, y]) => y.count - x.count || b.length - a.length || a.localeCompare(b),
      )[0]?.[0] ?? '';
    const author = entry.names.get(name)?.author;
    byId.set(id, {
      id,
      kind: entry.kind,
      name,
      sortName: author
        ? author.kind === 'organisation'
          ? author.literal
          : invertedName(author)
        : name,
      orcid: entry.orcid,
      affiliations: [...entry.affiliations].sort((a, b) => b[1] - a[1]).map(([a]) => a),
      records: entry.records,
    });
    if (entry.similar)
      bySimilarity.set(entry.similar, [...(bySimilarity.get(entry.similar) ?? []), id]);
  }
  const similar = new Map<string, string[]>();
  for (const group of bySimilarity.values()) {
    if (group.length < 2) continue;
    for (const id of group)
      similar.set(
        id,
        group.filter((other) => other !== id),
      );
  }
  const authorsOf = new Map(
    [...keysOf].map(([record, keys]) => [record, keys.map((key) => ids.get(key) ?? key)]),
  );
  return { byId, authorsOf, similar };
}

/**
 * Readable, stable addresses: an ORCID iD as it is; a name as its slug ("kumar-shaji"), or, where
 * two people's names make the same slug ("Müller, Jan" and "Muller, Jan"), the slug and a short
 * digest of the exact name, for each of them.
 */
function assignIds(gathered: ReadonlyMap<string, Gathering>): Map<string, string> {
  const ids = new Map<string, string>();
  const bySlug = new Map<string, string[]>();
  for (const [key, entry] of gathered) {
    if (entry.orcid) {
      ids.set(key, entry.orcid);
      continue;
    }
    const name = key.slice(key.indexOf(':') + 1);
    const base = slug(name, { ascii: true }) || 'author';
    bySlug.set(base, [...(bySlug.get(base) ?? []), key]);
  }
  for (const [base, keys] of bySlug) {
    for (const key of keys)
      ids.set(key, keys.length === 1 ? base : `${base}-${digest(key).slice(0, 6)}`);
  }
  return ids;
}

/** Each co-author of a person, with the number of records they share, the most shared first. */
export function coauthorsOf(
  person: PortalPerson,
  people: People,
): { id: string; shared: number }[] {
  const counts = new Map<string, number>();
  for (const record of person.records) {
    for (const other of new Set(people.authorsOf.get(record) ?? [])) {
      if (other !== person.id) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([id, shared]) => ({ id, shared }))
    .sort(
      (a, b) =>
        b.shared - a.shared ||
        (people.byId.get(a.id)?.sortName ?? '').localeCompare(
          people.byId.get(b.id)?.sortName ?? '',
        ),
    );
}

/** A weighted concept as a record's fingerprint gives it. */
export interface WeightedConcept {
  concept: string;
  weight: number;
}

/** A concept of a person's fingerprint, with how it was made from their records'. */
export interface AggregatedConcept {
  concept: string;
  /** Percent of the top concept, in (0, 100]. */
  weight: number;
  /** How many of the person's records have it, and their weights, highest first. */
  records: number;
  weights: number[];
}

/**
 * A person's fingerprint as Pure makes one: each concept's weights in their records summed, then
 * normalised so that the top concept is 100 %. A concept is the same in two records when its
 * `key` is (case and accents aside); it is named as its first record names it.
 */
export function aggregateFingerprint(
  fingerprints: readonly (readonly WeightedConcept[])[],
  key: (concept: string) => string,
): AggregatedConcept[] {
  const sums = new Map<string, { concept: string; total: number; weights: number[] }>();
  for (const fingerprint of fingerprints) {
    for (const { concept, weight } of fingerprint) {
      const k = key(concept);
      const entry = sums.get(k) ?? { concept, total: 0, weights: [] };
      entry.total += weight;
      entry.weights.push(weight);
      sums.set(k, entry);
    }
  }
  const ranked = [...sums.values()].sort(
    (a, b) => b.total - a.total || a.concept.localeCompare(b.concept),
  );
  const top = ranked[0]?.total ?? 0;
  // Exactly one concept is 100 %: a near tie with the top shows 99 %.
  return ranked.map(({ concept, total, weights }, i) => ({
    concept,
    weight: i === 0 ? 100 : Math.min(99, Math.max(1, Math.round((100 * total) / top))),
    records: weights.length,
    weights: [...weights].sort((a, b) => b - a),
  }));
}
