import { expect, type Page } from '@playwright/test';
import {
  test,
  axeViolations,
  axeViolationsInBothSchemes,
  marksOf,
  NOT_PRERENDERED,
  SEED_ID,
} from './support';

const keywords = (page: Page) => page.getByRole('region', { name: 'Keywords' });

test('clicking keywords marks their passages, in the URL and across a reload', async ({ page }) => {
  await page.goto(`/records/${SEED_ID}`);
  await keywords(page).getByRole('button', { name: 'Stroma' }).click();
  await expect(marksOf(page, 'Stroma')).toHaveText(['stromal']);
  await expect(page).toHaveURL(/\?hl=stroma$/);

  await keywords(page).getByRole('button', { name: 'Multiple myeloma' }).click();
  const myeloma = marksOf(page, 'Multiple myeloma');
  await expect(myeloma).toHaveCount(8);
  const texts = await myeloma.allTextContents();
  expect(texts.filter((t) => t === 'MM')).toHaveLength(6);
  await expect(page).toHaveURL(/\?hl=stroma,multiple\+myeloma$/);

  await page.reload();
  await expect(keywords(page).getByRole('button', { name: 'Multiple myeloma' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(myeloma).toHaveCount(8);
  await expect(page.locator('.passage').first()).toBeVisible();

  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('group', { name: 'Matches' })).toContainText('1 of 9');
  await expect(page.locator('mark:focus')).toHaveText('multiple myeloma');
  await page.keyboard.press('n');
  await expect(page.getByRole('group', { name: 'Matches' })).toContainText('2 of 9');

  await page.goBack();
  await expect(page).toHaveURL(/\?hl=stroma$/);
  await expect(myeloma).toHaveCount(0);
});

test('a reader’s HTML term is matched as text and never becomes markup', async ({
  page,
  expectedErrors,
}) => {
  expectedErrors.push(NOT_PRERENDERED);
  await page.route('**/records/markup.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        id: 'markup',
        title: 'Use of the <mark> element',
        authors: [],
        keywords: ['<mark>', '<img src=x onerror=alert(1)>'],
        abstract: 'The <mark> element and <img src=x onerror=alert(1)> stay text.',
      }),
    }),
  );
  await page.goto('/records/markup');
  await keywords(page).getByRole('button', { name: '<mark>' }).click();
  await expect(marksOf(page, '<mark>', { exact: true })).toHaveText(['<mark>', '<mark>']);
  await keywords(page).getByRole('button', { name: '<img src=x onerror=alert(1)>' }).click();
  await expect(page.locator('main img')).toHaveCount(0);
});

test('three active terms have no axe violations in either scheme', async ({ page }) => {
  await page.goto(`/records/${SEED_ID}?hl=thalidomide,multiple+myeloma,stroma,bone+marrow`);
  await expect(page.locator('mark')).not.toHaveCount(0);
  await page.getByRole('button', { name: 'Next' }).click();
  expect(await axeViolationsInBothSchemes(page)).toEqual([]);
});

test('screenshots with highlights at 390 and 1280 px', async ({ page }, testInfo) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/records/${SEED_ID}?hl=thalidomide,multiple+myeloma,stroma`);
    await expect(page.locator('mark').first()).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`highlight-${width}.png`), fullPage: true });
  }
});

test('a long text is painted with the Custom Highlight API: every match, the current one focused', async ({
  page,
  expectedErrors,
}, testInfo) => {
  expectedErrors.push(NOT_PRERENDERED);
  const seed = (await (await page.request.get(`/records/${SEED_ID}.json`)).json()) as {
    abstract: string;
    keywords: string[];
  };
  const long = {
    id: 'long-text',
    title: 'A long record about thalidomide',
    authors: [{ given: 'Ada', family: 'Lovelace' }],
    keywords: seed.keywords,
    abstract: Array.from({ length: 120 }, () => seed.abstract).join('\n\n'),
  };
  await page.route('**/records/long-text.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(long) }),
  );
  await page.goto('/records/long-text');
  const toggle = keywords(page).getByRole('button', { name: 'Thalidomide' });
  await expect(toggle).toHaveAccessibleDescription('241 matches');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  // No element is added for the matches: the browser paints ranges over the sentences.
  await expect(page.locator('main mark')).toHaveCount(0);
  await expect
    .poll(() => page.evaluate(() => CSS.highlights.get('lectern-hl-0')?.size ?? 0))
    .toBe(241);

  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('group', { name: 'Matches' })).toContainText('1 of 241');
  await expect(page.locator(':focus')).toHaveText('A long record about thalidomide');
  await page.keyboard.press('n');
  await expect(page.getByRole('group', { name: 'Matches' })).toContainText('2 of 241');
  await expect(page.locator(':focus')).toContainText('thalidomide');
  expect(await page.evaluate(() => CSS.highlights.get('lectern-current')?.size)).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
  // On screen only the paragraphs near the view are laid out and painted; on paper, all of them.
  const visibility = () =>
    page
      .locator('.abstract p')
      .last()
      .evaluate((p) => getComputedStyle(p).contentVisibility);
  expect(await visibility()).toBe('auto');
  await page.emulateMedia({ media: 'print' });
  expect(await visibility()).toBe('visible');
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: testInfo.outputPath('long-text-1280.png') });
});
