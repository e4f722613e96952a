import { useQuery } from '@tanstack/react-query';
import type { ResearchRecord } from '../record/schema';
import { paragraphs } from '../record/format';
import { explain, givenFingerprint, type Fingerprint } from './concepts';
import { deriveInBackground } from './deriveAsync';

/**
 * The record's fingerprint: as given, or derived in the browser, in a Web Worker, after the page
 * has painted; cached per record.
 */
export function useFingerprint(record: ResearchRecord) {
  const given = givenFingerprint(record);
  return useQuery({
    queryKey: ['fingerprint', record.id, given ? 'given' : 'derived'],
    queryFn: async (): Promise<Fingerprint> => {
      if (given) return given;
      // A user-timing entry, so DevTools and `npm run bench` can see what the derivation costs.
      const start = performance.now();
      const concepts = await deriveInBackground({
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
