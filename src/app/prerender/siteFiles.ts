/**
 * The site's origin from `LECTERN_SITE_URL` ("https://research.example.edu"): absolute http(s),
 * no path (the app's sub-path comes from `LECTERN_BASE`), no query or fragment. Undefined or
 * blank means "not configured": pages then leave out what needs an absolute URL.
 */
export function parseSiteOrigin(raw: string | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `LECTERN_SITE_URL must be an absolute URL such as https://example.org, not “${value}”.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`LECTERN_SITE_URL must use http or https, not ${url.protocol}`);
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(
      `LECTERN_SITE_URL is the origin only (such as ${url.origin}); set the sub-path with LECTERN_BASE.`,
    );
  }
  return url.origin;
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/** A sitemaps.org sitemap of absolute URLs. */
export function sitemapXml(urls: readonly string[]): string {
  const entries = urls.map((url) => `  <url><loc>${xmlEscape(url)}</loc></url>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}

/** Everything may be crawled; the sitemap is named when there is one (it must be absolute). */
export function robotsTxt(sitemapUrl: string | null): string {
  return [
    'User-agent: *',
    'Allow: /',
    ...(sitemapUrl ? ['', `Sitemap: ${sitemapUrl}`] : []),
    '',
  ].join('\n');
}
