// npm run bench: speed figures, measured in one run on this machine (shared and noisy, so only
// medians and ratios from the same run mean anything). Not a test: it prints, it does not judge,
// except that it marks each goal as met or missed.
//
// 1. Matching, in Node: our matcher against highlight-words-core's findAll and a one-RegExp-per-
//    term baseline, on generated texts of 200, 10,000 and 100,000 words with 5, 50 and 200 terms,
//    plus the one-off time to prepare a text.
// 2. In Chromium, on the built app: click on a keyword to the next paint (median of 20 clicks) on
//    the seed, on the seed with 4x CPU throttling, and on a generated 50,000-word, 60-keyword record.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { runnerImport } from 'vite';
import { findAll } from 'highlight-words-core';

const { module: match } = await runnerImport('./src/text/match.ts');

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

/**
 * Runs in the page: clicks `button`, waits until its aria-pressed flips (the app has rendered the
 * change), then for the next frame to be painted; returns the milliseconds since the click.
 */
function clickToPaint(button) {
  return new Promise((resolve) => {
    const before = button.getAttribute('aria-pressed');
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (button.getAttribute('aria-pressed') === before) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        setTimeout(() => resolve(performance.now() - start), 0);
      });
    });
    observer.observe(button, { attributes: true });
    button.click();
  });
}

async function browserBench() {
  const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    console.log(`\n(No Chromium at ${chromium}: browser figures skipped.)`);
    return [];
  }
  const { chromium: playwright } = await import('playwright-core');
  const { chromiumArgs } = await runnerImport('./tests/e2e/chromium.ts').then((r) => r.module);
  if (!existsSync('dist/index.html'))
    spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  const port = 4180;
  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const browser = await playwright.launch({ executablePath: chromium, args: chromiumArgs });
  const large = largeRecord();
  const goals = [];
  try {
    console.log(
      '\n## Click on a keyword to the next paint (Chromium, built app, median of 20 clicks)\n',
    );
    console.log('| case | median ms | floor ms (a bare toggle) | longest task ms |');
    console.log('| --- | ---: | ---: | ---: |');
    const cases = [
      ['seed record', seed.id, 1, 16],
      ['seed record, 4× CPU throttling', seed.id, 4, 50],
      ['50,000 words, 60 keywords', large.id, 1, 100],
    ];
    for (const [label, id, throttle, goal] of cases) {
      const page = await browser.newPage();
      await page.route('**/records/bench-large.json', (route) =>
        route.fulfill({ contentType: 'application/json', body: JSON.stringify(large) }),
      );
      const cdp = await page.context().newCDPSession(page);
      await page.goto(`${base}/records/${id}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      await page.evaluate(() => {
        window.__longest = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            window.__longest = Math.max(window.__longest, entry.duration);
        }).observe({ type: 'longtask', buffered: false });
      });
      // The floor on this machine: a button that only flips its own aria-pressed, to the next paint.
      await page.evaluate(() => {
        const probe = document.createElement('button');
        probe.id = 'bench-probe';
        probe.setAttribute('aria-pressed', 'false');
        probe.addEventListener('click', () => {
          probe.setAttribute('aria-pressed', String(probe.getAttribute('aria-pressed') !== 'true'));
        });
        document.body.append(probe);
      });
      const floor = [];
      for (let i = 0; i < 20; i++)
        floor.push(await page.locator('#bench-probe').evaluate(clickToPaint));
      await page.evaluate(() => document.getElementById('bench-probe')?.remove());
      const samples = [];
      const buttons = page.locator('.highlighter .toggles button');
      const count = Math.min(await buttons.count(), 10);
      for (let i = 0; i < 20; i++) {
        const index = Math.floor(i / 2) % count;
        samples.push(await buttons.nth(index).evaluate(clickToPaint));
      }
      const longest = await page.evaluate(() => window.__longest);
      const value = median(samples);
      console.log(
        `| ${label} | ${value.toFixed(1)} | ${median(floor).toFixed(1)} | ${longest.toFixed(0)} |`,
      );
      goals.push([`${label}: < ${goal} ms`, value < goal, `${value.toFixed(1)} ms`]);
      goals.push([
        `${label}: no long task over 200 ms`,
        longest <= 200,
        `${longest.toFixed(0)} ms`,
      ]);
      await page.close();
    }
    goals.push(...(await fingerprintBench(browser, base, large)));
    goals.push(...(await citeBench(browser, base)));
  } finally {
    await browser.close();
    process.kill(-server.pid);
  }
  return goals;
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

/**
 * Opening "Cite this" to the citation shown, on cold loads (a new browser context each time, so
 * nothing is cached), clicking as soon as the title is on screen: the engine chunk may still be
 * on its way.
 */
async function citeBench(browser, base) {
  const measure = async (waitForIdle) => {
    // waitForIdle: give the page two seconds after the network settles, as a reader reading
    // the title would; otherwise click the moment the title is on screen.
    const samples = [];
    for (let i = 0; i < 10; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${base}/records/${seed.id}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      if (waitForIdle) {
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(2000);
      }
      samples.push(
        await page.getByRole('button', { name: 'Cite this' }).evaluate(
          (button) =>
            new Promise((resolve) => {
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
            }),
        ),
      );
      await context.close();
    }
    return median(samples);
  };
  const settled = await measure(true);
  const eager = await measure(false);
  console.log(
    '\n## Opening "Cite this" to the citation shown (Chromium, median of 10 cold loads)\n',
  );
  console.log('| when the reader clicks | median ms |');
  console.log('| --- | ---: |');
  console.log(
    `| 2 s after the page loaded (the worker prepared it meanwhile) | ${settled.toFixed(1)} |`,
  );
  console.log(`| the moment the title appears (the engine still loading) | ${eager.toFixed(1)} |`);
  return [
    [
      'cite panel opened to citation shown < 300 ms (2 s after load)',
      settled < 300,
      `${settled.toFixed(1)} ms`,
    ],
    [
      'cite panel opened to citation shown < 300 ms (at first paint)',
      eager < 300,
      `${eager.toFixed(1)} ms`,
    ],
  ];
}

const goals = [...matchingBench(), ...(await browserBench())];
console.log('\n## Goals\n');
for (const [goal, met, value] of goals)
  console.log(`- ${met ? 'met   ' : 'MISSED'} ${goal}: ${value}`);
