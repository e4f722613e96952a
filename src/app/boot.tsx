import { startTransition } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { hydrate } from '@tanstack/react-query';
import { RouterProvider, createBrowserRouter, matchRoutes, type RouteObject } from 'react-router';
import { createQueryClient } from './queryClient';
import { createRoutes } from './routes';
import { routerFlushSync } from './routerFlush';
import { AppProviders } from './AppProviders';
import { browserServices, type AppServices } from './services';
import {
  HEAD_END,
  HEAD_START,
  PAGE_ONLY_END,
  PAGE_ONLY_START,
  PAGE_STATE_ID,
  parsePageState,
  pathInApp,
  samePath,
} from '../data/pageState';

/**
 * Removes a block of head elements a prerendered page brought, between two comments: React's
 * (before a fresh render adds its own), or those for machines only (when the page is left).
 */
function removeHeadBlock(doc: Document, start: string, end: string) {
  let inside = false;
  for (const node of [...doc.head.childNodes]) {
    if (node.nodeType === Node.COMMENT_NODE && node.nodeValue === start) inside = true;
    const last = node.nodeType === Node.COMMENT_NODE && node.nodeValue === end;
    if (inside) node.remove();
    if (last) inside = false;
  }
}

async function loadLazyRoutes(routes: RouteObject[], pathname: string, base: string) {
  const lazy = (matchRoutes(routes, pathname, base) ?? []).filter((m) => m.route.lazy);
  await Promise.all(
    lazy.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      Object.assign(route, { ...(await route.lazy()), lazy: undefined });
    }),
  );
}

/**
 * Starts the app in `container`. A page prerendered for this very path is hydrated: React adopts
 * its markup and head tags, and the query cache and router start from the data it was rendered
 * with, so nothing is fetched, re-rendered or flashed. Anything else (the dev server, 404.html
 * served for a record added without a rebuild, a page whose state block is unreadable) is
 * rendered afresh.
 */
export async function startApp(
  container: HTMLElement,
  doc: Document = document,
  services: AppServices = browserServices(),
): Promise<Root> {
  const base = import.meta.env.BASE_URL;
  const queryClient = createQueryClient();
  const state = parsePageState(doc.getElementById(PAGE_STATE_ID)?.textContent);
  const path = pathInApp(doc.location.pathname, base);
  const matches = state?.path != null && path !== null && samePath(state.path, path);
  if (state && matches) hydrate(queryClient, state.queries);
  const routes = createRoutes(queryClient, services);
  // The page's own route chunks (the home page is one) load before React adopts the markup, or
  // it would render a fallback in their place.
  await loadLazyRoutes(routes, doc.location.pathname, base);
  const router = createBrowserRouter(routes, {
    basename: base,
    ...(state && matches ? { hydrationData: state.router } : {}),
  });
  const app = (
    <AppProviders queryClient={queryClient} services={services}>
      {/* A navigation that asks for it renders at once (useHighlightParam). */}
      <RouterProvider router={router} flushSync={routerFlushSync} />
    </AppProviders>
  );
  // The page's Signposting links and JSON-LD describe it alone: they go when the reader leaves it.
  const shown = router.state.location.pathname;
  const unsubscribe = router.subscribe(({ location }) => {
    if (location.pathname === shown) return;
    removeHeadBlock(doc, PAGE_ONLY_START, PAGE_ONLY_END);
    unsubscribe();
  });
  if (matches) {
    // As a transition, hydration yields to the browser every few milliseconds instead of
    // blocking it in one long task; the page is already on screen meanwhile.
    let root: Root | undefined;
    startTransition(() => {
      root = hydrateRoot(container, app);
    });
    if (!root) throw new Error('hydrateRoot returned nothing');
    return root;
  }
  removeHeadBlock(doc, HEAD_START, HEAD_END);
  removeHeadBlock(doc, PAGE_ONLY_START, PAGE_ONLY_END);
  const root = createRoot(container);
  root.render(app);
  return root;
}
