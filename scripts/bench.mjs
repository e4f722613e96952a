// npm run bench: speed figures, measured in one run on this machine (shared and noisy, so only
// medians and ratios from the same run mean anything). Not a test: it prints, it does not judge,
// except that it marks each goal as met or missed.
//
// 1. Matching, in Node: our matcher against highlight-words-core's findAll and a one-RegExp-per-
//    term baseline, on generated texts of 200, 10,000 and 100,000 words with 5, 50 and 200 terms,
//    plus the one-off time to prepare a text.
// 2. In Chromium, on the built app: click on a keyword to the next paint (median of 20 clicks) on
//    the seed, on the seed with 4x CPU throttling, and on a generated 50,000-word, 60-keyword record.
// 3. First paint of the seed page, prerendered against a client-only build of the same app, under
//    Lighthouse's applied mobile throttling.
// 4. A portal: import of 10,000 generated records from RIS, build of 1,000 and 10,000 records,
//    and on the 10,000-record site the home page's first paint, the bytes of a first query and
//    search latency.
// 5. Concepts: recall of author keywords in the derived fingerprint's top 8 concepts (keywords
//    withheld) on 37 real abstracts, against plain RAKE and TextRank on the same abstracts.
import { spawn, spawnSync } from 'node:child_process';
import { createServer, request as httpRequest } from 'node:http';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';
import { findAll } from 'highlight-words-core';

/**
 * A TypeScript module of the app, through Vite. Vite's runner sets NODE_ENV to "development" as it
 * loads; it is put back, or every build this script spawns would bundle React's development build.
 */
