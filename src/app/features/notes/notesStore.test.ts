import { describe, expect, it } from 'vitest';
import type { Note } from '../../../core/notes/record.ts';
import { sampleNote } from '../../../core/notes/testing.ts';
import type { SetAsideRecord } from '../../platform/storage/db.ts';
import type { Repository } from '../../platform/storage/repository.ts';
import { StorageError } from '../../platform/storage/repository.ts';
import { createNotesStore } from './notesStore.ts';

/** An in-memory repository that can be told to fail like a full disk. */
function mockRepository(initial: Note[] = [], aside: SetAsideRecord[] = []) {
  const stored = new Map(initial.map((n) => [n.id, n]));
  const state = { full: false };
  const fail = () => {
    if (state.full) throw new StorageError('quota', 'full');
  };
  const repo: Repository<Note> = {
    loadAll: () => Promise.resolve({ records: [...stored.values()], setAside: aside }),
    putMany: (values) => {
      fail();
      for (const v of values) stored.set(v.id, v);
      return Promise.resolve();
    },
    deleteMany: (keys) => {
      fail();
      for (const k of keys) stored.delete(k);
      return Promise.resolve();
    },
    listSetAside: () => Promise.resolve(aside),
  };
  return { repo, stored, state };
}

function setup(initial: Note[] = [], aside: SetAsideRecord[] = []) {
  const mock = mockRepository(initial, aside);
  let id = 0;
  const store = createNotesStore({
    repository: () => mock.repo,
    now: () => '2026-11-23T12:00:00.000Z',
    newId: () => `new-${++id}`,
  });
  return { ...mock, store };
}

const input = {
  articleId: 'a1',
  anchor: sampleNote().anchor,
  colour: 'green' as const,
  text: 'hello',
};

describe('notes store', () => {
  it('loads stored notes and reports set-aside ones', async () => {
    const bad: SetAsideRecord = {
      store: 'notes',
      originalKey: 'x',
      value: 'garbage',
      reason: 'this note is not an object',
      at: '2026-11-23T12:00:00.000Z',
    };
    const { store } = setup([sampleNote()], [bad]);
    await store.getState().load();
    expect(store.getState()).toMatchObject({
      status: 'ready',
      notes: [sampleNote()],
      setAside: [bad],
      keptAside: [bad],
    });
    store.getState().dismissSetAside();
    expect(store.getState().setAside).toEqual([]);
    expect(store.getState().keptAside).toEqual([bad]);
  });

  it('adds, edits, deletes and undoes, writing each change', async () => {
    const { store, stored } = setup();
    await store.getState().load();
    const note = await store.getState().add(input);
    expect(note).toMatchObject({ id: 'new-1', text: 'hello', created: '2026-11-23T12:00:00.000Z' });
    expect(stored.get('new-1')).toEqual(note);
    expect(await store.getState().edit('new-1', { text: 'changed', colour: 'pink' })).toBe(true);
    expect(stored.get('new-1')).toMatchObject({ text: 'changed', colour: 'pink' });
    await store.getState().remove(['new-1']);
    expect(store.getState().notes).toEqual([]);
    expect(stored.size).toBe(0);
    await store.getState().undoDelete();
    expect(store.getState().notes.map((n) => n.text)).toEqual(['changed']);
    expect(stored.get('new-1')?.text).toBe('changed');
    expect(store.getState().deleted).toBeNull();
  });

  it('storage full: the change is rolled back, existing notes are kept, the problem is reported', async () => {
    const { store, stored, state } = setup([sampleNote()]);
    await store.getState().load();
    state.full = true;
    expect(await store.getState().add(input)).toBeNull();
    expect(store.getState().notes).toEqual([sampleNote()]);
    expect(store.getState().problem).toEqual({ action: 'add', kind: 'quota' });
    expect(await store.getState().edit('n1', { text: 'lost' })).toBe(false);
    expect(store.getState().notes).toEqual([sampleNote()]);
    expect(await store.getState().remove(['n1'])).toBe(false);
    expect(store.getState().notes).toEqual([sampleNote()]);
    expect(store.getState().problem).toEqual({ action: 'delete', kind: 'quota' });
    expect(await store.getState().importNotes([sampleNote({ id: 'n9', text: 'new' })])).toBeNull();
    expect(store.getState().notes).toEqual([sampleNote()]);
    expect([...stored.values()]).toEqual([sampleNote()]);
    store.getState().dismissProblem();
    expect(store.getState().problem).toBeNull();
  });

  it('imports by merging: new notes added, duplicates skipped', async () => {
    const { store, stored } = setup([sampleNote()]);
    await store.getState().load();
    const result = await store
      .getState()
      .importNotes([
        sampleNote(),
        sampleNote({ id: 'twin' }),
        sampleNote({ id: 'n2', text: 'new' }),
      ]);
    expect(result).toMatchObject({ added: 1, skipped: 2 });
    expect(
      store
        .getState()
        .notes.map((n) => n.id)
        .sort(),
    ).toEqual(['n1', 'n2']);
    expect(stored.size).toBe(2);
  });

  it('a failed load is reported and can be retried', async () => {
    const { store, repo } = setup([sampleNote()]);
    const real = repo.loadAll;
    repo.loadAll = () => Promise.reject(new StorageError('unavailable', 'no idb'));
    await store.getState().load();
    expect(store.getState()).toMatchObject({ status: 'error', problem: { kind: 'unavailable' } });
    repo.loadAll = real;
    await store.getState().load();
    expect(store.getState().notes).toEqual([sampleNote()]);
  });
});
