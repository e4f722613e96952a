import { createContext, useContext } from 'react';
import { browserDeps, type LoaderDeps } from './deps';

/** How components' queries fetch files: the browser's `fetch` unless a test or the build says. */
export const LoaderContext = createContext<LoaderDeps>(browserDeps);

export function useLoaderDeps(): LoaderDeps {
  return useContext(LoaderContext);
}
