import { describe, expect, it } from 'vitest';
import { idHash } from '../../src/data/runs';
import {
  MIN_SHARD_SIZE,
  parseShardList,
  searchShards,
  shardSize,
  type ShardPage,
} from '../../src/search/shards';

/** `n` pages, one a day from 2000-01-01 on, with ids r0, r1, … */
const pages = (n: number, from = 0): ShardPage[] =>
  Array.from({ length: n }, (_, k) => {
    const day = new Date(Date.UTC(2000, 0, 1 + from + k)).toISOString().slice(0, 10);
    return { id: `r${String(from + k)}`, key: `${day} r${String(from + k)}` };
  });
const ids = (shards: ShardPage[][]) => shards.map((shard) => shard.map((p) => p.id));

describe('shardSize', () => {
  it.each([
    [0, MIN_SHARD_SIZE],
    [8191, 1024],
    [8192, 2048],
    [10_000, 2048],
    [100_000, 16_384],
    [1_000_000, 131_072],
  ])('%i records: shards of about %i', (records, size) => {
    expect(shardSize(records)).toBe(size);
  });
});

describe('idHash', () => {
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('FNV-1a of %j is %i', (id, hash) => {
    expect(idHash(id)).toBe(hash);
  });
});

describe('searchShards', () => {
  const site = pages(400);
  const shards = searchShards(site, 16);

  it('puts every page in one shard, newest first from shard to shard', () => {
    const order = shards.flat().map((p) => p.key);
    expect(order).toEqual(site.map((p) => p.key).reverse());
    expect(new Set(order).size).toBe(site.length);
  });

  it('ends a shard after the first page past half the size whose id hash half the size divides, or at twice the size', () => {
    const ends = (id: string) => idHash(id) % 8 === 0;
    for (const shard of shards.slice(0, -1)) {
      expect(shard.length).toBeGreaterThanOrEqual(8);
      expect(shard.length).toBeLessThanOrEqual(32);
      const last = shard.at(-1)?.id ?? '';
      if (shard.length < 32) expect(ends(last)).toBe(true);
      for (const page of shard.slice(7, -1)) expect(ends(page.id)).toBe(false);
    }
    expect(shards.at(-1)?.length).toBeLessThanOrEqual(32);
    expect(shards.length).toBeGreaterThanOrEqual(400 / 32);
    expect(shards.length).toBeLessThanOrEqual(400 / 8);
  });

  it.each([
    ['a record added', [...site, ...pages(1, 1000).map((p) => ({ ...p, key: `2000-03-15 new` }))]],
    ['a record removed', site.filter((p) => p.id !== 'r200')],
    [
      'a record edited to another date',
      site.map((p) => (p.id === 'r100' ? { ...p, key: `2000-12-20 ${p.id}` } : p)),
    ],
  ])('%s changes at most three shards, and keeps the rest as they were', (_change, changed) => {
    const before = new Set(ids(shards).map((s) => s.join()));
    const after = ids(searchShards(changed, 16)).map((s) => s.join());
    const changedShards = after.filter((s) => !before.has(s));
    expect(changedShards.length).toBeGreaterThan(0);
    expect(changedShards.length).toBeLessThanOrEqual(3);
  });

  it('gives the same shards whatever order the pages come in', () => {
    expect(ids(searchShards([...site].reverse(), 16))).toEqual(ids(shards));
  });

  it('has no shard for no pages, and one for a few', () => {
    expect(searchShards([])).toEqual([]);
    expect(ids(searchShards(pages(3)))).toEqual([['r2', 'r1', 'r0']]);
  });
});

describe('parseShardList', () => {
  it.each([
    [{ shards: ['0123456789abcdef'] }, ['0123456789abcdef']],
    [{ shards: [] }, []],
  ])('reads %j', (value, shards) => {
    expect(parseShardList(value)).toEqual({ shards });
  });

  it.each([[null], [{}], [{ shards: 'abc' }], [{ shards: ['../../etc'] }], [{ shards: [42] }]])(
    'refuses %j, saying what it is',
    (value) => {
      expect(() => parseShardList(value)).toThrow('pagefind/shards.json does not list');
    },
  );
});
