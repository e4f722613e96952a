import type { ChildProcess } from 'node:child_process';

export interface Site {
  /** The build's folder. */
  out: string;
  port: number;
  /** Where the site is served from (its base). */
  path: string;
  /** What `vite preview` needs beside the folder to serve it as built. */
  env: Record<string, string>;
}

export const ZOTERO_PORT: number;
export const SITES: readonly Site[];
export function siteOrigin(site: Site): string;
export function siteUrl(site: Site): string;
export function site(out: string): Site;
export function previewArgs(site: Site): string[];
export function previewEnv(site: Site): Record<string, string>;
export const zoteroEnv: Record<string, string>;
export function startServer(
  command: string,
  args: string[],
  options: { url: string; cwd?: string; env?: Record<string, string>; timeout?: number },
): Promise<ChildProcess>;
