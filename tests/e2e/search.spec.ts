import { expect } from '@playwright/test';
import { test, appIsLive, axeViolations, axeViolationsInBothSchemes, SEED_ID } from './support';

const TITLE = 'Drug insight: Thalidomide as a treatment for multiple myeloma';

test('searching the built index finds the record, marks the words, and keeps the request in the address', async ({
  page,
}) => {
  await page.goto('/');
  const results = page.getByRole('list', { name: 'Results' });
  await expect(results.getByRole('link', { name: TITLE })).toBeVisible();
  await page.getByRole('searchbox', { name: /search titles, authors/i }).fill('stroma');
  await expect(page.getByRole('status')).toHaveText('1 record matches “stroma”');
  await expect(page).toHaveURL('/?q=stroma');
  // The excerpt comes from the abstract, not from the keywords the result shows anyway.
  await expect(results.locator('mark').first()).toHaveText('stromal');
  await expect(results.getByRole('listitem').first()).toContainText(
    /… .*bone marrow stromal cells.* …/,
  );

  // The facets count what the search found; choosing one narrows it and goes in the address.
  const type = page.getByRole('group', { name: 'Output type' });
  await type.getByRole('checkbox', { name: 'Review article (1)' }).check();
  await expect(page).toHaveURL('/?q=stroma&type=Review+article');
  await expect(page.getByRole('status')).toHaveText('1 record matches “stroma” with 1 filter');

  // The address alone brings the same page back.
  await page.reload();
  await expect(page.getByRole('searchbox')).toHaveValue('stroma');
  await expect(page.getByRole('status')).toHaveText('1 record matches “stroma” with 1 filter');
  await expect(page.getByRole('checkbox', { name: 'Review article (1)' })).toBeChecked();

  await results.getByRole('link', { name: TITLE }).click();
  await expect(page).toHaveURL(
    `/records/${SEED_ID}?from=${encodeURIComponent('/?q=stroma&type=Review+article')}`,
  );
  await page.goBack();
  await expect(page.getByRole('searchbox')).toHaveValue('stroma');
  // The record opened from the results leads back to exactly them.
  await results.getByRole('link', { name: TITLE }).click();
  await page.getByRole('link', { name: '← Back to the results for “stroma”' }).click();
  await expect(page).toHaveURL('/?q=stroma&type=Review+article');
  await expect(page.getByRole('status')).toHaveText('1 record matches “stroma” with 1 filter');
});

test('author, journal and abstract words find it too, in either spelling; other words say nothing matches', async ({
  page,
}) => {
  await page.goto('/');
  const box = page.getByRole('searchbox');
  // The record spells "tumor": the British spelling finds it too, as highlighting would.
  for (const words of ['Anderson', 'Clinical Practice', 'malignancy bone marrow', 'tumour']) {
    await box.fill(words);
    await expect(page.getByRole('status')).toHaveText(`1 record matches “${words}”`);
  }
  // A word from the abstract's first sentence: its excerpt starts with the text, not a heading.
  await box.fill('myeloma');
  const result = page.getByRole('list', { name: 'Results' }).getByRole('listitem');
  await expect(result).toContainText(/Oncology.*Review article\s*Multiple myeloma \(MM\)/);
  // The title's words are marked as the excerpt's are.
  await expect(result.getByRole('heading').locator('mark')).toHaveText('myeloma');
  await box.fill('zebrafish');
  await expect(page.getByRole('status')).toHaveText('No records match “zebrafish”.');
  await expect(page.getByText(/try other or fewer words/i)).toBeVisible();
  // A misspelt word: the build's own words offer the spelling that finds the record.
  await box.fill('multple myleoma');
  await expect(page.getByRole('status')).toHaveText('No records match “multple myleoma”.');
  await page.getByRole('link', { name: '“multiple myeloma”' }).click();
  await expect(page).toHaveURL('/?q=multiple+myeloma');
  await expect(page.getByRole('status')).toHaveText('1 record matches “multiple myeloma”');
  await expect(box).toHaveValue('multiple myeloma');
});

test('the search page has no axe violations in either scheme, and screenshots', async ({
  page,
}, testInfo) => {
  await page.goto('/?q=myeloma');
  await expect(page.getByRole('status')).toHaveText('1 record matches “myeloma”');
  await expect(page.getByRole('complementary', { name: 'Filter the records' })).toHaveAttribute(
    'aria-busy',
    'false',
  );
  expect(await axeViolationsInBothSchemes(page)).toEqual([]);
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/?q=myeloma');
    await expect(page.getByRole('status')).toHaveText('1 record matches “myeloma”');
    await expect(page.getByRole('group', { name: 'Year' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`search-${width}.png`), fullPage: true });
  }
});

test.describe('records in many scripts', () => {
  test.use({ baseURL: 'http://127.0.0.1:4177' });
  test('a name is found without its accents, and with them', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('searchbox');
    for (const words of ['nguyen', 'Nguyễn', 'erdos', 'ERDŐS']) {
      await box.fill(words);
      await expect(page.getByRole('status')).toHaveText(`1 record matches “${words}”`);
    }
  });
});

test.describe('served from a sub-path', () => {
  test.use({ baseURL: 'http://127.0.0.1:4175' });
  test('the index and the result links stay under /lectern/', async ({ page }) => {
    await page.goto('/lectern/?q=thalidomide');
    await expect(page.getByRole('status')).toHaveText('1 record matches “thalidomide”');
    const link = page.getByRole('list', { name: 'Results' }).getByRole('link', { name: TITLE });
    await expect(link).toHaveAttribute(
      'href',
      `/lectern/records/${SEED_ID}?from=${encodeURIComponent('/?q=thalidomide')}`,
    );
    await link.click();
    await page.getByRole('link', { name: '← Back to the results for “thalidomide”' }).click();
    await expect(page).toHaveURL('/lectern/?q=thalidomide');
  });
});

test('served HTML links every record through the browse pages, for crawlers', async ({
  request,
}) => {
  const home = await (await request.get('/')).text();
  expect(home).toContain('href="/browse"');
  const years = await (await request.get('/browse')).text();
  expect(years).toContain('href="/browse/2005"');
  const year = await request.get('/browse/2005');
  expect(year.status()).toBe(200);
  expect(await year.text()).toContain(`href="/records/${SEED_ID}?from=%2Fbrowse%2F2005"`);
});

test('the browse pages read and lead to the record in the app', async ({ page }) => {
  await page.goto('/');
  await appIsLive(page);
  await page.getByRole('link', { name: 'Browse by year, person and topic' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Browse' })).toBeFocused();
  await page.getByRole('link', { name: '2005' }).click();
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page).toHaveURL(`/records/${SEED_ID}?from=%2Fbrowse%2F2005`);
  await expect(page.getByRole('link', { name: '← Back to the list' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('words typed before the page is live are searched for once it is', async ({ page }) => {
  let release = () => {};
  const scriptsHeld = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/assets/*.js', async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  // Module scripts hold DOMContentLoaded back, so the page is used as soon as it arrives.
  await page.goto('/', { waitUntil: 'commit' });
  await page.getByRole('searchbox').fill('Anderson');
  release();
  await expect(page.getByRole('status')).toHaveText('1 record matches “Anderson”');
  await expect(page).toHaveURL('/?q=Anderson');
});
