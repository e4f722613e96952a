import { expect, type Page } from '@playwright/test';
import { test, axeViolationsInBothSchemes, NOT_PRERENDERED, SEED_ID } from './support';

/** Serves a record that is not in the build (so the app fetches it, as for a new record). */
async function serveRecord(
  page: Page,
  expectedErrors: RegExp[],
  record: { id: string } & Record<string, unknown>,
) {
  expectedErrors.push(NOT_PRERENDERED);
  await page.route(`**/records/${record.id}.json`, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(record) }),
  );
}

const partial = {
  id: 'partial',
  title: 'العلاج بالثاليدوميد: a partly broken, partly Arabic record',
  authors: [
    { given: 'أحمد', family: 'علي\u202E' },
    { given: 'Ada', family: 'Lovelace' },
  ],
  doi: 'not a doi',
  published: '2005-02-30',
  language: 'Arabic',
  keywords: ['الثاليدوميد', 7, 'Myeloma'],
  abstract:
    'يستخدم الثاليدوميد في علاج الورم النقوي المتعدد.\u202E An override the data left open.\n\nMyeloma is treated with thalidomide.',
};

for (const width of [390, 1280]) {
  test(`a partial right-to-left record reads whole at ${width} px, in either scheme`, async ({
    page,
    expectedErrors,
  }, testInfo) => {
    await serveRecord(page, expectedErrors, partial);
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/records/partial');
    const title = page.getByRole('heading', { level: 1 });
    await expect(title).toHaveText(partial.title);
    expect(await title.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    // It reads right to left but starts where the page's lines start, not at the far side.
    const indent = await title.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return (
        Math.min(...[...range.getClientRects()].map((r) => r.left)) -
        el.getBoundingClientRect().left
      );
    });
    expect(indent).toBeLessThan(2);
    const notice = page.getByRole('region', {
      name: 'Not everything in this record could be shown',
    });
    await expect(notice.getByRole('listitem')).toHaveText([
      'The publication date (“2005-02-30”) is not a calendar date, so only its year, 2005, is shown.',
      'The DOI could not be read, so it is not shown.',
      'Keyword 2 could not be read, so it is not shown.',
    ]);
    // An override left open in an author's name ends with that name: the next name on the
    // same line still reads left to right ("Ada" before "Lovelace").
    const order = await page.locator('.record-authors').evaluate((line) => {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const x = (word: string) => {
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = n.textContent?.indexOf(word) ?? -1;
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(n, at);
          range.setEnd(n, at + word.length);
          walker.currentNode = line;
          return range.getBoundingClientRect().x;
        }
        return NaN;
      };
      return x('Ada') < x('Lovelace');
    });
    expect(order).toBe(true);
    await expect(page.getByRole('heading', { level: 2, name: 'Fingerprint' })).toBeVisible();
    expect(await axeViolationsInBothSchemes(page)).toEqual([]);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({
        path: testInfo.outputPath(`partial-rtl-${width}-${scheme}.png`),
        fullPage: true,
      });
    }
  });
}

test('on a phone, keywords come before the abstract and "Cite this" is near the top of 1,000 authors', async ({
  page,
  expectedErrors,
}) => {
  await serveRecord(page, expectedErrors, {
    id: 'crowd',
    title: 'A record with a thousand authors',
    authors: Array.from({ length: 1000 }, (_, i) => ({ given: 'Author', family: `No${i + 1}` })),
    keywords: ['Thalidomide'],
    abstract: 'Thalidomide. '.repeat(200),
  });
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/records/crowd');
  const top = async (name: string, level: number) =>
    (await page.getByRole('heading', { level, name }).boundingBox())?.y ?? Infinity;
  expect(await top('Keywords', 2)).toBeLessThan(await top('Abstract', 2));
  const cite = await page.getByRole('button', { name: 'Cite this' }).boundingBox();
  expect(cite?.y).toBeLessThan(800);

  await page.getByRole('button', { name: 'Show all 1,000 authors' }).click();
  await expect(page.getByText('Author No1000', { exact: false })).toBeVisible();
  await expect(page).toHaveURL(/authors=all/);
  await page.getByRole('link', { name: /The full fingerprint/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fingerprint' })).toBeFocused();
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Show fewer authors' })).toBeVisible();
});

test('the keyboard: Escape closes the cite panel and focus follows navigation', async ({
  page,
}) => {
  await page.goto(`/records/${SEED_ID}`);
  const cite = page.getByRole('button', { name: 'Cite this' });
  await cite.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'Cite this' });
  await expect(panel).toBeVisible();
  await expect(page).toHaveURL(/cite=apa/);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(cite).toBeFocused();
  await expect(page).not.toHaveURL(/cite=/);

  await page.getByRole('link', { name: 'Lectern', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Research outputs' })).toBeFocused();
  await page.getByRole('link', { name: /Drug insight/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Drug insight/ })).toBeFocused();
});

for (const width of [320, 390, 1280]) {
  test(`the match bar never covers the match being read and keeps its width (${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 700 });
    await page.goto(`/records/${SEED_ID}`);
    await page
      .getByRole('region', { name: 'Keywords' })
      .getByRole('button', { name: /Multiple myeloma/ })
      .click();
    const bar = page.getByRole('group', { name: 'Matches' });
    await expect(bar).toBeVisible();
    const barBox = async () => {
      const box = await bar.boundingBox();
      if (!box) throw new Error('no match bar');
      return box;
    };
    // The whole bar is on screen, whatever the width.
    const first = await barBox();
    expect(first.x).toBeGreaterThanOrEqual(0);
    expect(first.x + first.width).toBeLessThanOrEqual(width);
    for (const name of ['Previous', 'Next', 'Clear']) {
      const button = await bar.getByRole('button', { name }).boundingBox();
      expect(button && button.x >= 0 && button.x + button.width <= width, name).toBe(true);
    }
    const widths = new Set<number>();
    widths.add(Math.round((await barBox()).width));
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('n');
      const current = page.locator('mark.hl-current').first();
      await expect(current).toBeFocused();
      const mark = await current.boundingBox();
      const { y } = await barBox();
      expect(mark && mark.y + mark.height, `match ${i + 1}`).toBeLessThanOrEqual(y);
      widths.add(Math.round((await barBox()).width));
      const position = await bar.locator('.match-nav__position').boundingBox();
      widths.add(Math.round(position?.width ?? 0) * 10_000);
    }
    // One width for the bar and one for its position text, whatever the count says.
    expect(widths.size).toBe(2);
  });
}
