import { browserDeps, type LoaderDeps } from '../data/deps';
import { browserCitationServices, type CitationServices } from '../citation/services';
import { deriveInBackground } from '../fingerprint/deriveAsync';
import type { FingerprintServices } from '../fingerprint/useFingerprint';
import { lazyPagefindEngine, type SearchEngine } from '../search/context';

/**
 * Everything the app needs from the world, in one place: how files are fetched, the search
 * index, the citation engine with the clipboard and downloads, and the fingerprint's derivation.
 * The browser gets the real ones; the prerender and the tests pass their own.
 */
export interface AppServices {
  data: LoaderDeps;
  search: SearchEngine;
  citations: CitationServices;
  fingerprint: FingerprintServices;
}

export function browserServices(): AppServices {
  return {
    data: browserDeps,
    search: lazyPagefindEngine(import.meta.env.BASE_URL),
    citations: browserCitationServices,
    fingerprint: { derive: deriveInBackground },
  };
}