async function load(path) {
  const before = process.env.NODE_ENV;
  const { module } = await runnerImport(path);
  if (before === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = before;
  return module;
}

const match = await load('./src/text/match.ts');

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same texts. */
function random(seed) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seed = JSON.parse(
  readFileSync('public/records/drug-insight-thalidomide-multiple-myeloma.json', 'utf8'),
);
const seedWords = [...new Set(seed.abstract.toLowerCase().match(/\p{L}+/gu))];

/**
 * A vocabulary of 20,000 words (the seed abstract's words, then made-up ones of the same shape)
 * whose frequencies follow Zipf's law, as words in real prose do: a few very common words, a long
 * tail of rare ones. Keywords are content words, so terms are drawn from the whole vocabulary
 * (and include the seed's keywords and two-word phrases), not from its most frequent words.
 */
const syllables = [
  'ca',
  'ro',
  'mi',
  'te',
  'lo',
  'na',
  'vi',
  'sto',
  'pre',
  'gen',
  'ol',
  'ic',
  'ase',
  'tum',
  'cel',
];
const vocabulary = [...seedWords];
const pick = random(7);
while (vocabulary.length < 20_000) {
  let word = '';
  const parts = 2 + Math.floor(pick() * 3);
  for (let i = 0; i < parts; i++) word += syllables[Math.floor(pick() * syllables.length)];
  vocabulary.push(`${word}${vocabulary.length}`);
}
const zipf = (() => {
  const weights = vocabulary.map((_, rank) => 1 / (rank + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  let sum = 0;
  return weights.map((w) => (sum += w / total));
})();
function zipfWord(rand) {
  const u = rand();
  let lo = 0;
  let hi = zipf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (zipf[mid] < u) lo = mid + 1;
    else hi = mid;
  }
  return vocabulary[lo];
}

/** Sentences of 12–30 words, with a capital and a full stop, from the Zipf vocabulary. */
function generateText(count, rand) {
  const out = [];
  let sentence = 0;
  for (let i = 0; i < count; i++) {
    let word = zipfWord(rand);
    if (sentence === 0) word = word[0].toUpperCase() + word.slice(1);
    sentence++;
    if (sentence > 12 && rand() < 0.1) {
      word += '.';
      sentence = 0;
    }
    out.push(word);
  }
  return `${out.join(' ')}.`;
}

function generateTerms(count, rand) {
  const terms = new Set(seed.keywords);
  while (terms.size < count) {
    const word = vocabulary[Math.floor(rand() * vocabulary.length)];
    terms.add(rand() < 0.3 ? `${word} ${zipfWord(rand)}` : word);
  }
  return [...terms].slice(0, count);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function time(fn, runs) {
  fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function matchingBench() {
  console.log('\n## Matching (Node, median ms)\n');
  console.log(
    '| words | terms | prepare | ours | findAll | RegExp per term | findAll ÷ ours | RegExp ÷ ours |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const goals = [];
  for (const words of [200, 10_000, 100_000]) {
    const text = generateText(words, random(words));
    const runs = words >= 100_000 ? 5 : 15;
    const prepare = time(() => match.prepareText([text]), runs);
    for (const termCount of [5, 50, 200]) {
      const terms = generateTerms(termCount, random(termCount));
      const inputs = terms.map((t, i) => ({ id: String(i), text: t }));
      // Stems are computed lazily by the first match on a text, so each run gets a fresh text.
      const fresh = Array.from({ length: runs + 1 }, () => match.prepareText([text]));
      let run = 0;
      const ours = time(() => {
        const found = match.findOccurrences(fresh[run++], inputs);
        match.toRanges(
          [text],
          found,
          inputs.map((t) => t.id),
        );
      }, runs);
      const theirs = time(
        () => findAll({ searchWords: terms, textToHighlight: text, autoEscape: true }),
        runs,
      );
      const regexps = time(() => {
        for (const term of terms) {
          const re = new RegExp(escape(term), 'gi');
          while (re.exec(text)) {
            /* count only */
          }
        }
      }, runs);
      console.log(
        `| ${words} | ${termCount} | ${prepare.toFixed(2)} | ${ours.toFixed(2)} | ${theirs.toFixed(2)} | ${regexps.toFixed(2)} | ${(theirs / ours).toFixed(1)}× | ${(regexps / ours).toFixed(1)}× |`,
      );
      if (words === 100_000 && termCount === 200) {
        goals.push([
          `matching ≥ 10× faster than findAll (100,000 words, 200 terms)`,
          theirs / ours >= 10,
          `${(theirs / ours).toFixed(1)}×`,
        ]);
        goals.push([
          `preparing the text < 30 ms (100,000 words)`,
          prepare < 30,
          `${prepare.toFixed(1)} ms`,
        ]);
      }
    }
  }
  return goals;
}

/** A 50,000-word record with 60 keywords, for the browser figures. */
function largeRecord() {
  const rand = random(50_000);
  const paragraphs = [];
  for (let p = 0; p < 100; p++) paragraphs.push(`${generateText(500, rand)}.`);
  return {
    id: 'bench-large',
    title: 'A generated record of fifty thousand words',
    authors: [{ given: 'Bench', family: 'Mark' }],
    keywords: generateTerms(60, random(60)),
    abstract: paragraphs.join('\n\n'),
  };
}

async function browserBench() {
  const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    console.log(`\n(No Chromium at ${chromium}: browser figures skipped.)`);
    return [];
  }
  const { chromium: playwright } = await import('playwright-core');
  const { chromiumArgs } = await load('./tests/e2e/chromium.ts');
  if (!existsSync('dist/404.html')) spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
  const { base, stop } = await startPreview('dist', 4180);
  const browser = await playwright.launch({ executablePath: chromium, args: chromiumArgs });
  const large = largeRecord();
  const goals = [];
  try {
    console.log(
      '\n## Click on a keyword to the next paint (Chromium, built app, Event Timing, median of 20 clicks)\n',
    );
    console.log(
      'Event Timing reports an interaction from the input to the next paint, rounded to 8 ms, and only from 16 ms up: "≤ 16" is a click it did not report.\n',
    );
    console.log('| case | median ms | floor ms (a bare toggle) | longest task ms |');
    console.log('| --- | ---: | ---: | ---: |');
    const cases = [
      ['seed record', seed.id, 1, 16],
      ['seed record, 4× CPU throttling', seed.id, 4, 50],
      ['50,000 words, 60 keywords', large.id, 1, 50],
      ['50,000 words, 60 keywords, 4× CPU throttling', large.id, 4, 50],
    ];
    const shown = (ms) => (ms <= 16 ? '≤ 16' : ms.toFixed(0));
    for (const [label, id, throttle, goal] of cases) {
      const page = await browser.newPage();
      await page.route('**/records/bench-large.json', (route) =>
        route.fulfill({ contentType: 'application/json', body: JSON.stringify(large) }),
      );
      const cdp = await page.context().newCDPSession(page);
      await page.goto(`${base}/records/${id}`);
      await page.waitForFunction(hydrated);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      await page.evaluate(() => {
        window.__longest = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            window.__longest = Math.max(window.__longest, entry.duration);
        }).observe({ type: 'longtask', buffered: false });
        window.__interactions = new Map();
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (!entry.interactionId) continue;
            const before = window.__interactions.get(entry.interactionId) ?? 0;
            window.__interactions.set(entry.interactionId, Math.max(before, entry.duration));
          }
        }).observe({ type: 'event', durationThreshold: 16, buffered: false });
      });
      // A real (trusted) click, then the duration Event Timing gives its interaction, if any.
      const timedClick = async (locator) => {
        const before = await page.evaluate(() => [...window.__interactions.keys()]);
        await locator.click();
        await page.waitForTimeout(150);
        return page.evaluate((known) => {
          const fresh = [...window.__interactions].filter(([id]) => !known.includes(id));
          return fresh.length === 0 ? 16 : Math.max(...fresh.map(([, d]) => d));
        }, before);
      };
      // The floor on this machine: a button that only flips its own aria-pressed.
      await page.evaluate(() => {
        const probe = document.createElement('button');
        probe.id = 'bench-probe';
        probe.textContent = 'probe';
        probe.setAttribute('aria-pressed', 'false');
        probe.style.cssText = 'position:fixed;top:0;left:0;z-index:99';
        probe.addEventListener('click', () => {
          probe.setAttribute('aria-pressed', String(probe.getAttribute('aria-pressed') !== 'true'));
        });
        document.body.append(probe);
      });
      const floor = [];
      for (let i = 0; i < 20; i++) floor.push(await timedClick(page.locator('#bench-probe')));
      await page.evaluate(() => document.getElementById('bench-probe')?.remove());
      await page.evaluate(() => (window.__longest = 0));
      const samples = [];
      const buttons = page.locator('.highlighter .toggles button');
      const count = Math.min(await buttons.count(), 10);
      for (let i = 0; i < 20; i++) {
        const index = Math.floor(i / 2) % count;
        samples.push(await timedClick(buttons.nth(index)));
      }
      const longest = await page.evaluate(() => window.__longest);
      const value = median(samples);
      console.log(
        `| ${label} | ${shown(value)} | ${shown(median(floor))} | ${longest.toFixed(0)} |`,
      );
      goals.push([`${label}: ≤ ${goal} ms`, value <= goal, `${shown(value)} ms`]);
      goals.push([`${label}: no task over 50 ms`, longest <= 50, `${longest.toFixed(0)} ms`]);
      await page.close();
    }
    goals.push(...(await fingerprintBench(browser, base, large)));
    goals.push(...(await citeBench(browser, base)));
  } finally {
    await browser.close();
    stop();
  }
  return goals;
}

