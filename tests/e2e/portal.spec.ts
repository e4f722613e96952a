import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { appIsLive, axeViolationsInBothSchemes, SEED_ID, test } from './support';

/** The portal site: the shipped record and those of tests/fixtures/portal (scripts/e2e.mjs). */
const PORTAL = 'http://127.0.0.1:4176';

const fixtures = [
  JSON.parse(readFileSync(`public/records/${SEED_ID}.json`, 'utf8')) as {
    id: string;
    keywords: string[];
  },
  ...readdirSync('tests/fixtures/portal').map(
    (name) =>
      JSON.parse(readFileSync(join('tests/fixtures/portal', name), 'utf8')) as {
        id: string;
        keywords: string[];
      },
  ),
];

test('from the seed to an author, a co-author, another record, and back', async ({ page }) => {
  await page.goto(`${PORTAL}/records/${SEED_ID}`);
  await appIsLive(page);
  await page.getByRole('link', { name: 'Shaji Kumar' }).click();
  const heading = page.getByRole('heading', { level: 1, name: 'Shaji Kumar' });
  await expect(heading).toBeFocused();
  await expect(page).toHaveURL(`${PORTAL}/persons/kumar-shaji`);
  const outputs = page.getByRole('region', { name: /^Research outputs/ });
  await expect(outputs.getByRole('link')).toHaveText([
    'Stromal support of multiple myeloma cells in the bone marrow',
    'Drug insight: Thalidomide as a treatment for multiple myeloma',
  ]);
  await page
    .getByRole('region', { name: 'Co-authors' })
    .getByRole('link', { name: 'Jan Berg' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jan Berg' })).toBeFocused();
  await expect(
    page.getByRole('link', { name: 'https://orcid.org/0000-0002-1825-0097' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Signals from the myeloma niche' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Signals from the myeloma niche' }),
  ).toBeFocused();
  await page.getByRole('link', { name: '← Back to the person’s outputs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jan Berg' })).toBeFocused();
  await expect(page).toHaveURL(`${PORTAL}/persons/0000-0002-1825-0097`);
});

test('the search merges the index’s shards: every match, facets counted across them, newest first', async ({
  page,
}) => {
  const shards = (await (await page.request.get(`${PORTAL}/pagefind/shards.json`)).json()) as {
    shards: string[];
  };
  expect(shards.shards).toHaveLength(3);
  await page.goto(`${PORTAL}/?subject=Oncology`);
  await appIsLive(page);
  const results = page.getByRole('list', { name: 'Results' });
  // Four records in three shards, listed as the home page lists them: newest first.
  await expect(page.getByRole('status')).toHaveText('4 records match the filters');
  await expect(results.getByRole('heading', { level: 2 })).toHaveText([
    'Global guidance on thalidomide for multiple myeloma',
    'Signals from the myeloma niche',
    'Stromal support of multiple myeloma cells in the bone marrow',
    'Drug insight: Thalidomide as a treatment for multiple myeloma',
  ]);
  await page.getByRole('searchbox', { name: /search titles, authors/i }).fill('myeloma');
  await expect(page.getByRole('status')).toHaveText('4 records match “myeloma” with 1 filter');
  await expect(
    page.getByRole('group', { name: 'Output type' }).getByRole('checkbox', {
      name: 'Review article (2)',
    }),
  ).toBeVisible();
  await page.goto(`${PORTAL}/?q=drought`);
  await expect(page.getByRole('status')).toHaveText('1 record matches “drought”');
});

test('a topic page lists exactly the records that carry its keyword, newest first', async ({
  page,
}) => {
  const carrying = fixtures.filter((r) =>
    r.keywords.some((k) => k.toLowerCase() === 'multiple myeloma'),
  );
  await page.goto(`${PORTAL}/records/${SEED_ID}`);
  await appIsLive(page);
  await page
    .getByRole('region', { name: 'Keywords' })
    .getByRole('link', { name: 'All records on Multiple myeloma' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Multiple myeloma' })).toBeFocused();
  await expect(
    page.getByText(
      `${carrying.length} records. It is an author keyword of ${carrying.length} records`,
    ),
  ).toBeVisible();
  const records = page
    .getByRole('region', { name: /^Records, newest first/ })
    .getByRole('listitem');
  await expect(records).toHaveCount(carrying.length);
  await expect(records.getByRole('link')).toHaveText([
    'Global guidance on thalidomide for multiple myeloma',
    'Signals from the myeloma niche',
    'Stromal support of multiple myeloma cells in the bone marrow',
    'Drug insight: Thalidomide as a treatment for multiple myeloma',
  ]);
  await expect(
    page.getByRole('region', { name: 'Related topics' }).getByRole('link', { name: 'Stroma' }),
  ).toBeVisible();
});

test('people are joined only by an ORCID iD or the whole name', async ({ page }) => {
  // S. Kumar and Rahul Kumar are not Shaji Kumar; one ORCID iD spelled two ways is one person.
  await page.goto(`${PORTAL}/browse/people/k`);
  await expect(page.getByRole('list').getByRole('link')).toHaveText([
    'Kumar, Rahul',
    'Kumar, S.',
    'Kumar, Shaji',
  ]);
  await page.goto(`${PORTAL}/persons/kumar-shaji`);
  await expect(
    page.getByRole('region', { name: 'Other people with a similar name' }).getByRole('link'),
  ).toHaveText(['S. Kumar']);
  await page.goto(`${PORTAL}/persons/0000-0002-1825-0097`);
  await expect(page.getByRole('region', { name: /^Research outputs \(2\)/ })).toBeVisible();
  await page.goto(`${PORTAL}/organisations/world-health-organization`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'World Health Organization' }),
  ).toBeVisible();
});

test('related records are shown with their reasons, never the record itself', async ({ page }) => {
  await page.goto(`${PORTAL}/records/${SEED_ID}`);
  const related = page.getByRole('region', { name: 'Related records' });
  const items = related.getByRole('listitem');
  await expect(items.first()).toBeVisible();
  expect(await items.count()).toBeLessThanOrEqual(5);
  await expect(related.getByRole('link', { name: /Drug insight/ })).toHaveCount(0);
  await expect(related).toContainText('shares Multiple myeloma');
  await expect(related.getByRole('link', { name: 'Crop yields in dry summers' })).toHaveCount(0);
});

test('the citation line sits under the title, in the order PubMed readers expect', async ({
  page,
}) => {
  await page.goto(`${PORTAL}/records/stromal-support-myeloma`);
  await expect(page.locator('.citation-line')).toHaveText(
    'Journal of Myeloma Studies. 2007 Mar;4(2):101–112.',
  );
});

for (const width of [390, 1280]) {
  test(`person, topic and A–Z pages have no axe violations at ${width} px in either scheme`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of [
      '/topics/multiple-myeloma',
      '/browse',
      '/browse/people/k',
      '/persons/kumar-shaji',
    ]) {
      await page.goto(`${PORTAL}${path}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await axeViolationsInBothSchemes(page), path).toEqual([]);
    }
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({
        path: testInfo.outputPath(`person-${width}-${scheme}.png`),
        fullPage: true,
      });
    }
  });
}

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the portal reads whole and its links lead on', async ({ page }) => {
    await page.goto(`${PORTAL}/records/${SEED_ID}`);
    // Keywords and concepts are links to their topics; the toggles are not offered.
    const keywords = page.getByRole('region', { name: 'Keywords' });
    await expect(keywords.getByRole('button')).toHaveCount(0);
    await keywords.getByRole('link', { name: 'All records on Stroma' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Stroma' })).toBeVisible();
    await page
      .getByRole('link', { name: 'Stromal support of multiple myeloma cells in the bone marrow' })
      .click();
    await page.getByRole('link', { name: 'Shaji Kumar' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Shaji Kumar' })).toBeVisible();
  });
});

test('every new page is in the sitemap and reachable from the browse path', async ({ request }) => {
  // The portal site has no origin (no sitemap); its browse page links every A–Z list.
  const browse = await (await request.get(`${PORTAL}/browse`)).text();
  expect(browse).toContain('href="/browse/people/k"');
  expect(browse).toContain('href="/browse/topics/m"');
  const letter = await (await request.get(`${PORTAL}/browse/topics/m`)).text();
  expect(letter).toContain('href="/topics/multiple-myeloma"');
  // The sub-path site has an origin: its sitemap lists the person and topic pages.
  const sitemap = await (await request.get('http://127.0.0.1:4175/lectern/sitemap.xml')).text();
  expect(sitemap).toContain('http://127.0.0.1:4175/lectern/persons/kumar-shaji');
  expect(sitemap).toContain('http://127.0.0.1:4175/lectern/topics/multiple-myeloma');
});
