import { workerClient } from '../worker/rpc';
import type { CslItem } from './csl';
import type { Rendered, RenderOptions } from './render';
import type { answer } from './render.worker';
import type { StyleId } from './styles';

/**
 * Renders citations in a Web Worker, started on first use; where there is no Worker (tests in
 * jsdom) the engine chunk is loaded on the main thread instead.
 */
const inWorker = workerClient<typeof answer>(
  () => new Worker(new URL('./render.worker.ts', import.meta.url), { type: 'module' }),
  'citation engine',
);

export async function renderCitations(
  items: CslItem[],
  style: StyleId,
  options: RenderOptions,
): Promise<Rendered> {
  if (typeof Worker === 'undefined') {
    const { render } = await import('./render');
    return render(items, style, options);
  }
  return inWorker({ items, style, options });
}
