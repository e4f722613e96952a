import type { CslItem } from './csl';
import type { Rendered, RenderOptions } from './render';
import type { RenderRequest } from './render.worker';
import type { StyleId } from './styles';

/**
 * Renders citations in a Web Worker, started on first use; where there is no Worker (tests in
 * jsdom, very old browsers) the engine chunk is loaded on the main thread instead.
 */
type Reply = { id: number; result: Rendered } | { id: number; error: string };

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { resolve: (r: Rendered) => void; reject: (e: Error) => void }>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./render.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<Reply>) => {
      const reply = event.data;
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if ('error' in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply.result);
    };
    worker.onerror = (event) => {
      for (const waiting of pending.values()) waiting.reject(new Error(event.message));
      pending.clear();
    };
  }
  return worker;
}

export async function renderCitations(
  items: CslItem[],
  style: StyleId,
  options: RenderOptions,
): Promise<Rendered> {
  if (typeof Worker === 'undefined') {
    const { render } = await import('./render');
    return render(items, style, options);
  }
  const id = nextId++;
  const request: RenderRequest = { id, items, style, options };
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    getWorker().postMessage(request);
  });
}
