/**
 * The one IndexedDB database, through `idb` (a small, well-kept promise wrapper; see
 * ARCHITECTURE.md). Object stores hold plain versioned records (core/records/versioned.ts); the
 * database version below only changes when stores or indexes change, record shapes migrate
 * per record.
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import { openDB } from 'idb';

/** A record that could not be read, moved aside with why, so nothing is silently dropped. */
export interface SetAsideRecord {
  /** Auto-incremented. */
  key?: number;
  /** Which store it came from. */
  store: StoreName;
  /** Its key there. */
  originalKey: string;
  /** The record exactly as it was stored. */
  value: unknown;
  /** Why it could not be read. */
  reason: string;
  /** ISO time it was set aside. */
  at: string;
}

export interface RefrainDB extends DBSchema {
  notes: { key: string; value: unknown };
  articles: { key: string; value: unknown };
  setAside: { key: number; value: SetAsideRecord };
}

export type StoreName = 'notes' | 'articles';

export const DB_NAME = 'refrain';
/** Version 1: notes, articles, setAside. */
export const DB_VERSION = 1;

let dbPromise: Promise<IDBPDatabase<RefrainDB>> | undefined;

/** Opens (once) and upgrades the database. */
export function openRefrainDB(name = DB_NAME): Promise<IDBPDatabase<RefrainDB>> {
  if (name !== DB_NAME) return open(name);
  dbPromise ??= open(name);
  dbPromise.catch(() => {
    dbPromise = undefined;
  });
  return dbPromise;
}

function open(name: string): Promise<IDBPDatabase<RefrainDB>> {
  return openDB<RefrainDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('notes');
        db.createObjectStore('articles');
        db.createObjectStore('setAside', { keyPath: 'key', autoIncrement: true });
      }
    },
    blocking() {
      // Another tab wants a newer version: let it, this tab will reopen on next use.
      void dbPromise?.then((db) => db.close());
      dbPromise = undefined;
    },
  });
}

/** Closes the shared connection (tests, and before deleting the database). */
export async function closeRefrainDB(): Promise<void> {
  const p = dbPromise;
  dbPromise = undefined;
  if (p) (await p).close();
}
