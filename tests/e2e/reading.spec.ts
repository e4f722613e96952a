import { expect, type Page } from '@playwright/test';
import {
  test,
  appIsLive,
  axeViolations,
  axeViolationsInBothSchemes,
  NOT_PRERENDERED,
  SEED_ID,
} from './support';

const FAILED_RESOURCE = /Failed to load resource/;

async function expectSeedArticle(page: Page) {
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Drug insight: Thalidomide as a treatment for multiple myeloma',
    }),
  ).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByText('Contribution to journal')).toBeVisible();
  await expect(main.getByText('Review article')).toBeVisible();
  await expect(main.getByText('Shaji Kumar and Kenneth C. Anderson')).toBeVisible();
  await expect(main.getByText('35 Scopus citations')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Abstract' })).toBeVisible();
  await expect(
    main.getByText(/^Multiple myeloma \(MM\) - a malignancy of the bone marrow/),
  ).toBeVisible();
  for (const keyword of [
    'Immunomodulatory drug',
    'Multiple myeloma',
    'Stroma',
    'Thalidomide',
    'Tumor microenvironment',
  ]) {
    await expect(
      page
        .getByRole('region', { name: 'Keywords' })
        .getByRole('button', { name: keyword, exact: true }),
    ).toBeVisible();
  }
  const details = page.getByRole('region', { name: 'Details' });
  const rows: [string, string][] = [
    ['Original language', 'English (US)'],
    ['Pages', '262–270'],
    ['Number of pages', '9'],
    ['Journal', 'Nature Clinical Practice Oncology'],
    ['Issue', '5'],
    ['Status', 'Published – 1 May 2005'],
  ];
  for (const [term, value] of rows) {
    const dt = page.locator('dt').getByText(term, { exact: true });
    const row = details.locator('div', { has: dt });
    await expect(row.locator('dd')).toHaveText(value);
  }
  await expect(details.getByText('Volume')).toHaveCount(0);
  await expect(details.getByText('DOI')).toHaveCount(0);
  await expect(
    page.getByRole('region', { name: 'Subject areas' }).getByText('Oncology'),
  ).toBeVisible();
}

test('the home page lists the seed record and leads to its reading page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Research outputs' })).toBeVisible();
  const item = page.getByRole('listitem').filter({ hasText: 'Drug insight' });
  await expect(item).toContainText('Shaji Kumar and Kenneth C. Anderson');
  await expect(item).toContainText('Nature Clinical Practice Oncology, 2005');
  await appIsLive(page);
  await item.getByRole('link', { name: /Drug insight/ }).click();
  await expect(page).toHaveURL(`/records/${SEED_ID}`);
  await expectSeedArticle(page);
});

test('a deep link survives a reload, and the head carries the record for machines', async ({
  page,
}) => {
  await page.goto(`/records/${SEED_ID}`);
  await expectSeedArticle(page);
  await page.reload();
  await expectSeedArticle(page);

  await expect(page).toHaveTitle(
    'Drug insight: Thalidomide as a treatment for multiple myeloma – Lectern',
  );
  const meta = (name: string) =>
    page
      .locator(`head meta[name="${name}"]`)
      .evaluateAll((els) => els.map((el) => el.getAttribute('content')));
  expect(await meta('citation_title')).toEqual([
    'Drug insight: Thalidomide as a treatment for multiple myeloma',
  ]);
  expect(await meta('citation_author')).toEqual(['Kumar, Shaji', 'Anderson, Kenneth C.']);
  expect(await meta('citation_publication_date')).toEqual(['2005/05/01']);
  expect(await meta('citation_journal_title')).toEqual(['Nature Clinical Practice Oncology']);
  expect(await meta('citation_issue')).toEqual(['5']);
  expect(await meta('citation_firstpage')).toEqual(['262']);
  expect(await meta('citation_lastpage')).toEqual(['270']);
  expect(await meta('citation_language')).toEqual(['en-US']);
  expect(await meta('citation_abstract')).toEqual([
    expect.stringMatching(/^Multiple myeloma \(MM\).*patients with MM\.$/),
  ]);
  expect(await meta('citation_keywords')).toHaveLength(5);
  expect(await meta('citation_volume')).toEqual([]);
  expect(await meta('citation_doi')).toEqual([]);
  const description = await meta('description');
  expect(description).toHaveLength(1);
  expect(description[0]).toMatch(/^Multiple myeloma \(MM\)/);
  await expect(page.locator('head meta[property="og:title"]')).toHaveAttribute(
    'content',
    'Drug insight: Thalidomide as a treatment for multiple myeloma',
  );
});

test('the built page carries a strict Content-Security-Policy', async ({ page }) => {
  await page.goto('/');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
});

test.describe('in Los Angeles', () => {
  test.use({ timezoneId: 'America/Los_Angeles' });
  test('the publication date is still 1 May 2005', async ({ page }) => {
    await page.goto(`/records/${SEED_ID}`);
    await expect(page.getByText('Published – 1 May 2005')).toBeVisible();
    await expect(page.getByText(/30 April/)).toHaveCount(0);
  });
});

test('an unknown address shows the not-found page with a way home', async ({
  page,
  expectedErrors,
}) => {
  expectedErrors.push(FAILED_RESOURCE);
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Go to the list of records' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Research outputs' })).toBeVisible();
});

