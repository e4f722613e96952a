import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../tests/e2e/chromium.ts';

/** A goal the run checks: what, whether it was met, and the figure measured. */
export type Goal = [goal: string, met: boolean, value: string];

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same inputs. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return NaN;
  return sorted.length % 2
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The value below which `p` (0–1) of the samples lie. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}

/** The median of `runs` timed calls of `fn`, after one warm-up call. */
export function time(fn: () => void, runs: number): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** "load 0.42 / 0.80 on 2 cores": the machine is shared, so every figure says how busy it was. */
export function machineLoad(): string {
  const [one = 0, five = 0] = loadavg();
  return `load ${one.toFixed(2)} (1 min) / ${five.toFixed(2)} (5 min) on ${cpus().length} cores`;
}

/** Starts `vite preview` on the build in `outDir` and resolves once it answers. */
export async function startPreview(outDir: string, port: number, env: Record<string, string> = {}) {
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
  return {
    base,
    stop: () => {
      if (server.pid !== undefined) process.kill(-server.pid);
    },
  };
}

/** The system Chromium through Playwright, or null (with a note) when there is none. */
export async function launchChromium(): Promise<Browser | null> {
  if (!existsSync(chromiumPath())) {
    console.log(`\n(No Chromium at ${chromiumPath()}: browser figures skipped.)`);
    return null;
  }
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}

export { chromiumArgs, chromiumPath };

/**
 * Waits until the app says it is live: it marks `lectern:hydrated` (a User Timing mark, also seen
 * in DevTools) once its first render or hydration has committed.
 */
export async function waitForHydration(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName('lectern:hydrated').length > 0,
    undefined,
    { timeout },
  );
}

/** A table row: `| a | b |`. */
export const row = (...cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
