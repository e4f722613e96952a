import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { createServer, request as httpRequest } from 'node:http';
import { parseRecord } from '../../src/record/read.ts';
import { indexPageOf } from '../../src/search/indexPage.tsx';
import { browseKey } from '../../src/search/document.ts';
import { searchShards, shardSize } from '../../src/search/shards.ts';
import { writeSearchIndex } from '../search-index.mjs';
import { portalRis, vocabulary } from './corpus.ts';
import { launchChromium, median, percentile, row, startPreview, type Goal } from './support.ts';

/** Files and bytes under a folder. */
function sizeOf(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/**
 * Node's flag that makes a process print its peak resident set (its threads' included, in KB) on
 * standard error as it exits, and the reading of it.
 */
const PEAK = [
  '--import',
  'data:text/javascript,process.on("exit",()=>console.error(`peak ${process.resourceUsage().maxRSS}`))',
];
// The build's worker threads inherit the flag and print too, earlier: the largest figure is the
// process's.
function peakKb(stderr: string): number {
  const figures = [...stderr.matchAll(/^peak (\d+)$/gm)].map((m) => Number(m[1]));
  return figures.length > 0 ? Math.max(...figures) : NaN;
}

/**
 * A Node script run to its end, timed by the wall clock, with its peak resident set and the last
 * line it printed; a failure stops the bench with what it said.
 */
function timedScript(what: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const start = performance.now();
  const result = spawnSync('node', [...PEAK, ...args], { encoding: 'utf8', env });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`${what} failed:\n${result.stdout}${result.stderr}`);
  return {
    seconds,
    peakKb: peakKb(result.stderr),
    line: result.stdout.trim().split('\n').at(-1) ?? '',
  };
}

/**
 * `npm run build` of the records in `root/public` into `root/<out>` (see `timedScript`), with the
 * files and bytes it wrote; `portal: false` leaves the people, topics and related records out.
 */
function timedBuild(root: string, { out = 'dist', portal = true, args = [] as string[] } = {}) {
  const run = timedScript(`build of ${root}`, ['scripts/build.mjs', ...args], {
    ...process.env,
    LECTERN_PUBLIC: `${root}/public`,
    LECTERN_OUT: `${root}/${out}`,
    LECTERN_LOG: 'error',
    LECTERN_PORTAL: portal ? '1' : '0',
  });
  return { ...run, ...sizeOf(`${root}/${out}`) };
}

/** `npm run import` of one RIS file into `out` (see `timedScript`). */
function timedImport(file: string, out: string) {
  mkdirSync(out, { recursive: true });
  return timedScript(`import of ${file}`, ['scripts/import.mjs', '--out', out, file]);
}

