import { serveRequests } from '../worker/rpc';
import { deriveFingerprint, type DerivedConcept, type FingerprintInput } from './derive';

/** Derives fingerprints off the main thread, so a long abstract never freezes the page. */
export function answer(input: FingerprintInput): DerivedConcept[] {
  return deriveFingerprint(input);
}

serveRequests(answer);