/** Runs in the page: true once React has hydrated (or rendered) the heading. */
function hydrated() {
  const heading = document.querySelector('h1');
  return heading !== null && Object.keys(heading).some((key) => key.startsWith('__reactFiber'));
}

/** Deriving the fingerprint of the 50,000-word record in Chromium (median of 5 page loads). */
async function fingerprintBench(browser, base, large) {
  const samples = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage();
    await page.route('**/records/bench-large.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(large) }),
    );
    await page.goto(`${base}/records/${large.id}`);
    await page.getByRole('region', { name: 'Fingerprint' }).getByRole('listitem').first().waitFor();
    samples.push(
      await page.evaluate(
        () => performance.getEntriesByName('lectern:fingerprint')[0]?.duration ?? NaN,
      ),
    );
    await page.close();
  }
  const value = median(samples);
  console.log(
    '\n## Fingerprint of the 50,000-word, 60-keyword record (Chromium, median of 5 loads)\n',
  );
  console.log(`Derivation in its worker, request to answer: ${value.toFixed(1)} ms`);
  return [[`fingerprint of 50,000 words < 200 ms`, value < 200, `${value.toFixed(1)} ms`]];
}

/** Runs in the page: clicks `button` and resolves with the milliseconds until a citation shows. */
function openToCitation(button) {
  return new Promise((resolve) => {
    const start = performance.now();
    const done = () => {
      if (!document.querySelector('[data-testid="citation"]')) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        setTimeout(() => resolve(performance.now() - start), 0);
      });
    };
    const observer = new MutationObserver(done);
    observer.observe(document.body, { childList: true, subtree: true });
    button.click();
  });
}

