/**
 * A typed repository over one object store: reads go through the record codec (migrate, validate),
 * unreadable records are moved to `setAside` in the same transaction and reported, writes of many
 * records happen in one transaction so a failure (storage full) stores none of them.
 */
import type { RecordCodec } from '../../../core/records/versioned.ts';
import { decodeRecord } from '../../../core/records/versioned.ts';
import type { SetAsideRecord, StoreName } from './db.ts';
import { DB_NAME, openRefrainDB } from './db.ts';

export type StorageErrorKind = 'quota' | 'unavailable' | 'unknown';

/** A storage failure the UI can word: "storage is full", "storage is unavailable (private mode?)". */
export class StorageError extends Error {
  readonly kind: StorageErrorKind;
  constructor(kind: StorageErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
    this.kind = kind;
  }
}

/** Maps whatever IndexedDB threw to a StorageError. QuotaExceededError means storage is full. */
export function toStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  const name = typeof e === 'object' && e !== null && 'name' in e ? String(e.name) : '';
  const message = e instanceof Error ? e.message : String(e);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) {
    return new StorageError('quota', 'The browser’s storage for this site is full.', { cause: e });
  }
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') {
    return new StorageError('unavailable', `Browser storage is unavailable (${name}).`, {
      cause: e,
    });
  }
  return new StorageError('unknown', `Browser storage failed: ${message}`, { cause: e });
}

export interface LoadResult<T> {
  records: T[];
  /** Records that could not be read during this load, now in `setAside` (not lost). */
  setAside: SetAsideRecord[];
}

export interface Repository<T> {
  /** Every readable record; unreadable ones are set aside and reported; migrated ones rewritten. */
  loadAll(): Promise<LoadResult<T>>;
  /** Writes all or none (one transaction). Throws StorageError. */
  putMany(values: readonly T[]): Promise<void>;
  /** Deletes all or none. Throws StorageError. */
  deleteMany(keys: readonly string[]): Promise<void>;
  /** Everything ever set aside from this store. */
  listSetAside(): Promise<SetAsideRecord[]>;
}

export function createRepository<T>(
  store: StoreName,
  codec: RecordCodec<T>,
  keyOf: (value: T) => string,
  dbName: string = DB_NAME,
): Repository<T> {
  const db = () => openRefrainDB(dbName).catch((e: unknown) => Promise.reject(toStorageError(e)));
  const encode = (value: T) => ({ ...(value as object), schema: codec.version });

  return {
    async loadAll() {
      const conn = await db();
      try {
        const tx = conn.transaction([store, 'setAside'], 'readwrite');
        const main = tx.objectStore(store);
        const aside = tx.objectStore('setAside');
        const records: T[] = [];
        const setAside: SetAsideRecord[] = [];
        let cursor = await main.openCursor();
        while (cursor) {
          const decoded = decodeRecord(codec, cursor.value);
          if (decoded.ok) {
            records.push(decoded.value.value);
            if (decoded.value.migrated) await cursor.update(encode(decoded.value.value));
          } else {
            const entry: SetAsideRecord = {
              store,
              originalKey: String(cursor.key),
              value: cursor.value,
              reason: decoded.error,
              at: new Date().toISOString(),
            };
            await aside.add(entry);
            await cursor.delete();
            setAside.push(entry);
          }
          cursor = await cursor.continue();
        }
        await tx.done;
        return { records, setAside };
      } catch (e) {
        throw toStorageError(e);
      }
    },
    async putMany(values) {
      const conn = await db();
      const tx = conn.transaction(store, 'readwrite');
      await allOrNothing(tx, (track) => {
        for (const v of values) track(tx.store.put(encode(v), keyOf(v)));
      });
    },
    async deleteMany(keys) {
      const conn = await db();
      const tx = conn.transaction(store, 'readwrite');
      await allOrNothing(tx, (track) => {
        for (const k of keys) track(tx.store.delete(k));
      });
    },
    async listSetAside() {
      const conn = await db();
      try {
        const all = await conn.getAll('setAside');
        return all.filter((r) => r.store === store);
      } catch (e) {
        throw toStorageError(e);
      }
    },
  };
}

/**
 * Runs the requests of one transaction and waits for it to commit. If issuing any request throws
 * (a value that cannot be cloned) or any request fails (quota), the whole transaction is aborted,
 * so none of the batch is stored.
 */
async function allOrNothing(
  tx: { abort(): void; done: Promise<void> },
  issue: (track: (request: Promise<unknown>) => void) => void,
): Promise<void> {
  const requests: Promise<unknown>[] = [];
  try {
    issue((r) => requests.push(r));
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    await Promise.allSettled([...requests, tx.done]);
    throw toStorageError(e);
  }
  const outcome = await Promise.allSettled([...requests, tx.done]);
  const failed = outcome.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failed) throw toStorageError(failed.reason);
}
