import { serveRequests } from '../worker/rpc';
import { render, type Rendered, type RenderOptions } from './render';
import type { CslItem } from './csl';
import type { StyleId } from './styles';

/** The citation engine off the main thread: citeproc's start-up never blocks the page. */
export function answer(request: {
  items: CslItem[];
  style: StyleId;
  options: RenderOptions;
}): Rendered {
  return render(request.items, request.style, request.options);
}

serveRequests(answer);
