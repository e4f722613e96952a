import { expect, test as unwatched, type APIRequestContext, type Page } from '@playwright/test';
import { test, appIsLive, axeViolations, marksOf, SEED_ID } from './support';

const TITLE = 'Drug insight: Thalidomide as a treatment for multiple myeloma';
const ABSTRACT_START = 'Multiple myeloma (MM) - a malignancy of the bone marrow';

/** The <head> and the body of served HTML, as a crawler reads them: no script runs. */
async function served(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  const html = await response.text();
  const head = /<head>([\s\S]*)<\/head>/.exec(html)?.[1] ?? '';
  const meta = (name: string) =>
    [...head.matchAll(new RegExp(`<meta (?:name|property)="${name}" content="([^"]*)"`, 'g'))].map(
      (m) => m[1],
    );
  return { response, html, head, meta };
}

unwatched.describe('served HTML, without a browser', () => {
  unwatched('the seed page carries its title, citation tags and text', async ({ request }) => {
    const { response, html, head, meta } = await served(request, `/records/${SEED_ID}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/html');
    expect(head).toContain(`<title>${TITLE} – Lectern</title>`);
    expect(meta('citation_title')).toEqual([TITLE]);
    expect(meta('citation_author')).toEqual(['Kumar, Shaji', 'Anderson, Kenneth C.']);
    expect(meta('citation_publication_date')).toEqual(['2005/05/01']);
    expect(meta('citation_journal_title')).toEqual(['Nature Clinical Practice Oncology']);
    expect(meta('citation_issue')).toEqual(['5']);
    expect(meta('citation_firstpage')).toEqual(['262']);
    expect(meta('citation_lastpage')).toEqual(['270']);
    expect(meta('citation_language')).toEqual(['en-US']);
    expect(meta('citation_keywords')).toEqual([
      'Immunomodulatory drug',
      'Multiple myeloma',
      'Stroma',
      'Thalidomide',
      'Tumor microenvironment',
    ]);
    // Nothing the record does not state.
    for (const absent of ['citation_volume', 'citation_doi', 'citation_issn']) {
      expect(meta(absent), absent).toEqual([]);
    }
    expect(meta('description')[0]).toMatch(/^Multiple myeloma \(MM\)/);
    expect(meta('og:title')).toEqual([TITLE]);
    // This build has no LECTERN_SITE_URL: nothing that needs an absolute URL.
    expect(head).not.toContain('rel="canonical"');
    expect(meta('og:url')).toEqual([]);
    expect(html).toContain(ABSTRACT_START);
    expect(html).toContain('<h1');
    expect(html).toMatch(/<script type="application\/json" id="lectern-state">/);
    // Data blocks (the state, the JSON-LD) are never run; no other inline script is there.
    const inlineScripts = [...html.matchAll(/<script\b[^>]*>/g)]
      .map((m) => m[0])
      .filter((tag) => !/\ssrc=/.test(tag) && !/type="application\/(ld\+)?json"/.test(tag));
    expect(inlineScripts).toEqual([]);
    expect(html).not.toMatch(/\sstyle="/);
  });

  unwatched(
    'unknown records and pages answer 404 with a page that says so',
    async ({ request }) => {
      for (const path of ['/records/no-such-record', '/no/such/page', '/records/no-such.json']) {
        const response = await request.get(path, { headers: { accept: 'text/html' } });
        expect(response.status(), path).toBe(404);
        expect(await response.text(), path).toContain('Page not found');
      }
    },
  );

  unwatched(
    'the home page links every record, and robots.txt allows crawling',
    async ({ request }) => {
      const { html } = await served(request, '/');
      expect(html).toContain(`href="/records/${SEED_ID}"`);
      const robots = await request.get('/robots.txt');
      expect(await robots.text()).toBe('User-agent: *\nAllow: /\n');
      expect((await request.get('/sitemap.xml')).status()).toBe(404);
    },
  );

  unwatched.describe('with a site origin, under a sub-path', () => {
    unwatched.use({ baseURL: 'http://127.0.0.1:4175' });
    unwatched('absolute URLs, a sitemap and its mention in robots.txt', async ({ request }) => {
      const url = `http://127.0.0.1:4175/lectern/records/${SEED_ID}`;
      const { head, meta } = await served(request, `/lectern/records/${SEED_ID}`);
      expect(head).toContain(`<link rel="canonical" href="${url}"/>`);
      expect(meta('og:url')).toEqual([url]);
      expect(meta('citation_abstract_html_url')).toEqual([url]);
      const sitemap = await (await request.get('/lectern/sitemap.xml')).text();
      expect(sitemap).toContain('<loc>http://127.0.0.1:4175/lectern/</loc>');
      expect(sitemap).toContain(`<loc>${url}</loc>`);
      expect(await (await request.get('/lectern/robots.txt')).text()).toContain(
        'Sitemap: http://127.0.0.1:4175/lectern/sitemap.xml',
      );
      expect((await request.get('/lectern/records/no-such-record')).status()).toBe(404);
    });
  });
});

