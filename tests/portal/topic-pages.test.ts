import { describe, expect, it } from 'vitest';
import { contentRuns, idHash } from '../../src/data/runs';
import { parseRecord } from '../../src/record/read';
import {
  buildPortal,
  TOPIC_BLOCK,
  topicBlocks,
  type TopicBlock,
  type TopicPageData,
} from '../../src/portal/model';

/** `n` records newest first: r<n> is the newest, r1 the oldest. */
const ids = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `r${String(n - i)}` }));

describe('runs cut where the ids say', () => {
  // Ids whose hash 4 divides close a run of 4 or more; at 6 a run closes whatever the hash.
  const ends = (id: string) => idHash(id) % 4 === 0;
  const all = Array.from({ length: 200 }, (_, i) => `id${String(i)}`);
  const { runs, open } = contentRuns(all, (id) => id, 4, 6);

  it('hold every item once, in order, each run of 4 to 6 and the open rest shorter', () => {
    expect([...runs.flat(), ...open]).toEqual(all);
    for (const run of runs) {
      expect(run.length).toBeGreaterThanOrEqual(4);
      expect(run.length).toBeLessThanOrEqual(6);
      const last = run.at(-1) ?? '';
      expect(run.length === 6 || ends(last)).toBe(true);
      // No earlier item past the fourth would have closed it.
      expect(run.slice(3, -1).some(ends)).toBe(false);
    }
    expect(open.length).toBeLessThan(6);
  });
});

/** How many of `after`'s blocks `before` does not have, the same key and records. */
const changedBlocks = (
  before: TopicBlock<{ id: string }>[],
  after: TopicBlock<{ id: string }>[],
) => {
  const known = new Set(before.map((b) => JSON.stringify(b)));
  return after.filter((b) => !known.has(JSON.stringify(b))).length;
};

describe('a topic’s records in pages', () => {
  it('list every record once, newest first, in blocks of 10 to 30 with keys of their own', () => {
    for (const n of [0, 1, 9, 10, 30, 59, 60, 200, 1000]) {
      const { newest, older } = topicBlocks(ids(n));
      expect([...newest, ...older.flatMap((b) => b.records)]).toEqual(ids(n));
      for (const block of older) {
        expect(block.records.length).toBeGreaterThanOrEqual(TOPIC_BLOCK.least);
        expect(block.records.length).toBeLessThanOrEqual(TOPIC_BLOCK.most);
        expect(block.key).toMatch(/^[0-9a-f]{8}$/);
      }
      expect(new Set(older.map((b) => b.key)).size).toBe(older.length);
      // The topic's own page never shows a handful when there are older pages.
      if (older.length > 0) expect(newest.length).toBeGreaterThanOrEqual(TOPIC_BLOCK.least);
      expect(newest.length).toBeLessThan(2 * TOPIC_BLOCK.most);
    }
  });

  // 600 records (about 30 pages); a record added or removed at 25 places from newest to oldest.
  const records = ids(600);
  const before = topicBlocks(records).older;
  const places = Array.from({ length: 25 }, (_, k) => k * 24);
  it.each<[string, (place: number) => { id: string }[]]>([
    ['added', (place) => [...records.slice(0, place), { id: 'new' }, ...records.slice(place)]],
    ['removed', (place) => records.filter((_, i) => i !== place)],
  ])('change a page of older records or two when a record is %s anywhere', (_, change) => {
    const changed = places.map((place) => changedBlocks(before, topicBlocks(change(place)).older));
    // Mostly the block it falls in; where a block's end moves, the next one or few.
    expect(changed.filter((n) => n <= 1).length).toBeGreaterThanOrEqual(20);
    expect(Math.max(...changed)).toBeLessThanOrEqual(5);
    expect(before.length).toBeGreaterThan(20);
  });
});

describe('the portal’s topic pages', () => {
  // Records on one subject, one a month from January 2000: record k is the k-th oldest.
  const records = (n: number) =>
    Array.from({ length: n }, (_, i) => {
      const k = n - i;
      const month = String(((k - 1) % 12) + 1).padStart(2, '0');
      return parseRecord({
        id: `r${String(k)}`,
        title: `Record ${String(k)}`,
        authors: [],
        subjectAreas: ['Oncology'],
        published: `${String(2000 + Math.floor((k - 1) / 12))}-${month}`,
      }).value;
    });
  const pages = async (n: number): Promise<TopicPageData[]> =>
    (await buildPortal(records(n), () => [])).topics;

  it('are the topic’s own page and pages of older records, linked both ways in order', async () => {
    const [newest, ...older] = await pages(200);
    if (newest?.part !== 'newest') throw new Error('the topic’s own page comes first');
    const blocks = older.map((page) => (page.part === 'older' ? page.block : ''));
    expect(newest).toMatchObject({ total: 200, older: blocks[0] });
    const listed = [newest, ...older].flatMap((page) => page.records.map((r) => r.id));
    expect(listed).toEqual(ids(200).map((r) => r.id));
    older.forEach((page, i) => {
      if (page.part !== 'older') throw new Error('then the pages of older records');
      expect(page.newer).toBe(blocks[i - 1] ?? '');
      expect(page.older).toBe(blocks[i + 1] ?? '');
    });
  });

  it('change the topic’s own page and at most two others when a record comes', async () => {
    const before = new Set((await pages(200)).map((p) => JSON.stringify(p)));
    const after = await pages(201);
    const changed = after.filter((p) => !before.has(JSON.stringify(p)));
    expect(changed[0]?.part).toBe('newest');
    expect(changed.length).toBeLessThanOrEqual(3);
  });
});
