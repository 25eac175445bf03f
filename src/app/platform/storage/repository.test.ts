import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import type { RecordCodec } from '../../../core/records/versioned.ts';
import { field } from '../../../core/records/versioned.ts';
import { err, ok } from '../../../core/result.ts';
import { createRepository, toStorageError } from './repository.ts';
import { openRefrainDB } from './db.ts';

interface Thing {
  id: string;
  label: string;
}

// Schema 1 called the label `name`; schema 2 renamed it.
const codec: RecordCodec<Thing> = {
  kind: 'thing',
  version: 2,
  migrations: [({ name, ...rest }) => ({ ...rest, label: name })],
  validate(r) {
    const errors: string[] = [];
    const value = { id: field.string(r, 'id', errors), label: field.string(r, 'label', errors) };
    return errors.length ? err(errors.join('; ')) : ok(value);
  },
};

let n = 0;
const freshName = () => `refrain-test-${++n}`;

describe('createRepository', () => {
  it('round-trips records and deletes them', async () => {
    const repo = createRepository('notes', codec, (t) => t.id, freshName());
    await repo.putMany([
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ]);
    expect((await repo.loadAll()).records).toEqual([
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ]);
    await repo.deleteMany(['a']);
    expect((await repo.loadAll()).records.map((t) => t.id)).toEqual(['b']);
  });

  it('migrates old records and writes them back upgraded', async () => {
    const name = freshName();
    const db = await openRefrainDB(name);
    await db.put('notes', { schema: 1, id: 'old', name: 'Old' }, 'old');
    const repo = createRepository('notes', codec, (t) => t.id, name);
    expect((await repo.loadAll()).records).toEqual([{ id: 'old', label: 'Old' }]);
    expect(await db.get('notes', 'old')).toEqual({ schema: 2, id: 'old', label: 'Old' });
  });

  it('sets corrupt and newer records aside with a reason, keeping the good ones', async () => {
    const name = freshName();
    const db = await openRefrainDB(name);
    await db.put('notes', { schema: 2, id: 'good', label: 'G' }, 'good');
    await db.put('notes', 'garbage', 'bad1');
    await db.put('notes', { schema: 2, id: 'x' }, 'bad2');
    await db.put('notes', { schema: 9, id: 'future', label: 'F' }, 'bad3');
    const repo = createRepository('notes', codec, (t) => t.id, name);
    const first = await repo.loadAll();
    expect(first.records).toEqual([{ id: 'good', label: 'G' }]);
    expect(first.setAside.map((r) => r.originalKey)).toEqual(['bad1', 'bad2', 'bad3']);
    expect(first.setAside[1]!.reason).toMatch(/label/);
    expect(first.setAside[2]!.reason).toMatch(/newer version/);
    // Set aside, not dropped: the original value is kept, and a second load is clean.
    const kept = await repo.listSetAside();
    expect(kept.map((r) => r.value)).toContainEqual('garbage');
    expect((await repo.loadAll()).setAside).toEqual([]);
  });

  it('stores nothing when one record in a batch cannot be written', async () => {
    const name = freshName();
    const repo = createRepository('notes', codec, (t) => t.id, name);
    const bad = { id: 'b', label: 'B', fn: () => 1 } as unknown as Thing; // not cloneable
    await expect(repo.putMany([{ id: 'a', label: 'A' }, bad])).rejects.toMatchObject({
      name: 'StorageError',
    });
    expect((await repo.loadAll()).records).toEqual([]);
  });

  it('words a full disk as quota', () => {
    const e = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(toStorageError(e).kind).toBe('quota');
    expect(toStorageError(new Error('x')).kind).toBe('unknown');
  });

  it('opens the database idempotently', async () => {
    const name = freshName();
    await openRefrainDB(name);
    const db = await openDB(name);
    expect([...db.objectStoreNames].sort()).toEqual(['articles', 'notes', 'setAside']);
    db.close();
  });
});