unwatched.describe('with JavaScript disabled', () => {
  unwatched.use({ javaScriptEnabled: false });
  unwatched('a reader can browse to the record and read all of it', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: TITLE }).click();
    await expect(page).toHaveURL(`/records/${SEED_ID}`);
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    const main = page.getByRole('main');
    await expect(main.getByText('Shaji Kumar and Kenneth C. Anderson')).toBeVisible();
    await expect(main.getByText(ABSTRACT_START)).toBeVisible();
    // Without scripts a keyword is not a toggle but the way to its topic.
    await expect(
      page
        .getByRole('region', { name: 'Keywords' })
        .getByRole('link', { name: 'All records on Tumor microenvironment' }),
    ).toContainText('Tumor microenvironment');
    await expect(
      page.getByRole('region', { name: 'Details' }).getByText('Published – 1 May 2005'),
    ).toBeVisible();
    const fingerprint = page.getByRole('region', { name: 'Fingerprint' });
    await expect(fingerprint.getByRole('listitem').first()).toContainText('Multiple myeloma');
    await expect(fingerprint.getByRole('listitem').first()).toContainText('100%');
    // Controls that only work with scripts are not offered.
    await expect(page.getByRole('button', { name: 'Cite this' })).toBeHidden();
    await expect(page.getByRole('searchbox')).toBeHidden();
    await fingerprint.getByRole('link', { name: /The full fingerprint/ }).click();
    await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('Multiple myeloma');
  });
});

/**
 * Notes, from before any page script runs, every node taken out of #root (a fresh render
 * replaces the prerendered markup; hydration adopts it) and any "Loading" text added.
 */
async function watchHydration(page: Page) {
  await page.addInitScript(() => {
    const seen = { removedFromRoot: 0, loading: false, shift: 0 };
    Object.assign(window, { __hydration: seen });
    new MutationObserver((mutations) => {
      for (const m of mutations) {
        if (m.target instanceof Element && m.target.id === 'root') {
          seen.removedFromRoot += m.removedNodes.length;
        }
        for (const node of m.addedNodes) {
          if (node.textContent?.includes('Loading')) seen.loading = true;
        }
      }
    }).observe(document, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        seen.shift += (entry as unknown as { value: number }).value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () =>
    page.evaluate(
      () =>
        (
          window as unknown as {
            __hydration: { removedFromRoot: number; loading: boolean; shift: number };
          }
        ).__hydration,
    );
}

/** Pairs of (name or property, content) that occur more than once in <head>. */
function duplicateHeadTags(page: Page) {
  return page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const el of document.head.querySelectorAll('meta, title, link[rel="canonical"]')) {
      const key =
        el.tagName === 'TITLE'
          ? 'title'
          : `${el.getAttribute('name') ?? el.getAttribute('property') ?? el.getAttribute('rel') ?? el.getAttribute('http-equiv') ?? el.getAttribute('charset') ?? ''}=${el.getAttribute('content') ?? el.getAttribute('href') ?? ''}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    return [...seen].filter(([, n]) => n > 1).map(([k]) => k);
  });
}

test.describe('with JavaScript', () => {
  test('the app hydrates the served page: nothing replaced, flashed, shifted or doubled', async ({
    page,
  }) => {
    const hydration = await watchHydration(page);
    await page.goto(`/records/${SEED_ID}`);
    // Hydrated: a click on a keyword is handled by React.
    const keywords = page.getByRole('region', { name: 'Keywords' });
    await keywords.getByRole('button', { name: 'Thalidomide' }).click();
    await expect(marksOf(page, 'Thalidomide', { exact: true })).toHaveCount(3);
    const seen = await hydration();
    expect(seen.removedFromRoot, 'nodes replaced in #root').toBe(0);
    expect(seen.loading, 'a "Loading" message appeared').toBe(false);
    expect(seen.shift, 'layout shift').toBeLessThan(0.01);
    expect(await duplicateHeadTags(page)).toEqual([]);
    await expect(page.locator('head title')).toHaveCount(1);

    const fingerprint = page.getByRole('region', { name: 'Fingerprint' });
    await fingerprint.getByRole('button', { name: 'Clinical trials' }).click();
    await expect(marksOf(page, 'Clinical trials', { exact: true })).toHaveCount(4);

    await page.getByRole('button', { name: 'Cite this' }).click();
    await expect(page.getByTestId('citation')).toContainText('Kumar, S., & Anderson, K. C. (2005)');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a link with highlights hydrates and then shows them', async ({ page }) => {
    const hydration = await watchHydration(page);
    await page.goto(`/records/${SEED_ID}?hl=stroma`);
    await expect(marksOf(page, 'Stroma')).toHaveText(['stromal']);
    expect((await hydration()).removedFromRoot).toBe(0);
  });

  test('moving between pages in the app leaves one set of head tags', async ({ page }) => {
    await page.goto('/');
    await appIsLive(page);
    await page.getByRole('link', { name: TITLE }).click();
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await page.getByRole('link', { name: /The full fingerprint/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Fingerprint' })).toBeVisible();
    await page.getByRole('link', { name: '← Back to the record' }).click();
    await expect(page.locator('head meta[name="citation_title"]')).toHaveCount(1);
    await expect(page.locator('head title')).toHaveCount(1);
    expect(await duplicateHeadTags(page)).toEqual([]);
    await page.getByRole('link', { name: 'Lectern', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Research outputs' })).toBeVisible();
    await expect(page.locator('head meta[name^="citation_"]')).toHaveCount(0);
    await expect(page).toHaveTitle('Lectern – research outputs');
  });
});
