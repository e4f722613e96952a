import * as v from 'valibot';
import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import type { CslItem } from './csl';
import { DEFAULT_STYLE, isStyleId, type StyleId } from './styleIds';

/**
 * The "Cite this" panel's state: the reader's preferred style (the one the panel opens on), the
 * export options and the export list (with a snapshot of each record's citation data, so the list
 * works without the record files). Whether the panel is open, and the style it shows, live in the
 * URL only (`?cite=`). Actions are named for what happened. Style, options and list are
 * kept in localStorage; whatever is stored is checked on the way in, so a corrupt, foreign or
 * older value is migrated or reset with a notice, and the list is kept whenever it can be read.
 */
export interface ListEntry {
  id: string;
  /** The record's citation data, Pure's output type (`genre`) and keywords included. */
  item: CslItem;
}

export interface CiteState {
  style: StyleId;
  bibtexAscii: boolean;
  list: ListEntry[];
  /** Said once to the reader, then dismissed (e.g. "Your saved citation settings were reset"). */
  notice: string | null;
  actions: {
    styleChosen: (style: StyleId) => void;
    bibtexAsciiToggled: (ascii: boolean) => void;
    recordAdded: (entry: ListEntry) => void;
    recordRemoved: (id: string) => void;
    listCleared: () => void;
    noticeDismissed: () => void;
  };
}

export const STORAGE_KEY = 'lectern:cite';
/** Where an unreadable stored value is moved, so that nothing is lost. */
export const BACKUP_KEY = 'lectern:cite:unreadable';
/**
 * 2: the output type lives in the item (`genre`) and keywords are a list (`keywords`); version 1
 * kept the type beside the item and the keywords as one string joined with ", ".
 */
export const STORE_VERSION = 2;

const nameSchema = v.looseObject({
  family: v.optional(v.string()),
  given: v.optional(v.string()),
  literal: v.optional(v.string()),
});
const itemSchema = v.looseObject({
  id: v.string(),
  type: v.literal('article-journal'),
  title: v.string(),
  author: v.array(nameSchema),
  genre: v.optional(v.string()),
  keywords: v.optional(v.array(v.string())),
});
const entrySchema = v.object({ id: v.string(), item: itemSchema });

/** A version 1 entry: `outputType` beside the item, keywords as one ", "-joined string. */
const entryV1Schema = v.object({
  id: v.string(),
  item: v.looseObject({
    ...itemSchema.entries,
    keywords: v.optional(v.unknown()),
    keyword: v.optional(v.string()),
  }),
  outputType: v.optional(v.string()),
});

function fromV1(entry: v.InferOutput<typeof entryV1Schema>): unknown {
  const { keyword, ...item } = entry.item;
  return {
    id: entry.id,
    item: {
      ...item,
      ...(entry.outputType ? { genre: entry.outputType } : {}),
      ...(keyword ? { keywords: keyword.split(', ').filter(Boolean) } : {}),
    },
  };
}

type Persisted = Pick<CiteState, 'style' | 'bibtexAscii' | 'list'>;

/** Reads whatever was stored (any version, any shape) into the current shape, salvaging what it can. */
export function migrateStored(
  stored: unknown,
  version: number,
): Persisted & { notice: string | null } {
  const record = typeof stored === 'object' && stored !== null ? stored : {};
  const field = (name: string): unknown => Reflect.get(record, name);
  // A value stored without a version (0: written by hand, by another tool, or before versions)
  // may hold its list as bare CSL-JSON items under `items`; those are wrapped into entries.
  const rawList: unknown = version === 0 ? (field('list') ?? field('items')) : field('list');
  const list: ListEntry[] = [];
  let dropped = 0;
  if (Array.isArray(rawList)) {
    const items: unknown[] = rawList;
    for (const raw of items) {
      const bare = v.safeParse(itemSchema, raw);
      const v1 = v.safeParse(entryV1Schema, raw);
      const entry: unknown =
        version === 0 && bare.success
          ? fromV1({ id: bare.output.id, item: bare.output })
          : version < STORE_VERSION && v1.success
            ? fromV1(v1.output)
            : raw;
      const parsed = v.safeParse(entrySchema, entry);
      if (parsed.success) list.push(parsed.output);
      else dropped += 1;
    }
  } else if (rawList !== undefined) {
    dropped += 1;
  }
  const style = field('style');
  const ascii = field('bibtexAscii');
  const problems = [
    style !== undefined && !isStyleId(style) ? 'the citation style' : '',
    ascii !== undefined && typeof ascii !== 'boolean' ? 'the BibTeX option' : '',
    dropped > 0 ? `${dropped} unreadable ${dropped === 1 ? 'entry' : 'entries'} of your list` : '',
  ].filter(Boolean);
  return {
    style: isStyleId(style) ? style : DEFAULT_STYLE,
    bibtexAscii: typeof ascii === 'boolean' ? ascii : false,
    list,
    notice:
      problems.length > 0
        ? `Some saved citation settings could not be read and were reset: ${problems.join(', ')}.`
        : null,
  };
}

