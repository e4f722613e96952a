import { createContext, useContext, useMemo } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { digest } from '../data/canonical';
import type { ResearchRecord } from '../record/schema';
import { paragraphs } from '../record/format';
import { explain, givenFingerprint, type Fingerprint } from './concepts';
import type { DerivedConcept, FingerprintInput } from './derive';
import { deriveInBackground } from './deriveAsync';
import { findsKeyPhrases } from './language';

export type Derive = (input: FingerprintInput) => Promise<DerivedConcept[]>;

/** What the fingerprint feature needs from the world: a derivation (a Web Worker in the browser). */
export interface FingerprintServices {
  derive: Derive;
}

export const FingerprintServicesContext = createContext<FingerprintServices>({
  derive: deriveInBackground,
});

/** Keys from general to specific; a derived fingerprint's key holds a digest of its text. */
export const fingerprintKeys = {
  all: ['fingerprint'] as const,
  of: (id: string, source: 'given' | 'derived', text: string) =>
    [...fingerprintKeys.all, id, source, text] as const,
};

/**
 * The record's fingerprint: as given, or derived by `derive`. The browser derives in a Web Worker
 * after the page has painted; the prerender derives in Node and ships the result with the page,
 * under the same key, so a built page never derives again.
 */
export function fingerprintQuery(record: ResearchRecord, derive: Derive) {
  const given = givenFingerprint(record);
  const input: FingerprintInput = {
    title: record.title,
    abstract: record.abstract,
    paragraphs: record.abstract ? paragraphs(record.abstract) : [],
    keywords: record.keywords,
    language: record.language,
  };
  return queryOptions({
    queryKey: fingerprintKeys.of(record.id, given ? 'given' : 'derived', digest(given ?? input)),
    queryFn: async (): Promise<Fingerprint> => {
      if (given) return given;
      // A user-timing entry, so DevTools and `npm run bench` can see what the derivation costs.
      const start = performance.now();
      const concepts = await derive(input);
      performance.measure('lectern:fingerprint', { start, end: performance.now() });
      return {
        derived: true,
        ...(input.language && !findsKeyPhrases(input.language)
          ? { keywordsOnlyIn: input.language }
          : {}),
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
  const { derive } = useContext(FingerprintServicesContext);
  // Once per record: the key digests the whole text, which a long abstract makes worth keeping.
  const options = useMemo(() => fingerprintQuery(record, derive), [record, derive]);
  return useQuery(options);
}
