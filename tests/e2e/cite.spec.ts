import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { test, axeViolations, NOT_PRERENDERED, SEED_ID } from './support';

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

const APA =
  'Kumar, S., & Anderson, K. C. (2005). Drug insight: Thalidomide as a treatment for multiple myeloma. Nature Clinical Practice Oncology, (5), 262–270.';

async function openPanel(page: Page) {
  await page.getByRole('button', { name: 'Cite this' }).click();
  const panel = page.getByRole('region', { name: 'Cite this' });
  await expect(panel.getByTestId('citation')).toBeVisible();
  return panel;
}

test('the panel shows, switches, copies with italics, and says what the record lacks', async ({
  page,
}) => {
  await page.goto(`/records/${SEED_ID}`);
  const panel = await openPanel(page);
  await expect(panel.getByTestId('citation')).toHaveText(APA);
  await expect(panel.getByTestId('citation').locator('i')).toHaveText([
    'Nature Clinical Practice Oncology',
  ]);
  await expect(panel).toContainText('In-text: (Kumar & Anderson, 2005)');
  await expect(panel).toContainText('No volume or DOI recorded; the citation omits them.');
  await expect(page).toHaveURL(/cite=apa/);

  await panel.getByRole('button', { name: 'Copy' }).click();
  await expect(panel.getByRole('status')).toHaveText('APA citation copied to the clipboard.');
  const copied = await page.evaluate(async () => {
    const items = await navigator.clipboard.read();
    const item = items[0];
    if (!item) return { html: '', text: '' };
    const html = await (await item.getType('text/html')).text();
    const text = await (await item.getType('text/plain')).text();
    return { html, text };
  });
  expect(copied.text).toBe(APA);
  expect(copied.html).toContain('<i>Nature Clinical Practice Oncology</i>');

  await panel.getByLabel('Format').selectOption('vancouver');
  await expect(panel.getByTestId('citation')).toHaveText(
    '1. Kumar S, Anderson KC. Drug insight: Thalidomide as a treatment for multiple myeloma. Nature Clinical Practice Oncology. 2005 May 1;(5):262–70.',
  );
  await expect(page).toHaveURL(/cite=vancouver/);
  expect(await axeViolations(page)).toEqual([]);
});