let pendingNotice: string | null = null;

/** localStorage, with unreadable JSON moved aside (and a notice) instead of failing hydration. */
export function safeStorage(storage: () => Storage): StateStorage {
  return {
    getItem: (name) => {
      const raw = storage().getItem(name);
      if (raw === null) return null;
      try {
        JSON.parse(raw);
        return raw;
      } catch {
        storage().setItem(BACKUP_KEY, raw);
        storage().removeItem(name);
        pendingNotice = `Your saved citation list could not be read; it was kept aside under "${BACKUP_KEY}" and a new one started.`;
        return null;
      }
    },
    setItem: (name, value) => {
      try {
        storage().setItem(name, value);
      } catch {
        // A full or blocked storage only loses persistence, never the page.
      }
    },
    removeItem: (name) => {
      storage().removeItem(name);
    },
  };
}

export function createCiteStore(storage: () => Storage = () => window.localStorage) {
  return create<CiteState>()(
    persist(
      (set) => ({
        style: DEFAULT_STYLE,
        bibtexAscii: false,
        list: [],
        notice: null,
        actions: {
          styleChosen: (style) => {
            set({ style });
          },
          bibtexAsciiToggled: (bibtexAscii) => {
            set({ bibtexAscii });
          },
          recordAdded: (entry) => {
            set((state) => ({
              list: [...state.list.filter((e) => e.id !== entry.id), entry],
            }));
          },
          recordRemoved: (id) => {
            set((state) => ({ list: state.list.filter((e) => e.id !== id) }));
          },
          listCleared: () => {
            set({ list: [] });
          },
          noticeDismissed: () => {
            set({ notice: null });
          },
        },
      }),
      {
        name: STORAGE_KEY,
        version: STORE_VERSION,
        storage: createJSONStorage(() => safeStorage(storage)),
        partialize: (state): Persisted => ({
          style: state.style,
          bibtexAscii: state.bibtexAscii,
          list: state.list,
        }),
        migrate: (stored, version) => {
          const { notice, ...clean } = migrateStored(stored, version);
          pendingNotice = pendingNotice ?? notice;
          return clean;
        },
        merge: (stored, current) => {
          const { notice, ...clean } = migrateStored(stored, STORE_VERSION);
          const said = pendingNotice ?? notice;
          pendingNotice = null;
          return { ...current, ...clean, notice: said ?? current.notice };
        },
      },
    ),
  );
}

export const useCiteStore = createCiteStore();

/** Two open tabs see each other's changes to the list. */
export function syncAcrossTabs(store: typeof useCiteStore, target: Window = window): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) void store.persist.rehydrate();
  };
  target.addEventListener('storage', onStorage);
  return () => {
    target.removeEventListener('storage', onStorage);
  };
}

export const useCiteStyle = () => useCiteStore((s) => s.style);
export const useBibtexAscii = () => useCiteStore((s) => s.bibtexAscii);
export const useCiteList = () => useCiteStore((s) => s.list);
export const useCiteNotice = () => useCiteStore((s) => s.notice);
export const useCiteActions = () => useCiteStore((s) => s.actions);
