/// <reference lib="webworker" />
/**
 * Request/response over a dedicated Web Worker: each call posts `{ id, request }` and resolves
 * with the worker's `{ id, result }` (or rejects with its `{ id, error }`). Heavy pure functions
 * (the citation engine, the fingerprint) run this way so the page never freezes.
 */
type Reply<R> = { id: number; result: R } | { id: number; error: string };

/** What a worker answers with: one request in, one structured-cloneable result out. */
type Handler = (request: never) => unknown;

/**
 * The page's side: `create` starts the worker on first use. `H` is the type of the worker's
 * handler (imported with `import type`, so none of the worker's code enters the page's bundle).
 * A worker that dies (an uncaught error, a message it cannot read) fails every request it held
 * with a message naming `what` it was, and is replaced by a fresh one on the next request.
 */
export function workerClient<H extends Handler>(
  create: () => Worker,
  what: string,
): (request: Parameters<H>[0]) => Promise<ReturnType<H>> {
  type R = ReturnType<H>;
  let worker: Worker | null = null;
  let nextId = 0;
  const pending = new Map<number, { resolve: (r: R) => void; reject: (e: Error) => void }>();
  const fail = (dead: Worker, reason: string) => {
    if (worker !== dead) return;
    dead.terminate();
    worker = null;
    const error = new Error(`The ${what} stopped (${reason}); try again.`);
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  const start = () => {
    const started = create();
    started.onmessage = (event: MessageEvent<Reply<R>>) => {
      const reply = event.data;
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if ('error' in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply.result);
    };
    started.onerror = (event) => {
      event.preventDefault();
      fail(started, event.message || 'it crashed');
    };
    started.onmessageerror = () => {
      fail(started, 'it sent a reply the page could not read');
    };
    return started;
  };
  return (request) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker ??= start();
      worker.postMessage({ id, request });
    });
}

/** The worker's side: answers each request with `handle`'s result, or its error's message. */
export function serveRequests(handle: Handler): void {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  scope.onmessage = (event: MessageEvent<{ id: number; request: never }>) => {
    const { id, request } = event.data;
    try {
      scope.postMessage({ id, result: handle(request) } satisfies Reply<unknown>);
    } catch (error) {
      scope.postMessage({
        id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies Reply<unknown>);
    }
  };
}
