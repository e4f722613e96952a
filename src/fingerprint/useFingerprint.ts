import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ResearchRecord } from '../record/schema';
import { paragraphs } from '../record/format';
import { explain, givenFingerprint, type Fingerprint } from './concepts';
import type { DerivedConcept, FingerprintInput } from './derive';
import { deriveInBackground } from './deriveAsync';

export type Derive = (input: FingerprintInput) => Promise<DerivedConcept[]>;

/**
 * The record's fingerprint: as given, or derived by `derive`. The browser derives in a Web Worker
 * after the page has painted; the prerender derives in Node and ships the result with the page,
 * under the same key, so a built page never derives again.
 */
export function fingerprintQuery(record: ResearchRecord, derive: Derive) {
  const given = givenFingerprint(record);
  return queryOptions({
    queryKey: ['fingerprint', record.id, given ? 'given' : 'derived'],
    queryFn: async (): Promise<Fingerprint> => {
      if (given) return given;
      // A user-timing entry, so DevTools and `npm run bench` can see what the derivation costs.
      const start = performance.now();
      const concepts = await derive({
        title: record.title,
        abstract: record.abstract,
        paragraphs: record.abstract ? paragraphs(record.abstract) : [],
        keywords: record.keywords,
      });
      performance.measure('lectern:fingerprint', { start, end: performance.now() });
      return {
        derived: true,
        concepts: concepts.map((c) => ({
          concept: c.concept,
          weight: c.weight,
          category: c.category,
          explanation: explain(c),
        })),
      };
    },
    staleTime: Infinity,
    retry: false,
  });
}

export function useFingerprint(record: ResearchRecord) {
  return useQuery(fingerprintQuery(record, deriveInBackground));
}
