/**
 * The interface's message tables. English is in the entry bundle (it is also every table's
 * fallback); the Chinese tables — Simplified, and the Traditional ones derived at build time — are
 * lazy chunks, so a first visit carries only the language it shows (~13 KB gzip less in English).
 * main.tsx loads the starting table before the first render, so nobody sees a flash of the wrong
 * language; a later switch shows the new language as soon as its chunk arrives (precached).
 */
import { create } from 'zustand';
import type { Messages } from './messages.ts';
import { en } from './messages.ts';

export type UiTag = 'en' | 'zh-Hans' | 'zh-Hant-TW' | 'zh-Hant-HK';

const LOADERS: Record<Exclude<UiTag, 'en'>, () => Promise<Messages>> = {
  'zh-Hans': () => import('./zhHans.ts').then((m) => m.zhHans),
  'zh-Hant-TW': () => import('virtual:refrain/ui-hant').then((m) => m.default.tw),
  'zh-Hant-HK': () => import('virtual:refrain/ui-hant').then((m) => m.default.hk),
};

interface TablesState {
  /** The tables loaded so far, by interface tag. */
  tables: Partial<Record<UiTag, Messages>>;
}

export const useTablesStore = create<TablesState>(() => ({ tables: { en } }));

const pending = new Map<UiTag, Promise<void>>();

/** Loads one table (once; a failed load, offline before caching say, may be retried). */
export function loadTable(tag: UiTag): Promise<void> {
  if (tag === 'en' || useTablesStore.getState().tables[tag]) return Promise.resolve();
  let p = pending.get(tag);
  if (!p) {
    p = LOADERS[tag]().then(
      (messages) => useTablesStore.setState((s) => ({ tables: { ...s.tables, [tag]: messages } })),
      (e: unknown) => {
        pending.delete(tag);
        throw e;
      },
    );
    pending.set(tag, p);
  }
  return p;
}

/** The table for `tag` if loaded; else Simplified for a Traditional tag if that is; else English. */
export function pickTable(tables: TablesState['tables'], tag: UiTag): Messages {
  return tables[tag] ?? (tag === 'en' ? undefined : tables['zh-Hans']) ?? en;
}
