/// <reference lib="webworker" />
import { render, type RenderOptions } from './render';
import type { CslItem } from './csl';
import type { StyleId } from './styles';

/** The citation engine off the main thread: citeproc's start-up never blocks the page. */
export interface RenderRequest {
  id: number;
  items: CslItem[];
  style: StyleId;
  options: RenderOptions;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<RenderRequest>) => {
  const { id, items, style, options } = event.data;
  try {
    scope.postMessage({ id, result: render(items, style, options) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
