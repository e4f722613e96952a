/** What the app's bundles are built from, relative to the project; folders are read whole. */
export const APP_INPUTS: readonly string[];

/** The key of the bundles the project at `root` builds with these settings. */
export function appKey(
  root: string,
  settings: { base: string; siteUrl?: string; publicDir?: string },
): string;

/**
 * Puts the client build and the public folder into `outDir` (emptied first unless `keep`); the
 * server bundle's path, whether the bundles were reused, their key and the public files' paths.
 */
export function appBundles(options: {
  outDir: string;
  publicDir?: string;
  base: string;
  siteUrl?: string;
  logLevel: string;
  keep?: boolean;
}): Promise<{ server: string; reused: boolean; key: string; publicFiles: string[] }>;