test('an unknown record id says so', async ({ page, expectedErrors }) => {
  expectedErrors.push(FAILED_RESOURCE);
  await page.goto('/records/no-such-record');
  await expect(page.getByRole('heading', { level: 1, name: 'Record not found' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText('No record with id “no-such-record”.');
  expect(await axeViolations(page)).toEqual([]);
});

test('a record with a broken field is shown, naming the field left out', async ({
  page,
  expectedErrors,
}) => {
  expectedErrors.push(NOT_PRERENDERED);
  await page.route('**/records/broken.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ id: 'broken', title: 'T', authors: [{ given: 'A', family: 42 }] }),
    }),
  );
  // The reader is told in plain words; what the validator said goes to the console.
  const operatorNotes: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') operatorNotes.push(message.text());
  });
  await page.goto('/records/broken');
  await expect(page.getByRole('heading', { level: 1, name: 'T' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Not everything in this record could be shown' }),
  ).toContainText('Author 1 could not be read, so it is not shown.');
  expect(operatorNotes).toContain(
    'records/broken.json: authors[0].family: expected a string, got 42',
  );
  expect(await axeViolations(page)).toEqual([]);
});

test('a network failure offers a retry that works', async ({ page, expectedErrors }) => {
  expectedErrors.push(FAILED_RESOURCE);
  // Offline until the reader has seen the failure, however often the app tries meanwhile.
  let offline = true;
  await page.route(`**/records/${SEED_ID}.json`, async (route) => {
    if (offline) await route.abort('internetdisconnected');
    else await route.continue();
  });
  // The prerendered page needs no fetch; going there from the home page, in the app, does.
  await page.goto('/');
  await appIsLive(page);
  await page.getByRole('link', { name: /Drug insight/ }).click();
  await expect(page.getByRole('heading', { name: 'The record could not be loaded' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByRole('alert')).toContainText('Could not reach the server');
  offline = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expectSeedArticle(page);
});

const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

test('HTML and script in every field are shown as text and never run', async ({
  page,
  expectedErrors,
}) => {
  expectedErrors.push(NOT_PRERENDERED);
  await page.route('**/records/payload.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        id: 'payload',
        title: `Title ${PAYLOAD}`,
        authors: [{ given: PAYLOAD, family: 'Family' }, { literal: `Org ${PAYLOAD}` }],
        type: `Type ${PAYLOAD}`,
        journal: { title: `Journal ${PAYLOAD}`, volume: PAYLOAD, issue: PAYLOAD, issn: PAYLOAD },
        pages: { first: PAYLOAD, last: '9' },
        published: '2020',
        status: PAYLOAD,
        language: PAYLOAD,
        doi: '10.1000/"><script>window.__pwned=3</script>',
        keywords: [PAYLOAD, '<mark>'],
        subjectAreas: [PAYLOAD],
        abstract: `Abstract ${PAYLOAD}`,
      }),
    }),
  );
  await page.goto('/records/payload');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Title ${PAYLOAD}`);
  await expect(page.getByText(`Abstract ${PAYLOAD}`)).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Details' }).getByText(`Journal ${PAYLOAD}`),
  ).toBeVisible();
  await expect(page.locator('.citation-line cite')).toHaveText(`Journal ${PAYLOAD}`);
  await expect(page.locator('main img, main script')).toHaveCount(0);
  const doi = page
    .getByRole('region', { name: 'Details' })
    .getByRole('link', { name: /^10\.1000\// });
  await expect(doi).toHaveAttribute('href', /^https:\/\/doi\.org\/10\.1000\/%22%3E%3Cscript%3E/);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('the list and reading pages have no axe violations in either scheme', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await axeViolationsInBothSchemes(page)).toEqual([]);
  await page.goto(`/records/${SEED_ID}`);
  await expectSeedArticle(page);
  expect(await axeViolationsInBothSchemes(page)).toEqual([]);
});

test('nothing overflows sideways at 320 px, even with an unbroken string', async ({
  page,
  expectedErrors,
}) => {
  expectedErrors.push(NOT_PRERENDERED);
  await page.setViewportSize({ width: 320, height: 800 });
  await page.route('**/records/long.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        id: 'long',
        title: `A${'x'.repeat(300)}`,
        authors: [{ literal: 'y'.repeat(200) }],
        keywords: ['z'.repeat(150)],
        abstract: `w${'w'.repeat(500)}`,
      }),
    }),
  );
  for (const path of [
    '/',
    `/records/${SEED_ID}`,
    `/records/${SEED_ID}/fingerprint`,
    '/records/long',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('screenshots at 390 and 1280 px', async ({ page }, testInfo) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/records/${SEED_ID}`);
    await expectSeedArticle(page);
    await page.screenshot({ path: testInfo.outputPath(`reading-${width}.png`), fullPage: true });
  }
});

test.describe('served from a sub-path', () => {
  test.use({ baseURL: 'http://127.0.0.1:4175' });
  test('links, fetches and deep-link reloads stay under /lectern/', async ({ page }) => {
    await page.goto('/lectern/');
    await page.getByRole('link', { name: /Drug insight/ }).click();
    await expect(page).toHaveURL(`/lectern/records/${SEED_ID}`);
    await expectSeedArticle(page);
    await page.reload();
    await expectSeedArticle(page);
    await page.getByRole('link', { name: 'Lectern', exact: true }).click();
    await expect(page).toHaveURL('/lectern/');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Research outputs' })).toBeVisible();
  });
});
