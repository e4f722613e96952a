/** FNV-1a, 32 bits, over the UTF-16 code units: a stable, well-spread hash of an id. */
export function idHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Items cut into runs whose ends depend only on the items near them (content-defined chunking):
 * once a run holds `least` items, an item whose id hash `least` divides closes it, and at `most`
 * it closes whatever the hash. So an item added, changed or removed changes the run it falls in,
 * now and then the next one or two, and never the others. `open` is what follows the last closed
 * run (empty or fewer than `most` items).
 */
export function contentRuns<T>(
  items: readonly T[],
  idOf: (item: T) => string,
  least: number,
  most: number,
): { runs: T[][]; open: T[] } {
  const runs: T[][] = [];
  let run: T[] = [];
  for (const item of items) {
    run.push(item);
    if ((run.length >= least && idHash(idOf(item)) % least === 0) || run.length >= most) {
      runs.push(run);
      run = [];
    }
  }
  return { runs, open: run };
}
