import { describe, expect, it } from 'vitest';
import { toCsl } from '../../src/citation/csl';
import {
  BACKUP_KEY,
  createCiteStore,
  migrateStored,
  STORAGE_KEY,
  STORE_VERSION,
  syncAcrossTabs,
  type ListEntry,
} from '../../src/citation/store';
import { parseRecord } from '../../src/record/read';
import { recordWithDoi, seed } from '../fixtures/records';

/** A fresh in-memory localStorage per test. */
function memoryStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    clear: () => {
      data.clear();
    },
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => {
      data.delete(key);
    },
    setItem: (key, value) => {
      data.set(key, value);
    },
  };
}

const entry = (raw: unknown): ListEntry => {
  const record = parseRecord(raw).value;
  return { id: record.id, item: toCsl(record) };
};
const seedEntry = entry(seed);
const doiEntry = entry(recordWithDoi);

describe('the cite store', () => {
  it('changes through actions named for events', () => {
    const store = createCiteStore(() => memoryStorage());
    const { actions } = store.getState();
    actions.styleChosen('vancouver');
    expect(store.getState()).toMatchObject({ style: 'vancouver' });
    actions.styleChosen('bibtex');
    actions.bibtexAsciiToggled(true);
    actions.recordAdded(seedEntry);
    actions.recordAdded(doiEntry);
    actions.recordAdded(seedEntry);
    expect(store.getState().list.map((e) => e.id)).toEqual([doiEntry.id, seedEntry.id]);
    actions.recordRemoved(doiEntry.id);
    expect(store.getState().list.map((e) => e.id)).toEqual([seedEntry.id]);
    actions.listCleared();
    expect(store.getState()).toMatchObject({
      list: [],
      style: 'bibtex',
      bibtexAscii: true,
    });
  });

  it('persists style, options and list', () => {
    const storage = memoryStorage();
    const store = createCiteStore(() => storage);
    store.getState().actions.styleChosen('mla');
    store.getState().actions.recordAdded(seedEntry);
    const saved = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as {
      state: object;
      version: number;
    };
    expect(saved.version).toBe(STORE_VERSION);
    expect(saved.state).toEqual({ style: 'mla', bibtexAscii: false, list: [seedEntry] });

    const reopened = createCiteStore(() => storage);
    expect(reopened.getState()).toMatchObject({ style: 'mla', list: [seedEntry] });
  });

  it('migrates a value stored without a version, whose list is bare CSL-JSON items', () => {
    const storage = memoryStorage({
      [STORAGE_KEY]: JSON.stringify({
        state: { style: 'chicago', items: [seedEntry.item] },
        version: 0,
      }),
    });
    const store = createCiteStore(() => storage);
    expect(store.getState()).toMatchObject({
      style: 'chicago',
      list: [{ id: seedEntry.id, item: seedEntry.item }],
      notice: null,
    });
  });

  it('migrates a version 1 list: the output type beside the item, the keywords as one string', () => {
    const { genre, keywords, ...v1Item } = seedEntry.item;
    const storage = memoryStorage({
      [STORAGE_KEY]: JSON.stringify({
        state: {
          style: 'ris',
          list: [
            {
              id: seedEntry.id,
              item: { ...v1Item, keyword: keywords?.join(', ') },
              outputType: genre,
            },
          ],
        },
        version: 1,
      }),
    });
    const store = createCiteStore(() => storage);
    expect(store.getState()).toMatchObject({ style: 'ris', list: [seedEntry], notice: null });
  });

  it('resets what it cannot read, keeps the list entries it can, and says so', () => {
    const storage = memoryStorage({
      [STORAGE_KEY]: JSON.stringify({
        state: { style: 'comic-sans', bibtexAscii: 'yes', list: [seedEntry, { id: 3 }, null] },
        version: STORE_VERSION,
      }),
    });
    const store = createCiteStore(() => storage);
    expect(store.getState()).toMatchObject({ style: 'apa', bibtexAscii: false, list: [seedEntry] });
    expect(store.getState().notice).toBe(
      'Some saved citation settings could not be read and were reset: the citation style, the BibTeX option, 2 unreadable entries of your list.',
    );
    store.getState().actions.noticeDismissed();
    expect(store.getState().notice).toBeNull();
  });

  it('survives corrupt storage, keeping the unreadable value aside', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{"state": {"list": [' });
    const store = createCiteStore(() => storage);
    expect(store.getState()).toMatchObject({ style: 'apa', list: [] });
    expect(store.getState().notice).toMatch(/could not be read; it was kept aside/);
    expect(storage.getItem(BACKUP_KEY)).toBe('{"state": {"list": [');
    store.getState().actions.recordAdded(seedEntry);
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? '')).toMatchObject({
      state: { list: [seedEntry] },
    });
  });

  it('ignores a foreign value of the wrong shape altogether', () => {
    expect(migrateStored('a string', 0)).toMatchObject({ style: 'apa', list: [], notice: null });
    expect(migrateStored({ list: 'nope' }, 1).notice).toMatch(/1 unreadable entry/);
  });

  it('picks up another tab’s change to the list', async () => {
    const storage = memoryStorage();
    const here = createCiteStore(() => storage);
    const there = createCiteStore(() => storage);
    const stop = syncAcrossTabs(here, window);
    there.getState().actions.recordAdded(doiEntry);
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
    await Promise.resolve();
    expect(here.getState().list.map((e) => e.id)).toEqual([doiEntry.id]);
    stop();
  });
});