const downloads: [string, string, RegExp][] = [
  [
    'bibtex',
    'kumar-2005-drug-insight.bib',
    /^@article\{kumar2005drug,\n {2}title = \{Drug insight: \{Thalidomide\} as a treatment for multiple myeloma\},/,
  ],
  [
    'ris',
    'kumar-2005-drug-insight.ris',
    /^TY {2}- JOUR\r\nTI {2}- Drug insight: Thalidomide as a treatment for multiple myeloma\r\n/,
  ],
  [
    'csl-json',
    'kumar-2005-drug-insight.json',
    /^\[\n {2}\{\n {4}"id": "drug-insight-thalidomide-multiple-myeloma"/,
  ],
  ['mla', 'kumar-2005-drug-insight.txt', /^Kumar, Shaji, and Kenneth C\. Anderson\. “Drug Insight/],
];

test('each format downloads as a file reference managers accept', async ({ page }) => {
  await page.goto(`/records/${SEED_ID}`);
  const panel = await openPanel(page);
  for (const [style, name, content] of downloads) {
    await panel.getByLabel('Format').selectOption(style);
    await expect(panel.getByRole('button', { name: /^Download \./ })).toBeEnabled();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: /^Download \./ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(name);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text).toMatch(content);
  }
});

test('?cite= opens the panel on that style; the chosen style and the list survive a reload', async ({
  page,
}) => {
  await page.goto(`/records/${SEED_ID}?cite=ieee`);
  const panel = page.getByRole('region', { name: 'Cite this' });
  await expect(panel.getByLabel('Format')).toHaveValue('ieee');
  await expect(panel.getByTestId('citation')).toHaveText(
    '[1] S. Kumar and K. C. Anderson, “Drug insight: Thalidomide as a treatment for multiple myeloma,” Nature Clinical Practice Oncology, no. 5, pp. 262–270, May 2005.',
  );
  await panel.getByLabel('Format').selectOption('vancouver');
  await expect(page).toHaveURL(/cite=vancouver/);
  await panel.getByRole('button', { name: 'Add to my list' }).click();
  await expect(panel.getByRole('heading', { name: 'My list (1)' })).toBeVisible();
  await page.goto(`/records/${SEED_ID}`);
  await page.getByRole('button', { name: 'Cite this' }).click();
  const again = page.getByRole('region', { name: 'Cite this' });
  await expect(again.getByLabel('Format')).toHaveValue('vancouver');
  await expect(again.getByRole('heading', { name: 'My list (1)' })).toBeVisible();
  const exportButton = again.getByRole('button', { name: 'Download my list as Vancouver' });
  const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
  // The button is not disabled while it works, so the keyboard focus stays on it.
  await expect(exportButton).toBeFocused();
  expect(download.suggestedFilename()).toBe('kumar-2005-drug-insight.txt');
  await again.getByRole('button', { name: /^Remove “Drug insight/ }).click();
  await expect(again.getByText('Your list is empty')).toBeVisible();
});

test('the open panel has no axe violations in the dark scheme, with a list', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`/records/${SEED_ID}?cite=bibtex`);
  const panel = page.getByRole('region', { name: 'Cite this' });
  await expect(panel.getByLabel('BibTeX source')).toContainText('@article{kumar2005drug,');
  await panel.getByRole('button', { name: 'Add to my list' }).click();
  await expect(panel.getByRole('heading', { name: 'My list (1)' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('screenshots of the open panel at 390 and 1280 px', async ({ page }, testInfo) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/records/${SEED_ID}?cite=apa`);
    await expect(page.getByTestId('citation')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`cite-${width}.png`), fullPage: false });
  }
});

/** Paths the page has requested, from the moment it starts loading. */
function requests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => seen.push(new URL(request.url()).pathname));
  return seen;
}

const ENGINE = /\/assets\/render(\.worker)?-[^/]+\.js$/;

test('a reader who never cites downloads none of the engine; a built record never needs it', async ({
  page,
}) => {
  const fetched = requests(page);
  // The page's preparation ends with the build's citations: once they are in and the network
  // is quiet, the page has fetched all it will before the reader asks.
  const prepared = page.waitForResponse(`**/records/${SEED_ID}/citations.json`);
  await page.goto(`/records/${SEED_ID}`);
  await prepared;
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((path) => ENGINE.test(path))).toEqual([]);
  // Ready before the reader asks: the panel's small chunk and the build's citations.
  expect(fetched).toContain(`/records/${SEED_ID}/citations.json`);
  expect(fetched.some((path) => path.includes('CitePanelBody'))).toBe(true);

  const panel = await openPanel(page);
  await expect(panel.getByTestId('citation')).toHaveText(APA);
  await panel.getByLabel('Format').selectOption('bibtex');
  await expect(panel.getByLabel('BibTeX source')).toContainText('@article{kumar2005drug,');
  expect(fetched.filter((path) => ENGINE.test(path))).toEqual([]);
});

test('a record added without a rebuild is cited by the engine, loaded on intent', async ({
  page,
  expectedErrors,
}) => {
  expectedErrors.push(NOT_PRERENDERED);
  const fetched = requests(page);
  await page.route('**/records/added.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        id: 'added',
        title: 'Added later',
        authors: [{ family: 'Later', given: 'Ada' }],
        published: '2024',
      }),
    }),
  );
  await page.goto('/records/added');
  await expect(page.getByRole('heading', { level: 1, name: 'Added later' })).toBeVisible();
  const panel = await openPanel(page);
  await expect(panel.getByTestId('citation')).toHaveText('Later, A. (2024). Added later.');
  expect(fetched.some((path) => ENGINE.test(path))).toBe(true);
});