/** Runs in the page: types `word` into the search box and resolves once its results are painted. */
function typeToResults(word: string): Promise<number> {
  return new Promise((resolve) => {
    const input = document.querySelector<HTMLInputElement>('input[type=search]');
    const results = document.querySelector('.search-results');
    if (!input || !results?.parentElement) throw new Error('no search box or results');
    const start = performance.now();
    const observer = new MutationObserver(() => {
      const shown = document.querySelector('.search-results');
      if (!shown || shown.getAttribute('aria-busy') === 'true') return;
      if (!shown.querySelector('[role=status]')?.textContent.includes(`“${word}”`)) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        setTimeout(() => {
          resolve(performance.now() - start);
        }, 0);
      });
    });
    observer.observe(results.parentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, word);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

interface Summary {
  id: string;
  title: string;
}

/**
 * One-record changes an operator makes between nightly builds, each followed by
 * `npm run build -- --incremental` of the site `root` holds (built in full just before): a title
 * corrected, a record added (a copy under a new id), a record removed.
 */
function incrementalChanges(root: string) {
  const dir = `${root}/public/records`;
  const indexPath = `${dir}/index.json`;
  const readIndex = () => JSON.parse(readFileSync(indexPath, 'utf8')) as { records: Summary[] };
  const writeIndex = (records: Summary[]) => {
    writeFileSync(indexPath, JSON.stringify({ records }));
  };
  const recordPath = (id: string) => `${dir}/${id}.json`;
  const changes: [string, () => void][] = [
    [
      'a title corrected',
      () => {
        const { records } = readIndex();
        const target = records[Math.floor(records.length / 2)];
        if (!target) throw new Error('no record to edit');
        const record = JSON.parse(readFileSync(recordPath(target.id), 'utf8')) as Summary;
        record.title = `${record.title} (corrected)`;
        writeFileSync(recordPath(target.id), JSON.stringify(record));
        writeIndex(records.map((r) => (r.id === target.id ? { ...r, title: record.title } : r)));
      },
    ],
    [
      'a record added',
      () => {
        const { records } = readIndex();
        const source = records[1];
        if (!source) throw new Error('no record to copy');
        const record = JSON.parse(readFileSync(recordPath(source.id), 'utf8')) as Summary;
        record.id = `${source.id}-added`;
        writeFileSync(recordPath(record.id), JSON.stringify(record));
        writeIndex([...records, { ...source, id: record.id }]);
      },
    ],
    [
      'a record removed',
      () => {
        const { records } = readIndex();
        const gone = records[2];
        if (!gone) throw new Error('no record to remove');
        rmSync(recordPath(gone.id));
        writeIndex(records.filter((r) => r.id !== gone.id));
      },
    ],
  ];
  return changes.map(([change, make]) => {
    make();
    return { change, ...timedBuild(root, { args: ['--incremental'] }) };
  });
}

/**
 * The search index of the records in `root/public` built as the build does, whole and in the
 * build's shards (src/search/shards.ts, about 1,024 records each at 10,000): seconds to write
 * each shard (what a one-record change costs the index), in all, and files and bytes.
 */
async function searchShardTimes(root: string) {
  const dir = `${root}/public/records`;
  const pages = readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== 'index.json')
    .map((name) => {
      const { value } = parseRecord(JSON.parse(readFileSync(join(dir, name), 'utf8')));
      const url = `/records/${value.id}`;
      return { id: value.id, key: browseKey(value), url, ...indexPageOf(value) };
    });
  const out = `${root}/search-shards`;
  rmSync(out, { recursive: true, force: true });
  console.log(
    `\nThe search index of ${pages.length.toLocaleString('en')} records, whole and in shards:\n`,
  );
  console.log(
    row(
      'shards',
      'records a shard (median)',
      'seconds a shard (median, most)',
      'seconds in all',
      'files',
      'MB',
    ),
  );
  console.log(row('---:', '---:', '---:', '---:', '---:', '---:'));
  // 2^32: no id hash but 0 ends a shard, so the whole index is one.
  for (const size of [2 ** 32, shardSize(pages.length)]) {
    const shards = searchShards(pages, size);
    const seconds: number[] = [];
    for (const [k, shard] of shards.entries()) {
      const start = performance.now();
      await writeSearchIndex([shard], `${out}/${String(size)}/${String(k)}`, { keep: false });
      seconds.push((performance.now() - start) / 1000);
    }
    const written = sizeOf(`${out}/${String(size)}`);
    console.log(
      row(
        shards.length,
        median(shards.map((s) => s.length)),
        `${median(seconds).toFixed(1)}, ${Math.max(...seconds).toFixed(1)}`,
        seconds.reduce((a, b) => a + b, 0).toFixed(1),
        written.files,
        (written.bytes / 1024 / 1024).toFixed(1),
      ),
    );
  }
}

