import { expect } from '@playwright/test';
import { test, axeViolations, marksOf, SEED_ID } from './support';

test('the fingerprint shows weighted concepts that explain themselves and lead into the text', async ({
  page,
}) => {
  await page.goto(`/records/${SEED_ID}`);
  const section = page.getByRole('region', { name: 'Fingerprint' });
  const items = section.getByRole('listitem');
  await expect(items.first()).toContainText('Multiple myeloma');
  await expect(items.first()).toContainText('100%');
  expect(await items.count()).toBeLessThanOrEqual(8);

  const explanation = section.getByText('title 1×, abstract 2×, author keyword');
  await expect(explanation).toBeHidden();
  await section.getByText(/^Why 62%/).focus();
  await page.keyboard.press('Enter');
  await expect(explanation).toBeVisible();

  await section.getByRole('button', { name: 'Clinical trials' }).click();
  await expect(page).toHaveURL(/\?hl=clinical\+trials$/);
  await expect(marksOf(page, 'Clinical trials', { exact: true })).toHaveCount(4);
  await expect(section.getByRole('button', { name: 'Clinical trials' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(await axeViolations(page)).toEqual([]);

  await section.getByRole('link', { name: /The full fingerprint/ }).click();
  await expect(page).toHaveURL(`/records/${SEED_ID}/fingerprint`);
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toContainText('Multiple myeloma');
  // Eight concepts (a header row first): none the text never uses, no column label.
  await expect(rows).toHaveCount(9);
  await expect(page.getByRole('table')).not.toContainText('Drug insight');
  await expect(page.getByRole('table')).not.toContainText('Immunomodulatory drug');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Thalidomide: show in the text' }).click();
  await expect(page).toHaveURL(`/records/${SEED_ID}?hl=thalidomide`);
  await expect(marksOf(page, 'Thalidomide', { exact: true })).toHaveCount(3);
});

test('the fingerprint is readable in the dark scheme', async ({ page }, testInfo) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/records/${SEED_ID}?hl=thalidomide,multiple+myeloma`);
  await expect(
    page.getByRole('region', { name: 'Fingerprint' }).getByRole('listitem').first(),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('fingerprint-dark-1280.png'), fullPage: true });
});
