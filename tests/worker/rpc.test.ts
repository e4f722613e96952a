import { describe, expect, it } from 'vitest';
import { workerClient } from '../../src/worker/rpc';

/** A stand-in for a Web Worker: it records what it is sent and lets the test answer or die. */
class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  sent: { id: number; request: unknown }[] = [];
  terminated = false;
  postMessage(message: { id: number; request: unknown }) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(id: number, result: unknown) {
    this.onmessage?.(new MessageEvent('message', { data: { id, result } }));
  }
  crash(message: string) {
    this.onerror?.(new ErrorEvent('error', { message, cancelable: true }));
  }
}

function client() {
  const workers: FakeWorker[] = [];
  const call = workerClient<(request: string) => string>(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker as unknown as Worker;
  }, 'test engine');
  return { call, workers };
}

describe('a worker client', () => {
  it('answers each request with its own reply', async () => {
    const { call, workers } = client();
    const first = call('a');
    const second = call('b');
    workers[0]?.answer(1, 'B');
    workers[0]?.answer(0, 'A');
    await expect(first).resolves.toBe('A');
    await expect(second).resolves.toBe('B');
    expect(workers).toHaveLength(1);
  });

  it('fails every pending request with a message when the worker dies, then starts a new one', async () => {
    const { call, workers } = client();
    const pending = [call('a'), call('b')];
    workers[0]?.crash('out of memory');
    for (const request of pending) {
      await expect(request).rejects.toThrow('The test engine stopped (out of memory); try again.');
    }
    expect(workers[0]?.terminated).toBe(true);

    const retried = call('c');
    expect(workers).toHaveLength(2);
    workers[1]?.answer(2, 'C');
    await expect(retried).resolves.toBe('C');
  });

  it('says so when the worker sends what the page cannot read', async () => {
    const { call, workers } = client();
    const request = call('a');
    workers[0]?.onmessageerror?.(new MessageEvent('messageerror'));
    await expect(request).rejects.toThrow('it sent a reply the page could not read');
  });
});