/**
 * Opening "Cite this" to the citation shown (median of 10 cold loads, each in a new browser
 * context, so nothing is cached): cold is the first open, clicked the moment the page is
 * hydrated, with no hover before it; warm is closing and opening it again. Also what a record
 * view that never opens the panel downloads in its first 3 s.
 */
async function citeBench(browser, base) {
  const cold = [];
  const warm = [];
  const idleBytes = [];
  const engineFetched = [];
  for (let i = 0; i < 10; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/records/${seed.id}`);
    await page.waitForFunction(hydrated);
    const button = page.getByRole('button', { name: 'Cite this' });
    if (i % 2 === 0) {
      // Half the loads measure the first open; the other half what an idle view downloads.
      cold.push(await button.evaluate(openToCitation));
      await button.click();
      warm.push(await button.evaluate(openToCitation));
    } else {
      await page.waitForTimeout(3000);
      const resources = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((r) => ({ name: r.name, size: r.transferSize })),
      );
      const navigation = await page.evaluate(
        () => performance.getEntriesByType('navigation')[0]?.transferSize ?? 0,
      );
      idleBytes.push(navigation + resources.reduce((sum, r) => sum + r.size, 0));
      engineFetched.push(resources.some((r) => /\/render(\.worker)?-[^/]+\.js$/.test(r.name)));
    }
    await context.close();
  }
  const coldMs = median(cold);
  const warmMs = median(warm);
  const bytes = median(idleBytes);
  const anyEngine = engineFetched.some(Boolean);
  console.log('\n## Opening "Cite this" to the citation shown (Chromium, cold loads)\n');
  console.log('| when | median ms |');
  console.log('| --- | ---: |');
  console.log(`| cold: first open, the moment the page is hydrated | ${coldMs.toFixed(1)} |`);
  console.log(`| warm: closed and opened again | ${warmMs.toFixed(1)} |`);
  console.log(
    `\nA record view that never opens the panel downloads ${(bytes / 1024).toFixed(1)} KB ` +
      `(transfer size, compressed) in 3 s; the engine: ${anyEngine ? 'FETCHED' : 'not fetched'}.`,
  );
  return [
    ['cite panel, cold: citation shown ≤ 50 ms', coldMs <= 50, `${coldMs.toFixed(1)} ms`],
    ['cite panel, warm: citation shown ≤ 50 ms', warmMs <= 50, `${warmMs.toFixed(1)} ms`],
    [
      'a view that never cites fetches none of the engine',
      !anyEngine,
      anyEngine ? 'fetched' : 'none',
    ],
  ];
}

/** Starts `vite preview` on the build in `outDir` and resolves once it answers. */
async function startPreview(outDir, port, env = {}) {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore', detached: true, env: { ...process.env, LECTERN_OUT: outDir, ...env } },
  );
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(base);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { base, stop: () => process.kill(-server.pid) };
}

/**
 * LCP and FCP of the seed page on a cold load, under the throttling Lighthouse applies for
 * mobile ("devtools" throttling: 562.5 ms RTT, 1,474.56 kbps down, 675 kbps up, 4× CPU) on a
 * 412 px phone screen: a prerendered build against today's client-only build of the same app,
 * measured alternately in one run (median of 7 loads each).
 */
async function firstPaintBench(playwright, chromium, chromiumArgs) {
  const builds = [
    ['client-only (vite build)', 'bench-results/client-only', 4181, ['npx', ['vite', 'build']]],
    [
      'prerendered (npm run build)',
      'bench-results/prerendered',
      4182,
      ['node', ['scripts/build.mjs']],
    ],
  ];
  const servers = [];
  for (const [, outDir, port, [command, args]] of builds) {
    spawnSync(command, args, {
      stdio: 'ignore',
      env: { ...process.env, LECTERN_OUT: outDir, LECTERN_LOG: 'error' },
    });
    servers.push(await startPreview(outDir, port));
  }
  const browser = await playwright.launch({ executablePath: chromium, args: chromiumArgs });
  const samples = builds.map(() => ({ lcp: [], fcp: [], longest: [] }));
  try {
    for (let run = 0; run < 7; run++) {
      for (const [i, server] of servers.entries()) {
        const context = await browser.newContext({
          viewport: { width: 412, height: 823 },
          deviceScaleFactor: 1.75,
          isMobile: true,
          hasTouch: true,
        });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: 562.5,
          downloadThroughput: (1474.56 * 1024) / 8,
          uploadThroughput: (675 * 1024) / 8,
        });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await page.addInitScript(() => {
          window.__longest = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries())
              window.__longest = Math.max(window.__longest, entry.duration);
          }).observe({ type: 'longtask', buffered: true });
        });
        await page.goto(`${server.base}/records/${seed.id}`, { waitUntil: 'load' });
        await page.waitForFunction(hydrated, undefined, { timeout: 60_000 });
        await page.waitForTimeout(1000);
        const figures = await page.evaluate(
          () =>
            new Promise((resolve) => {
              let lcp = NaN;
              new PerformanceObserver((list) => {
                for (const entry of list.getEntries()) lcp = entry.startTime;
              }).observe({ type: 'largest-contentful-paint', buffered: true });
              setTimeout(() => {
                const fcp = performance.getEntriesByName('first-contentful-paint')[0];
                resolve({ lcp, fcp: fcp?.startTime ?? NaN, longest: window.__longest });
              }, 200);
            }),
        );
        samples[i].lcp.push(figures.lcp);
        samples[i].fcp.push(figures.fcp);
        samples[i].longest.push(figures.longest);
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  console.log(
    '\n## First paint of the seed page, cold, mobile throttling (Chromium, median of 7 loads)\n',
  );
  console.log('| build | FCP ms | LCP ms | longest task ms |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const [i, [label]] of builds.entries()) {
    const { lcp, fcp, longest } = samples[i];
    console.log(
      `| ${label} | ${median(fcp).toFixed(0)} | ${median(lcp).toFixed(0)} | ${median(longest).toFixed(0)} |`,
    );
  }
  const lighthouse = await lighthouseRuns(chromium, chromiumArgs, servers, builds);
  const ratio = median(samples[1].lcp) / median(samples[0].lcp);
  const fcpRatio = median(samples[1].fcp) / median(samples[0].fcp);
  console.log(`\nPrerendered ÷ client-only: LCP ${ratio.toFixed(2)}×, FCP ${fcpRatio.toFixed(2)}×`);
  for (const server of servers) server.stop();
  return [
    ...lighthouse,
    [
      'prerendered LCP ≤ 0.6× client-only (mobile throttling)',
      ratio <= 0.6,
      `${ratio.toFixed(2)}×`,
    ],
  ];
}

/**
 * Lighthouse 12's mobile performance score (its default: simulated slow 4G and 4× CPU on a
 * phone screen) for the seed page of each build, median of 3 runs.
 */
async function lighthouseRuns(chromiumPath, chromiumArgs, servers, builds) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: chromiumArgs,
  });
  const rows = [];
  try {
    for (const [i, server] of servers.entries()) {
      const runs = [];
      for (let run = 0; run < 3; run++) {
        const { lhr } = await lighthouse(`${server.base}/records/${seed.id}`, {
          port: chrome.port,
          onlyCategories: ['performance'],
          logLevel: 'error',
        });
        runs.push(lhr);
      }
      const value = (lhr, id) => lhr.audits[id].numericValue;
      rows.push([
        builds[i][0],
        median(runs.map((r) => r.categories.performance.score * 100)),
        median(runs.map((r) => value(r, 'first-contentful-paint'))),
        median(runs.map((r) => value(r, 'largest-contentful-paint'))),
        median(runs.map((r) => value(r, 'total-blocking-time'))),
        median(runs.map((r) => value(r, 'cumulative-layout-shift'))),
      ]);
    }
  } finally {
    await chrome.kill();
  }
  console.log('\n## Lighthouse 12 mobile, performance (median of 3 runs)\n');
  console.log('| build | score | FCP ms | LCP ms | TBT ms | CLS |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [label, score, fcp, lcp, tbt, cls] of rows) {
    console.log(
      `| ${label} | ${score.toFixed(0)} | ${fcp.toFixed(0)} | ${lcp.toFixed(0)} | ${tbt.toFixed(0)} | ${cls.toFixed(3)} |`,
    );
  }
  const score = rows[1][1];
  return [
    ['prerendered page: Lighthouse mobile performance 100', score >= 100, `${score.toFixed(0)}`],
  ];
}

/**
 * A portal's records, generated and seeded: 1–8 authors, 5 keywords, a 250-word abstract, one of
 * 300 journals, 12 subject areas, 4 output types and 35 years; written as one RIS file, as a Pure
 * portal exports them.
 */
function portalRis(count) {
  const rand = random(count);
  const words = (n) => generateText(n, rand).replace(/\.$/, '');
  const pickOf = (list) => list[Math.floor(rand() * list.length)];
  const journals = Array.from({ length: 300 }, (_, i) => `Journal of ${words(2)} ${i}`);
  const subjects = Array.from({ length: 12 }, () => words(2));
  const types = ['Article', 'Review article', 'Letter', 'Editorial'];
  const entries = [];
  for (let n = 0; n < count; n++) {
    const lines = ['TY  - JOUR', `TI  - ${words(10)} ${n}`];
    const authors = 1 + Math.floor(rand() * 8);
    for (let a = 0; a < authors; a++) lines.push(`AU  - ${words(1)}, ${words(1)}`);
    const year = 1990 + Math.floor(rand() * 35);
    lines.push(`PY  - ${year}`, `DA  - ${year}/0${1 + (n % 9)}/1${n % 9}/`);
    lines.push(`T2  - ${pickOf(journals)}`, `IS  - ${1 + (n % 12)}`);
    lines.push(`SP  - ${n}`, `EP  - ${n + 9}`, `M3  - ${pickOf(types)}`, 'LA  - en');
    for (const keyword of generateTerms(5, rand)) lines.push(`KW  - ${keyword}`);
    lines.push(`AB  - ${words(250)}.`, 'ER  - ');
    entries.push(lines.join('\r\n'));
  }
  return { ris: `${entries.join('\r\n\r\n')}\r\n`, subjects };
}

/** `npm run build` of the records in `root/public`, timed by the wall clock. */
function timedBuild(root) {
  const start = performance.now();
  const result = spawnSync('node', ['scripts/build.mjs'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      LECTERN_PUBLIC: `${root}/public`,
      LECTERN_OUT: `${root}/dist`,
      LECTERN_LOG: 'error',
    },
  });
  if (result.status !== 0) throw new Error(`build of ${root} failed:\n${result.stderr}`);
  return {
    seconds: (performance.now() - start) / 1000,
    line: result.stdout.trim().split('\n').at(-1),
  };
}

/** Runs in the page: types `word` into the search box and resolves once its results are painted. */
function typeToResults(word) {
  return new Promise((resolve) => {
    const input = document.querySelector('input[type=search]');
    const results = document.querySelector('.search-results');
    const start = performance.now();
    const observer = new MutationObserver(() => {
      const shown = document.querySelector('.search-results');
      if (shown.getAttribute('aria-busy') === 'true') return;
      if (!shown.querySelector('[role=status]').textContent.includes(`“${word}”`)) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        setTimeout(() => resolve(performance.now() - start), 0);
      });
    });
    observer.observe(results.parentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    setValue.call(input, word);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/**
 * The portal at scale: import of 10,000 generated records from RIS; build of 1,000 and of 10,000;
 * then, in Chromium on the 10,000-record site, the home page's first paint, the bytes a first
 * query fetches, and search latency (typing a word to its results painted) once the index is
 * loaded.
 */
/** Generates, imports and builds the portal; prints the times. */
function buildPortal(root) {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(`${root}/10000/public/records`, { recursive: true });
  mkdirSync(`${root}/1000/public/records`, { recursive: true });
  const { ris, subjects } = portalRis(10_000);
  writeFileSync(`${root}/records.ris`, ris);

  const importStart = performance.now();
  const imported = spawnSync(
    'node',
    ['scripts/import.mjs', '--out', `${root}/10000/public/records`, `${root}/records.ris`],
    { encoding: 'utf8' },
  );
  const importSeconds = (performance.now() - importStart) / 1000;
  if (imported.status !== 0)
    throw new Error(`import failed:\n${imported.stdout}${imported.stderr}`);
  // RIS has no subject areas; the generated portal gives each record one, as Pure does.
  const dir = `${root}/10000/public/records`;
  const index = JSON.parse(readFileSync(`${dir}/index.json`, 'utf8'));
  index.records.forEach((summary, n) => {
    const path = `${dir}/${summary.id}.json`;
    const record = JSON.parse(readFileSync(path, 'utf8'));
    record.subjectAreas = [subjects[n % subjects.length]];
    writeFileSync(path, JSON.stringify(record));
    if (n < 1000)
      writeFileSync(`${root}/1000/public/records/${summary.id}.json`, JSON.stringify(record));
  });
  writeFileSync(
    `${root}/1000/public/records/index.json`,
    JSON.stringify({ records: index.records.slice(0, 1000) }),
  );

  const small = timedBuild(`${root}/1000`);
  const large = timedBuild(`${root}/10000`);
  console.log('\n## A portal of generated records\n');
  console.log(`Import of 10,000 records from one RIS file: ${importSeconds.toFixed(1)} s`);
  console.log(`  ${imported.stdout.trim().split('\n').at(-1)}`);
  console.log(`Build of 1,000 records: ${small.seconds.toFixed(1)} s\n  ${small.line}`);
  console.log(`Build of 10,000 records: ${large.seconds.toFixed(1)} s\n  ${large.line}`);
  const goals = [
    ['build of 10,000 records ≤ 5 min', large.seconds <= 300, `${large.seconds.toFixed(0)} s`],
  ];

  return goals;
}

async function portalBench() {
  const root = 'bench-results/portal';
  // BENCH_REUSE=1 measures the browser figures on the site the last run built.
  const reuse = process.env.BENCH_REUSE === '1' && existsSync(`${root}/10000/dist/index.html`);
  const goals = reuse ? [] : buildPortal(root);

  const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) return goals;
  const { chromium: playwright } = await import('playwright-core');
  const { chromiumArgs } = await load('./tests/e2e/chromium.ts');
  const preview = await startPreview(`${root}/10000/dist`, 4183);
  // A counting proxy in front of it: Pagefind fetches from a worker, which page-level network
  // events do not see; every byte the browser receives passes through here.
  const counter = { bytes: 0 };
  const proxy = createServer((request, response) => {
    const upstream = httpRequest(
      `${preview.base}${request.url}`,
      { method: request.method, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.on('data', (chunk) => (counter.bytes += chunk.length));
        answer.pipe(response);
      },
    );
    request.pipe(upstream);
  });
  await new Promise((ready) => proxy.listen(4184, '127.0.0.1', ready));
  const server = { base: 'http://127.0.0.1:4184' };
  const browser = await playwright.launch({ executablePath: chromium, args: chromiumArgs });
  // Words from every part of the Zipf vocabulary: common ones match most records, rare ones few.
  const words = [10, 40, 100, 200, 400, 700, 1000, 1500, 2500, 4000, 6000, 9000].map(
    (rank) => vocabulary[rank],
  );
  try {
    // First paint of the home page, cold, unthrottled (median of 5).
    const paints = [];
    for (let run = 0; run < 5; run++) {
      const page = await browser.newPage();
      await page.goto(`${server.base}/`, { waitUntil: 'load' });
      paints.push(
        await page.evaluate(
          () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        ),
      );
      await page.close();
    }
    // Bytes a first query fetches (everything after the page has loaded), per word, fresh cache.
    const firstQueryBytes = [];
    const toResults = [];
    const latencies = [];
    for (const [i, word] of words.entries()) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.base}/`, { waitUntil: 'networkidle' });
      const before = counter.bytes;
      await page.evaluate(typeToResults, word);
      toResults.push(counter.bytes - before);
      await page.waitForSelector('.facets[aria-busy=false]');
      await page.waitForLoadState('networkidle');
      firstQueryBytes.push(counter.bytes - before);
      // Then, with the index loaded, each other word typed: latency to painted results.
      if (i < 3) {
        for (const other of words.filter((w) => w !== word)) {
          latencies.push(await page.evaluate(typeToResults, other));
        }
      }
      await context.close();
    }
    const kb = (b) => (b / 1024).toFixed(0);
    console.log(
      `\nHome page first contentful paint (10,000 records, cold, median of 5): ${median(paints).toFixed(0)} ms`,
    );
    console.log(
      `First query, bytes fetched after the page loaded (median of ${words.length} words): ` +
        `${kb(median(toResults))} KB to its results (max ${kb(Math.max(...toResults))} KB), ` +
        `${kb(median(firstQueryBytes))} KB with the facet counts (max ${kb(Math.max(...firstQueryBytes))} KB)`,
    );
    console.log(
      `Search latency, word typed → results painted, index loaded (median of ${latencies.length}): ` +
        `${median(latencies).toFixed(0)} ms (90th percentile ${[...latencies].sort((a, b) => a - b)[Math.floor(latencies.length * 0.9)].toFixed(0)} ms)`,
    );
    goals.push(
      [
        'search ≤ 50 ms once the index is loaded',
        median(latencies) <= 50,
        `${median(latencies).toFixed(0)} ms`,
      ],
      [
        'first query fetches ≤ 300 KB',
        Math.max(...firstQueryBytes) <= 300 * 1024,
        `${kb(Math.max(...firstQueryBytes))} KB`,
      ],
    );
  } finally {
    await browser.close();
    proxy.close();
    preview.stop();
  }
  return goals;
}

