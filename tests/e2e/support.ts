import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test as base, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface PageWatch {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Records console errors, uncaught errors and CSP violations. The listener for violations is added
 * by the test harness (not subject to the page's CSP) before any page script runs.
 */
export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: PageWatch = { consoleErrors: [], pageErrors: [], cspViolations: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.pageErrors.push(error.message));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return watch;
}

/** Fails on any console error (except those a test expects), uncaught error or CSP violation. */
export async function expectCleanRun(page: Page, watch: PageWatch, expected: RegExp[] = []) {
  if (!page.isClosed()) {
    watch.cspViolations.push(...(await page.evaluate(() => window.__cspViolations ?? [])));
  }
  const unexpected = watch.consoleErrors.filter((text) => !expected.some((re) => re.test(text)));
  expect(unexpected, 'console errors').toEqual([]);
  expect(watch.pageErrors, 'uncaught errors').toEqual([]);
  expect(watch.cspViolations, 'CSP violations').toEqual([]);
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

const EVERY_RULE = {
  type: 'tag',
  values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
};
/** The rules a colour scheme can change: contrast, and links told from text without colour. */
const COLOUR_RULES = { type: 'rule', values: ['color-contrast', 'link-in-text-block'] };

/**
 * Runs axe-core (WCAG 2.x A and AA, plus best practices) and returns readable violations; with
 * `colours`, only the rules a colour scheme can change.
 */
export async function axeViolations(page: Page, { colours = false } = {}): Promise<string[]> {
  await page.evaluate(axeSource);
  const runOnly = colours ? COLOUR_RULES : EVERY_RULE;
  const violations = await page.evaluate(async (only) => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: only });
    return result.violations;
  }, runOnly);
  return violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/**
 * axe on the page as it stands, in both colour schemes: every rule in the light scheme, then in
 * the dark one the rules a scheme can change (names, roles and structure are the same markup in
 * both). Each violation says its scheme; the page is left in the light scheme.
 */
export async function axeViolationsInBothSchemes(page: Page): Promise<string[]> {
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await axeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await axeViolations(page, { colours: true });
  await page.emulateMedia({ colorScheme: 'light' });
  return [...light.map((v) => `light: ${v}`), ...dark.map((v) => `dark: ${v}`)];
}

/**
 * Waits until the app has adopted the served page (it marks `lectern:hydrated`, a User Timing
 * mark): a link clicked before then is an ordinary page load, not a move inside the app.
 */
export async function appIsLive(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('lectern:hydrated').length > 0);
}

export const SEED_ID = 'drug-insight-thalidomide-multiple-myeloma';

/**
 * A record that is not in the build (added without a rebuild, or served by `page.route`) is
 * answered with 404.html and status 404, which Chromium logs; the app still shows the record.
 */
export const NOT_PRERENDERED = /Failed to load resource: the server responded with a status of 404/;

/**
 * Playwright's `test`, watching every page: at the end of each test it fails on any console
 * error, uncaught error or CSP violation, except console errors matching a pattern the test
 * pushed onto `expectedErrors` (e.g. `NOT_PRERENDERED`).
 */
export const test = base.extend<{ expectedErrors: RegExp[] }>({
  expectedErrors: [
    async ({ page }, use) => {
      const watch = await watchPage(page);
      const expected: RegExp[] = [];
      await use(expected);
      await expectCleanRun(page, watch, expected);
    },
    { auto: true },
  ],
});

/**
 * The highlight marks of a term as a reader finds them: `<mark>` elements of the page whose title
 * (the tooltip) names the term. Playwright has no "mark" role to ask for.
 */
export function marksOf(page: Page, label: string, { exact = false } = {}) {
  return page.getByRole('main').locator('mark').and(page.getByTitle(label, { exact }));
}
