import type { DerivedConcept, FingerprintInput } from './derive';
import type { DeriveReply, DeriveRequest } from './derive.worker';

/**
 * Runs the derivation in a Web Worker (started on first use); without Worker (jsdom in tests) the
 * derivation chunk is loaded and run on the main thread.
 */
let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<
  number,
  { resolve: (c: DerivedConcept[]) => void; reject: (e: Error) => void }
>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./derive.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<DeriveReply>) => {
      const reply = event.data;
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if ('error' in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply.concepts);
    };
    worker.onerror = (event) => {
      for (const waiting of pending.values()) waiting.reject(new Error(event.message));
      pending.clear();
    };
  }
  return worker;
}

export async function deriveInBackground(input: FingerprintInput): Promise<DerivedConcept[]> {
  if (typeof Worker === 'undefined') {
    const { deriveFingerprint } = await import('./derive');
    return deriveFingerprint(input);
  }
  const id = nextId++;
  const request: DeriveRequest = { id, input };
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    getWorker().postMessage(request);
  });
}
