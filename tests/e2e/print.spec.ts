import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { SEED_ID, test } from './support';

const PORTAL = 'http://127.0.0.1:4176';
const seed = JSON.parse(readFileSync(`public/records/${SEED_ID}.json`, 'utf8')) as {
  title: string;
  keywords: string[];
};

// Without mutool the print tests say how to get it and are skipped, except in CI, where they fail.
const mutool = spawnSync('mutool', ['-v']).error === undefined;
test.skip(
  !mutool && process.env.CI !== 'true',
  'mutool is missing: apt-get install mupdf-tools to run the print tests',
);

/**
 * The text of a printed page, as MuPDF reads it from Chromium's PDF (`mutool`, Debian's
 * mupdf-tools, which .ci/run installs): one string per sheet, lines joined by spaces.
 */
function sheets(pdf: string): string[] {
  const text = execFileSync('mutool', ['draw', '-q', '-F', 'txt', pdf], { encoding: 'utf8' });
  return text
    .split('\f')
    .map((sheet) => sheet.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

test('a record prints whole: keywords, the named fingerprint, the open citation, where and when', async ({
  page,
}, testInfo) => {
  await page.goto(`/records/${SEED_ID}?hl=stroma`);
  await page.getByRole('button', { name: 'Cite this' }).click();
  await expect(page.getByTestId('citation')).toContainText('Kumar, S., & Anderson, K. C. (2005).');
  const pdf = testInfo.outputPath('record.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const text = sheets(pdf).join(' ');
  expect(text).toContain('Drug insight: Thalidomide as a treatment for multiple myeloma');
  expect(text).toMatch(new RegExp(`KEYWORDS ${seed.keywords.join(' ')}`));
  for (const concept of ['Multiple myeloma 100%', 'Thalidomide 62%', 'Stroma 31%']) {
    expect(text).toContain(concept);
  }
  expect(text).toContain(
    'CITE THIS Kumar, S., & Anderson, K. C. (2005). Drug insight: Thalidomide as a treatment for multiple myeloma.',
  );
  // The open one, not the page's APA one as well.
  expect(text).not.toContain('CITE THIS (APA)');
  // The controls around it are not printed.
  expect(text).not.toMatch(/Copy|Download|Format/);
  const address = page.url();
  expect(text).toMatch(
    new RegExp(
      `Printed from ${address.replace(/[.?*+^$()[\]{}|\\]/g, '\\$&')} on \\d{1,2} \\w+ \\d{4}\\.`,
    ),
  );
  // On screen the note is not there.
  await expect(page.getByText(/^Printed from/)).toBeHidden();
});

test('with "Cite this" closed, the record prints its APA citation', async ({ page }, testInfo) => {
  await page.goto(`/records/${SEED_ID}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Not on screen.
  await expect(page.getByRole('heading', { name: 'Cite this (APA)' })).toBeHidden();
  const pdf = testInfo.outputPath('record-apa.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  expect(sheets(pdf).join(' ')).toContain(
    'CITE THIS (APA) Kumar, S., & Anderson, K. C. (2005). Drug insight: Thalidomide as a treatment for multiple myeloma. Nature Clinical Practice Oncology, (5), 262–270.',
  );
});

test('the home page prints its results from the first sheet, without the search controls', async ({
  page,
}, testInfo) => {
  await page.goto(`${PORTAL}/`);
  const results = page.getByRole('list', { name: 'Results' }).getByRole('listitem');
  await expect(results.first()).toBeVisible();
  const titles = await results.getByRole('heading').allTextContents();
  const pdf = testInfo.outputPath('home.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const [first = '', ...rest] = sheets(pdf);
  expect(first).toContain('Research outputs');
  expect(first).toContain(titles[0]);
  const all = [first, ...rest].join(' ');
  for (const title of titles) expect(all).toContain(title);
  expect(all).not.toMatch(/Search titles, authors|Output type|Next page/);
});
