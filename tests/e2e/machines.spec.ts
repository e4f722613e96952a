import { expect, type Page } from '@playwright/test';
import { expectCleanRun, test, watchPage } from './support';

/**
 * The hard records' site (`dist-hard`, with its origin) as crawlers, FAIR checkers and readers
 * without scripts meet it: Signposting, JSON-LD, names in many scripts, no dead controls.
 */
const SITE = 'http://127.0.0.1:4177';
const SCRIPTS = `${SITE}/records/hard-scripts-and-specials`;
const DOI = '10.1002/(SICI)1097-4636(199706)35:3<313::AID-JBM6>3.0.CO;2-C';

test('a record page signposts its DOI, metadata files, types and linkset, and describes itself in JSON-LD', async ({
  page,
  request,
}) => {
  const watch = await watchPage(page);
  await page.goto(SCRIPTS);
  const links = await page.evaluate(() =>
    [...document.querySelectorAll('head link[rel]')].map((l) => ({
      rel: l.getAttribute('rel'),
      href: l.getAttribute('href'),
      type: l.getAttribute('type'),
    })),
  );
  expect(links).toEqual(
    expect.arrayContaining([
      {
        rel: 'cite-as',
        href: `https://doi.org/${DOI.split('/').map(encodeURIComponent).join('/')}`,
        type: null,
      },
      {
        rel: 'describedby',
        href: `${SCRIPTS}/export.bib`,
        type: 'application/x-bibtex',
      },
      { rel: 'type', href: 'https://schema.org/ScholarlyArticle', type: null },
      { rel: 'linkset', href: `${SCRIPTS}/linkset.json`, type: 'application/linkset+json' },
    ]),
  );
  for (const link of links.filter((l) => l.rel === 'describedby' || l.rel === 'linkset')) {
    expect((await request.get(link.href ?? '')).status(), link.href ?? '').toBe(200);
  }
  const linkset = (await (await request.get(`${SCRIPTS}/linkset.json`)).json()) as {
    linkset: { anchor: string }[];
  };
  expect(linkset.linkset[0]?.anchor).toBe(SCRIPTS);
  const data = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '',
  ) as { '@type': string; author: { name: string }[]; inLanguage: string };
  expect(data['@type']).toBe('ScholarlyArticle');
  expect(data.inLanguage).toBe('en-US');
  expect(data.author.map((a) => a.name)).toContain('李小龙');

  // Moving to another page inside the app takes them away: they describe this record alone.
  await page.getByRole('link', { name: 'Pál Erdős' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pál Erdős' })).toBeVisible();
  await expect(page.locator('link[rel="cite-as"], script[type="application/ld+json"]')).toHaveCount(
    0,
  );
  await expectCleanRun(page, watch);
});

test('names keep to themselves: CJK family first, right-to-left names and an open override isolated', async ({
  page,
}) => {
  await page.goto(SCRIPTS);
  await expect(page.getByRole('link', { name: '李小龙' })).toBeVisible();
  await page.goto(`${SITE}/`);
  const card = page.getByRole('listitem').filter({ hasText: 'العلاج بالثاليدوميد' });
  // Each name is its own isolate, so the override in "Override\u202e" ends with its name.
  await expect(card.locator('bdi')).toHaveText([
    'محمد الأحمد',
    'דוד כהן',
    'Eve Override\u202e',
    'Ministry of Health, Labour and Welfare',
  ]);
  const head = await page.evaluate(() =>
    [...document.querySelectorAll('meta')].map((m) => m.content).join(' '),
  );
  expect(head).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
});

/** Visible controls that need scripts (a `<summary>` opens its details without them). */
async function visibleControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('button, input, select, textarea')]
      .filter((el) => el.getBoundingClientRect().width > 0)
      .map((el) => `${el.tagName.toLowerCase()} ${el.textContent}`.trim()),
  );
}

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('no page offers a control that does nothing, and all 1,000 authors can be read', async ({
    page,
  }) => {
    for (const path of [
      '/',
      '/browse',
      '/browse/2021',
      '/records/hard-thousand-authors',
      '/records/hard-scripts-and-specials',
      '/records/hard-scripts-and-specials/fingerprint',
      '/topics/linguistics',
    ]) {
      await page.goto(`${SITE}${path}`);
      expect(await visibleControls(page), path).toEqual([]);
    }
    await page.goto(`${SITE}/records/hard-thousand-authors`);
    await expect(page.getByText('Author No1000', { exact: true })).toBeVisible();
  });
});