async function conceptsBench() {
  const evaluation = await load('./tests/fingerprint/eval/evaluate.ts');
  const documents = evaluation.evaluationSet();
  const keywords = documents.reduce((sum, d) => sum + d.keywords.length, 0);
  console.log(
    `\n## Concepts (${documents.length} abstracts, ${keywords} author keywords withheld, top ${evaluation.TOP})\n`,
  );
  console.log('| method | recall | recall of keywords in the text | precision |');
  console.log('| --- | ---: | ---: | ---: |');
  const scores = {};
  for (const [name, extract] of Object.entries(evaluation.extractors)) {
    const score = evaluation.evaluate(extract, documents);
    scores[name] = score;
    const percent = (value) => `${(100 * value).toFixed(1)} %`;
    console.log(
      `| ${name} | ${percent(score.recall)} | ${percent(score.recallPresent)} | ${percent(score.precision)} |`,
    );
  }
  const ours = scores['Derived fingerprint'].recall;
  const best = Math.max(scores.RAKE.recall, scores.TextRank.recall);
  return [
    [
      'derived fingerprint recalls more author keywords than RAKE and TextRank',
      ours > best,
      `${(100 * ours).toFixed(1)} % vs ${(100 * best).toFixed(1)} %`,
    ],
  ];
}

async function pageLoadBench() {
  const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) return [];
  const { chromium: playwright } = await import('playwright-core');
  const { chromiumArgs } = await load('./tests/e2e/chromium.ts');
  return firstPaintBench(playwright, chromium, chromiumArgs);
}

// `npm run bench -- pageload portal` runs only the named parts: matching, concepts, browser,
// pageload, portal.
const parts = process.argv.slice(2);
const wanted = (part) => parts.length === 0 || parts.includes(part);
const goals = [
  ...(wanted('matching') ? matchingBench() : []),
  ...(wanted('concepts') ? await conceptsBench() : []),
  ...(wanted('browser') ? await browserBench() : []),
  ...(wanted('pageload') ? await pageLoadBench() : []),
  ...(wanted('portal') ? await portalBench() : []),
];
console.log('\n## Goals\n');
for (const [goal, met, value] of goals)
  console.log(`- ${met ? 'met   ' : 'MISSED'} ${goal}: ${value}`);
