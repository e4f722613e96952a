/// <reference lib="webworker" />
import { deriveFingerprint, type DerivedConcept, type FingerprintInput } from './derive';

/** Derives fingerprints off the main thread, so a long abstract never freezes the page. */
export interface DeriveRequest {
  id: number;
  input: FingerprintInput;
}
export type DeriveReply =
  { id: number; concepts: DerivedConcept[] } | { id: number; error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<DeriveRequest>) => {
  const { id, input } = event.data;
  try {
    scope.postMessage({ id, concepts: deriveFingerprint(input) } satisfies DeriveReply);
  } catch (error) {
    scope.postMessage({
      id,
      error: error instanceof Error ? error.message : String(error),
    } satisfies DeriveReply);
  }
};
