import { describe, expect, it } from 'vitest';
import { parseRecord } from '../../src/record/read';
import { buildPortal, topicBlocks, type TopicPageData } from '../../src/portal/model';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `r${String(n - i)}`);

describe('a topic’s records in pages', () => {
  // Records newest first: r<n> is the newest, r1 the oldest. Blocks of three.
  it.each<[number, string[], string[][]]>([
    [0, [], []],
    [2, ['r2', 'r1'], []],
    [3, ['r3', 'r2', 'r1'], []],
    [5, ['r5', 'r4', 'r3', 'r2', 'r1'], []],
    [6, ['r6', 'r5', 'r4'], [['r3', 'r2', 'r1']]],
    [8, ['r8', 'r7', 'r6', 'r5', 'r4'], [['r3', 'r2', 'r1']]],
    [
      9,
      ['r9', 'r8', 'r7'],
      [
        ['r3', 'r2', 'r1'],
        ['r6', 'r5', 'r4'],
      ],
    ],
  ])('%i records: the topic’s page and the blocks from the oldest', (n, newest, older) => {
    expect(topicBlocks(ids(n), 3)).toEqual({ newest, older });
  });

  it('keeps every older page as it was when a newest record comes, adding one every block', () => {
    for (let n = 0; n < 30; n++) {
      const before = topicBlocks(ids(n), 3);
      const after = topicBlocks(ids(n + 1), 3);
      // Every record on exactly one page, newest first.
      expect([...after.newest, ...after.older.toReversed().flat()]).toEqual(ids(n + 1));
      expect(after.older.slice(0, before.older.length)).toEqual(before.older);
      expect(after.older.length - before.older.length).toBe((n + 1) % 3 === 0 && n >= 5 ? 1 : 0);
    }
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
  const pages = async (n: number) =>
    new Map(
      (await buildPortal(records(n), () => [])).topics.map((page): [string, TopicPageData] => [
        page.part === 'newest' ? 'newest' : String(page.block),
        page,
      ]),
    );

  it('are the topic’s own page with its newest records and pages of older ones linked both ways', async () => {
    const built = await pages(65);
    expect([...built.keys()]).toEqual(['newest', '1', '2']);
    const newest = built.get('newest');
    expect(newest).toMatchObject({ part: 'newest', total: 65, older: 2 });
    expect(newest?.records.map((r) => r.id)).toEqual(ids(65).slice(0, 25));
    expect(built.get('2')).toMatchObject({ block: 2, from: 21, newer: 0, older: 1 });
    expect(built.get('2')?.records.map((r) => r.id)).toEqual(ids(40).slice(0, 20));
    expect(built.get('1')).toMatchObject({ block: 1, from: 1, newer: 2, older: 0 });
    expect(built.get('1')?.records.map((r) => r.id)).toEqual(ids(20));
  });

  it('change on the topic’s own page alone when a newer record comes, but for a new block', async () => {
    const before = await pages(65);
    const after = await pages(66);
    expect(after.get('1')).toEqual(before.get('1'));
    expect(after.get('2')).toEqual(before.get('2'));
    expect(after.get('newest')).not.toEqual(before.get('newest'));
    // At 80 records a fourth block is full: it gets a page, and the block before it links to it.
    const full = await pages(80);
    expect(full.get('3')).toMatchObject({ from: 41, newer: 0, older: 2 });
    expect(full.get('2')).toMatchObject({ newer: 3 });
    expect(full.get('1')).toEqual(before.get('1'));
  });
});
