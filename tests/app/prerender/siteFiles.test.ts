import { describe, expect, it } from 'vitest';
import { parseSiteOrigin, robotsTxt, sitemapXml } from '../../../src/app/prerender/siteFiles';

describe('parseSiteOrigin', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['  ', null],
    ['https://research.example.edu', 'https://research.example.edu'],
    ['https://research.example.edu/', 'https://research.example.edu'],
    ['http://localhost:4173', 'http://localhost:4173'],
  ])('%j is %j', (raw, origin) => {
    expect(parseSiteOrigin(raw)).toBe(origin);
  });

  it.each([
    ['research.example.edu', /absolute URL/],
    ['ftp://example.org', /http or https/],
    ['https://example.org/lectern', /origin only.*LECTERN_BASE/],
    ['https://example.org/?a=1', /origin only/],
  ])('refuses %j', (raw, message) => {
    expect(() => parseSiteOrigin(raw)).toThrow(message);
  });
});

describe('site files', () => {
  it('lists absolute URLs in a sitemap, escaped for XML', () => {
    expect(sitemapXml(['https://e.org/', 'https://e.org/records/a?b=1&c=2'])).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '  <url><loc>https://e.org/</loc></url>',
        '  <url><loc>https://e.org/records/a?b=1&amp;c=2</loc></url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
  });

  it.each([
    [null, 'User-agent: *\nAllow: /\n'],
    [
      'https://e.org/sitemap.xml',
      'User-agent: *\nAllow: /\n\nSitemap: https://e.org/sitemap.xml\n',
    ],
  ])('robots.txt with sitemap %j', (sitemap, text) => {
    expect(robotsTxt(sitemap)).toBe(text);
  });
});
