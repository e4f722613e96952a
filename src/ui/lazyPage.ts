import type { ComponentType } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderDeps } from '../data/deps';

/** A route's parameters, as React Router gives them. */
export type Params = Readonly<Record<string, string | undefined>>;

/**
 * Starts the queries a page at these parameters shows, before it renders (a route's loader), and
 * gives their promises.
 */
export type Prefetch = (
  params: Params,
  client: QueryClient,
  deps: LoaderDeps,
) => Promise<unknown>[];

/** What a page in a chunk of its own gives the route table: itself, and what it needs first. */
export interface LazyPage {
  Component: ComponentType;
  prefetch: Prefetch;
}
