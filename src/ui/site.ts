/**
 * Where the app is published: the origin from `LECTERN_SITE_URL` (checked at build time) and the
 * base path from `LECTERN_BASE`. Without an origin there are no absolute URLs.
 */
const origin = import.meta.env.LECTERN_SITE_URL;

/** The absolute URL of an app path ("/records/x"), or undefined when no origin is configured. */
export function absoluteUrl(path: string): string | undefined {
  if (!origin) return undefined;
  return `${origin}${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`;
}