/** Generates, imports and builds the portal; prints the times. */
function buildPortal(root: string): Goal[] {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(`${root}/10000/public/records`, { recursive: true });
  mkdirSync(`${root}/1000/public/records`, { recursive: true });
  const { ris, subjects } = portalRis(10_000);
  writeFileSync(`${root}/records.ris`, ris);
  const imported = timedImport(`${root}/records.ris`, `${root}/10000/public/records`);
  // An institution's whole output at once: imported, then removed (the builds are of 10,000).
  writeFileSync(`${root}/records-100000.ris`, portalRis(100_000).ris);
  const institution = timedImport(`${root}/records-100000.ris`, `${root}/100000/records`);
  rmSync(`${root}/100000`, { recursive: true, force: true });
  rmSync(`${root}/records-100000.ris`);
  // RIS has no subject areas; the generated portal gives each record one, as Pure does.
  const dir = `${root}/10000/public/records`;
  const index = JSON.parse(readFileSync(`${dir}/index.json`, 'utf8')) as {
    records: { id: string }[];
  };
  index.records.forEach((summary, n) => {
    const path = `${dir}/${summary.id}.json`;
    const record = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    record.subjectAreas = [subjects[n % subjects.length]];
    writeFileSync(path, JSON.stringify(record));
    if (n < 1000)
      writeFileSync(`${root}/1000/public/records/${summary.id}.json`, JSON.stringify(record));
  });
  writeFileSync(
    `${root}/1000/public/records/index.json`,
    JSON.stringify({ records: index.records.slice(0, 1000) }),
  );

  const builds = [1000, 10_000].map((n) => ({
    n,
    without: timedBuild(`${root}/${n}`, { out: 'dist-plain', portal: false }),
    with: timedBuild(`${root}/${n}`),
  }));
  const changes = incrementalChanges(`${root}/10000`);
  console.log('\n## A portal of generated records\n');
  for (const [n, run] of [
    ['10,000', imported],
    ['100,000', institution],
  ] as const) {
    console.log(
      `Import of ${n} records from one RIS file: ${run.seconds.toFixed(1)} s, ` +
        `peak resident set ${(run.peakKb / 1024 / 1024).toFixed(1)} GB`,
    );
    console.log(`  ${run.line}\n`);
  }
  console.log(
    row('records', 'portal pages', 'build s', 'peak GB', 'files', 'MB', 'time ÷ without'),
  );
  console.log(row('---:', '---', '---:', '---:', '---:', '---:', '---:'));
  const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
  const gb = (kb: number) => (kb / 1024 / 1024).toFixed(1);
  for (const b of builds) {
    for (const [pages, run] of [
      ['without', b.without],
      ['with', b.with],
    ] as const) {
      const ratio = (run.seconds / b.without.seconds).toFixed(2);
      console.log(
        row(
          b.n,
          pages,
          run.seconds.toFixed(1),
          gb(run.peakKb),
          run.files,
          mb(run.bytes),
          `${ratio}×`,
        ),
      );
    }
  }
  for (const b of builds) console.log(`\n${b.n}: ${b.with.line}`);
  console.log(
    '\nOne-record changes at 10,000 records, each then `npm run build -- --incremental`:\n',
  );
  console.log(row('change', 'build s', 'peak GB', 'time ÷ full build'));
  console.log(row('---', '---:', '---:', '---:'));
  const full = builds[1]?.with.seconds ?? NaN;
  for (const c of changes) {
    console.log(
      row(c.change, c.seconds.toFixed(1), gb(c.peakKb), `${(c.seconds / full).toFixed(2)}×`),
    );
  }
  for (const c of changes) console.log(`\n${c.change}: ${c.line}`);
  const goals: Goal[] = [];
  const slowest = Math.max(...changes.map((c) => c.seconds));
  goals.push([
    'a one-record change rebuilds in ≤ 30 s (10,000 records)',
    slowest <= 30,
    `${slowest.toFixed(0)} s`,
  ]);
  const large = builds[1];
  if (large) {
    goals.push([
      'build of 10,000 records ≤ 5 min',
      large.with.seconds <= 300,
      `${large.with.seconds.toFixed(0)} s`,
    ]);
  }
  for (const b of builds) {
    const ratio = b.with.seconds / b.without.seconds;
    goals.push([
      `people, topics and related records add ≤ 30 % to the build (${b.n.toLocaleString('en')} records)`,
      ratio <= 1.3,
      `+${((ratio - 1) * 100).toFixed(0)} %`,
    ]);
  }
  return goals;
}

/**
 * The portal at scale: import of 10,000 generated records from RIS; build of 1,000 and of 10,000;
 * then, in Chromium on the 10,000-record site, the home page's first paint, the bytes a first
 * query fetches, and search latency (typing a word to its results painted) once the index is
 * loaded. `BENCH_REUSE=1` measures the site the last run built.
 */
export async function portalBench(): Promise<Goal[]> {
  const root = 'bench-results/portal';
  const reuse = process.env.BENCH_REUSE === '1' && existsSync(`${root}/10000/dist/index.html`);
  const goals = reuse ? [] : buildPortal(root);
  await searchShardTimes(`${root}/10000`);

  const browser = await launchChromium();
  if (!browser) return goals;
  const preview = await startPreview(`${root}/10000/dist`, 4183);
  // A counting proxy in front of it: Pagefind fetches from a worker, which page-level network
  // events do not see; every byte the browser receives passes through here.
  const counter = { bytes: 0 };
  const proxy = createServer((request, response) => {
    const upstream = httpRequest(
      `${preview.base}${request.url ?? '/'}`,
      { method: request.method, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.on('data', (chunk: Buffer) => (counter.bytes += chunk.length));
        answer.pipe(response);
      },
    );
    request.pipe(upstream);
  });
  await new Promise<void>((ready) => proxy.listen(4184, '127.0.0.1', ready));
  const base = 'http://127.0.0.1:4184';
  // Words from every part of the Zipf vocabulary: common ones match most records, rare ones few.
  const words = [10, 40, 100, 200, 400, 700, 1000, 1500, 2500, 4000, 6000, 9000].map(
    (rank) => vocabulary[rank] ?? '',
  );
  try {
    const paints: number[] = [];
    for (let run = 0; run < 5; run++) {
      const page = await browser.newPage();
      await page.goto(`${base}/`, { waitUntil: 'load' });
      paints.push(
        await page.evaluate(
          () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        ),
      );
      await page.close();
    }
    const firstQueryBytes: number[] = [];
    const toResults: number[] = [];
    const latencies: number[] = [];
    for (const [i, word] of words.entries()) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${base}/`, { waitUntil: 'networkidle' });
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
    const kb = (b: number) => (b / 1024).toFixed(0);
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
        `${median(latencies).toFixed(0)} ms (90th percentile ${percentile(latencies, 0.9).toFixed(0)} ms)`,
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
