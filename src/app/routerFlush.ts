import { flushSync } from 'react-dom';

/**
 * What RouterProvider calls to render a navigation at once when it asks for `flushSync` (as
 * react-router/dom's provider passes, in the shape react-router's types ask for).
 */
export function routerFlushSync(update: () => unknown): undefined {
  flushSync(update);
}
