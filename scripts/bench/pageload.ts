import { spawnSync } from 'node:child_process';
import { seed } from './corpus.ts';
import {
  chromiumArgs,
  chromiumPath,
  launchChromium,
  median,
  row,
  startPreview,
  waitForHydration,
  type Goal,
} from './support.ts';

interface Build {
  label: string;
  outDir: string;
  port: number;
  command: [string, string[]];
}

const BUILDS: Build[] = [
  {
    label: 'client-only (vite build)',
    outDir: 'bench-results/client-only',
    port: 4181,
    command: ['npx', ['vite', 'build']],
  },
  {
    label: 'prerendered (npm run build)',
    outDir: 'bench-results/prerendered',
    port: 4182,
    command: ['node', ['scripts/build.mjs']],
  },
];

/**
 * LCP and FCP of the seed page on a cold load, under the throttling Lighthouse applies for
 * mobile ("devtools" throttling: 562.5 ms RTT, 1,474.56 kbps down, 675 kbps up, 4× CPU) on a
 * 412 px phone screen: a prerendered build against a client-only build of the same app, measured
 * alternately in one run (median of 7 loads each), then Lighthouse's own mobile run.
 */
export async function pageLoadBench(): Promise<Goal[]> {
  const browser = await launchChromium();
  if (!browser) return [];
  const servers = [];
  for (const {
    outDir,
    port,
    command: [command, args],
  } of BUILDS) {
    spawnSync(command, args, {
      stdio: 'ignore',
      env: { ...process.env, LECTERN_OUT: outDir, LECTERN_LOG: 'error' },
    });
    servers.push(await startPreview(outDir, port));
  }
  const samples = BUILDS.map(() => ({
    lcp: [] as number[],
    fcp: [] as number[],
    longest: [] as number[],
  }));
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
        await waitForHydration(page, 60_000);
        await page.waitForTimeout(1000);
        const figures = await page.evaluate(
          () =>
            new Promise<{ lcp: number; fcp: number; longest: number }>((resolve) => {
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
        samples[i]?.lcp.push(figures.lcp);
        samples[i]?.fcp.push(figures.fcp);
        samples[i]?.longest.push(figures.longest);
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  console.log(
    '\n## First paint of the seed page, cold, mobile throttling (Chromium, median of 7 loads)\n',
  );
  console.log(row('build', 'FCP ms', 'LCP ms', 'longest task ms'));
  console.log(row('---', '---:', '---:', '---:'));
  for (const [i, { label }] of BUILDS.entries()) {
    const figures = samples[i];
    if (!figures) continue;
    console.log(
      row(
        label,
        median(figures.fcp).toFixed(0),
        median(figures.lcp).toFixed(0),
        median(figures.longest).toFixed(0),
      ),
    );
  }
  const lighthouse = await lighthouseRuns(servers.map((s) => s.base));
  const [client, prerendered] = samples;
  const ratio = median(prerendered?.lcp ?? []) / median(client?.lcp ?? []);
  const fcpRatio = median(prerendered?.fcp ?? []) / median(client?.fcp ?? []);
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
async function lighthouseRuns(bases: string[]): Promise<Goal[]> {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: chromiumArgs,
  });
  const rows: [string, number, number, number, number, number][] = [];
  try {
    for (const [i, base] of bases.entries()) {
      const runs: NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'][] = [];
      for (let run = 0; run < 3; run++) {
        const result = await lighthouse(`${base}/records/${seed.id}`, {
          port: chrome.port,
          onlyCategories: ['performance'],
          logLevel: 'error',
        });
        if (result) runs.push(result.lhr);
      }
      const value = (lhr: (typeof runs)[number], id: string) => lhr.audits[id]?.numericValue ?? NaN;
      rows.push([
        BUILDS[i]?.label ?? base,
        median(runs.map((r) => (r.categories.performance?.score ?? 0) * 100)),
        median(runs.map((r) => value(r, 'first-contentful-paint'))),
        median(runs.map((r) => value(r, 'largest-contentful-paint'))),
        median(runs.map((r) => value(r, 'total-blocking-time'))),
        median(runs.map((r) => value(r, 'cumulative-layout-shift'))),
      ]);
    }
  } finally {
    chrome.kill();
  }
  console.log('\n## Lighthouse 12 mobile, performance (median of 3 runs)\n');
  console.log(row('build', 'score', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS'));
  console.log(row('---', '---:', '---:', '---:', '---:', '---:'));
  for (const [label, score, fcp, lcp, tbt, cls] of rows) {
    console.log(
      row(label, score.toFixed(0), fcp.toFixed(0), lcp.toFixed(0), tbt.toFixed(0), cls.toFixed(3)),
    );
  }
  const score = rows[1]?.[1] ?? 0;
  return [['prerendered page: Lighthouse mobile performance 100', score >= 100, score.toFixed(0)]];
}
