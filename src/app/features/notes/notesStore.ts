/**
 * The reader's notes: one zustand store, loaded from IndexedDB through the notes repository.
 * Changes show at once and are written behind; a write that fails (storage full, storage
 * unavailable) rolls the change back and leaves a problem for the UI to word, so the notes on
 * screen are always the notes stored. Unreadable stored notes are set aside by the repository and
 * reported here, never dropped.
 */
import { create } from 'zustand';
import type { StoreApi, UseBoundStore } from 'zustand';
import type { TextAnchor } from '../../../core/notes/anchor.ts';
import type { MergeResult } from '../../../core/notes/exchange.ts';
import { mergeNotes } from '../../../core/notes/exchange.ts';
import type { Note, NoteColour } from '../../../core/notes/record.ts';
import { NOTE_CODEC } from '../../../core/notes/record.ts';
import type { SetAsideRecord } from '../../platform/storage/db.ts';
import type { Repository, StorageErrorKind } from '../../platform/storage/repository.ts';
import { createRepository, toStorageError } from '../../platform/storage/repository.ts';

export type NotesAction = 'load' | 'add' | 'edit' | 'delete' | 'undo' | 'import';

/** A storage failure, for the UI to word ("storage is full: the note was not saved"). */
export interface NotesProblem {
  action: NotesAction;
  kind: StorageErrorKind;
}

export interface NewNote {
  articleId: string;
  anchor: TextAnchor;
  colour: NoteColour;
  text: string;
}

export interface NotesState {
  /** Every readable note, in no particular order (views sort what they show). */
  notes: Note[];
  /** 'idle' until the first load starts. */
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** The last storage failure, until dismissed. */
  problem: NotesProblem | null;
  /** Notes set aside as unreadable by this session's load, until the message is dismissed. */
  setAside: SetAsideRecord[];
  /** Every note ever set aside (kept in storage, downloadable). */
  keptAside: SetAsideRecord[];
  /** The notes removed by the last delete, while it can be undone. */
  deleted: Note[] | null;
  /** Load once (later calls do nothing unless the first failed). */
  load: () => Promise<void>;
  /** Add a note; resolves to it, or null if it could not be stored. */
  add: (note: NewNote) => Promise<Note | null>;
  /** Change a note's text or colour; false if it could not be stored (nothing changed). */
  edit: (id: string, patch: { text?: string; colour?: NoteColour }) => Promise<boolean>;
  /** Delete notes (undo with `undoDelete`). */
  remove: (ids: readonly string[]) => Promise<boolean>;
  undoDelete: () => Promise<boolean>;
  /** Merge imported notes (all stored or none); null if storage failed. */
  importNotes: (incoming: readonly Note[]) => Promise<MergeResult | null>;
  dismissProblem: () => void;
  dismissSetAside: () => void;
  dismissUndo: () => void;
}

export interface NotesDeps {
  repository: () => Repository<Note>;
  now: () => string;
  newId: () => string;
}

/** A notes store over `deps` (tests pass a mock repository). */
export function createNotesStore(deps: NotesDeps): UseBoundStore<StoreApi<NotesState>> {
  let repo: Repository<Note> | undefined;
  const repository = () => (repo ??= deps.repository());

  return create<NotesState>()((set, get) => {
    /** Runs a write; on failure undoes `rollback` and records the problem. */
    async function write(
      action: NotesAction,
      run: () => Promise<void>,
      rollback: () => void,
    ): Promise<boolean> {
      try {
        await run();
        return true;
      } catch (e) {
        rollback();
        set({ problem: { action, kind: toStorageError(e).kind } });
        return false;
      }
    }

    return {
      notes: [],
      status: 'idle',
      problem: null,
      setAside: [],
      keptAside: [],
      deleted: null,
      load: async () => {
        const { status } = get();
        if (status === 'loading' || status === 'ready') return;
        set({ status: 'loading' });
        try {
          const loaded = await repository().loadAll();
          const kept = await repository()
            .listSetAside()
            .catch(() => loaded.setAside);
          set((s) => ({
            // Notes added while loading stay.
            notes: [
              ...loaded.records.filter((r) => !s.notes.some((n) => n.id === r.id)),
              ...s.notes,
            ],
            status: 'ready',
            setAside: loaded.setAside,
            keptAside: kept,
          }));
        } catch (e) {
          set({ status: 'error', problem: { action: 'load', kind: toStorageError(e).kind } });
        }
      },
      add: async (input) => {
        const at = deps.now();
        const note: Note = { ...input, id: deps.newId(), created: at, updated: at };
        set((s) => ({ notes: [...s.notes, note] }));
        const ok = await write(
          'add',
          () => repository().putMany([note]),
          () => set((s) => ({ notes: s.notes.filter((n) => n.id !== note.id) })),
        );
        return ok ? note : null;
      },
      edit: async (id, patch) => {
        const before = get().notes.find((n) => n.id === id);
        if (!before) return false;
        const after: Note = { ...before, ...patch, updated: deps.now() };
        const swap = (from: Note, to: Note) =>
          set((s) => ({ notes: s.notes.map((n) => (n === from ? to : n)) }));
        swap(before, after);
        return write(
          'edit',
          () => repository().putMany([after]),
          () => swap(after, before),
        );
      },
      remove: async (ids) => {
        const gone = get().notes.filter((n) => ids.includes(n.id));
        if (gone.length === 0) return false;
        set((s) => ({ notes: s.notes.filter((n) => !ids.includes(n.id)), deleted: gone }));
        return write(
          'delete',
          () => repository().deleteMany(gone.map((n) => n.id)),
          () => set((s) => ({ notes: [...s.notes, ...gone], deleted: null })),
        );
      },
      undoDelete: async () => {
        const back = get().deleted;
        if (!back) return false;
        set((s) => ({ notes: [...s.notes, ...back], deleted: null }));
        return write(
          'undo',
          () => repository().putMany(back),
          () =>
            set((s) => ({
              notes: s.notes.filter((n) => !back.includes(n)),
              deleted: back,
            })),
        );
      },
      importNotes: async (incoming) => {
        const merged = mergeNotes(get().notes, incoming);
        if (merged.toWrite.length === 0) return merged;
        const ok = await write(
          'import',
          () => repository().putMany(merged.toWrite),
          () => undefined,
        );
        if (!ok) return null;
        const ids = new Set(merged.toWrite.map((n) => n.id));
        set((s) => ({ notes: [...s.notes.filter((n) => !ids.has(n.id)), ...merged.toWrite] }));
        return merged;
      },
      dismissProblem: () => set({ problem: null }),
      dismissSetAside: () => set({ setAside: [] }),
      dismissUndo: () => set({ deleted: null }),
    };
  });
}

/** The app's notes, stored in IndexedDB `refrain`, store `notes`. */
export const useNotesStore = createNotesStore({
  repository: () => createRepository('notes', NOTE_CODEC, (n) => n.id),
  now: () => new Date().toISOString(),
  newId: () =>
    typeof crypto !== 'undefined' && 'randomUUID' in crypto
      ? crypto.randomUUID()
      : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,
});
