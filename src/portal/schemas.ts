import * as v from 'valibot';
import { listedRecordSchema } from '../record/listingSchema';

/**
 * The portal pages' data as their state blocks hold it, checked when the app reads a page it moves
 * to (`loadPageData`); the build writes it from `model.ts`, whose types these mirror.
 */
const personLink = v.object({ path: v.string(), name: v.string(), orcid: v.optional(v.string()) });

export const personPageSchema = v.object({
  kind: v.picklist(['person', 'organisation']),
  id: v.string(),
  name: v.string(),
  sortName: v.string(),
  orcid: v.optional(v.string()),
  affiliations: v.array(v.string()),
  total: v.number(),
  years: v.array(v.object({ year: v.string(), records: v.array(listedRecordSchema) })),
  coauthors: v.array(v.object({ ...personLink.entries, shared: v.number() })),
  fingerprint: v.array(
    v.object({
      concept: v.string(),
      weight: v.number(),
      records: v.number(),
      weights: v.array(v.number()),
      topic: v.optional(v.string()),
    }),
  ),
  similar: v.array(personLink),
});

const kinds = v.object({ keyword: v.number(), subject: v.number(), concept: v.number() });

export const topicPageSchema = v.variant('part', [
  v.object({
    part: v.literal('newest'),
    id: v.string(),
    label: v.string(),
    kinds,
    total: v.number(),
    records: v.array(listedRecordSchema),
    older: v.string(),
    related: v.array(v.object({ path: v.string(), label: v.string(), shared: v.number() })),
  }),
  v.object({
    part: v.literal('older'),
    id: v.string(),
    label: v.string(),
    block: v.string(),
    records: v.array(listedRecordSchema),
    published: v.object({ newest: v.string(), oldest: v.string(), undated: v.boolean() }),
    newer: v.string(),
    older: v.string(),
  }),
]);

export const recordLinksSchema = v.object({
  authors: v.array(v.nullable(v.string())),
  topics: v.record(v.string(), v.string()),
  related: v.array(v.object({ record: listedRecordSchema, reason: v.string() })),
});

export const letterPageSchema = v.object({
  kind: v.picklist(['people', 'topics']),
  letter: v.string(),
  entries: v.array(v.object({ path: v.string(), name: v.string(), count: v.number() })),
});

export const lettersSchema = v.object({
  people: v.array(v.object({ letter: v.string(), count: v.number() })),
  topics: v.array(v.object({ letter: v.string(), count: v.number() })),
});
