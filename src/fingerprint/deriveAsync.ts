import { workerClient } from '../worker/rpc';
import type { DerivedConcept, FingerprintInput } from './derive';
import type { answer } from './derive.worker';

/**
 * Runs the derivation in a Web Worker (started on first use); without Worker (jsdom in tests) the
 * derivation chunk is loaded and run on the main thread.
 */
const inWorker = workerClient<typeof answer>(
  () => new Worker(new URL('./derive.worker.ts', import.meta.url), { type: 'module' }),
  'fingerprint worker',
);

export async function deriveInBackground(input: FingerprintInput): Promise<DerivedConcept[]> {
  if (typeof Worker === 'undefined') {
    const { deriveFingerprint } = await import('./derive');
    return deriveFingerprint(input);
  }
  return inWorker(input);
}
