/**
 * The import view's session: what is being imported (progress, cancel) and what became of each
 * file. Added articles go to the library store in one all-or-nothing write; refusals name the
 * file and say why; nothing is stored for a cancelled or failed batch.
 */
import { create } from 'zustand';
import type { ImportEncoding, RefusalKind } from '../../../core/import/encodings.ts';
import type { ImportInput, ImportOutcome } from '../../../core/import/importFiles.ts';
import type { OwnArticle } from '../../../core/import/record.ts';
import { readCollection, writeCollection } from '../../../core/import/collection.ts';
import type { PlainRecord } from '../../../core/records/versioned.ts';
import { decodeRecord } from '../../../core/records/versioned.ts';
import { NOTE_CODEC } from '../../../core/notes/record.ts';
import type { Note } from '../../../core/notes/record.ts';
import { useNotesStore } from '../notes/notesStore.ts';
import { existingFingerprints, loadKnownNames, useLibraryStore } from '../../data/libraryStore.ts';
import { toStorageError } from '../../platform/storage/repository.ts';
import { importClient } from '../../platform/importClient.ts';
import type { Prepared } from './prepare.ts';

/** File reading, decoding and HTML extraction (with chardet): loaded on the first import only. */
const preparing = () => import('./prepare.ts');

/** Why an entry failed: a refusal of the file, or of the collection, or of storage. */
export type EntryError =
  RefusalKind | 'collection-malformed' | 'collection-newer' | 'quota' | 'storage';

export interface ImportEntry {
  key: number;
  name: string;
  /** The id of the article added (or replaced by a re-decode). */
  articleId: string | null;
  encoding: ImportEncoding | null;
  error: EntryError | null;
  detail: string | null;
  /** For a collection: how many articles and notes it added. */
  collection: { articles: number; notes: number } | null;
  /** The bytes, kept for this session so a different encoding can be chosen. */
  bytes: Uint8Array | null;
}

export interface ImportState {
  progress: { done: number; total: number } | null;
  /** The last import was cancelled (nothing was stored). */
  cancelled: boolean;
  entries: ImportEntry[];
  importFiles: (files: readonly File[]) => Promise<void>;
  importPaste: (text: string) => Promise<void>;
  cancel: () => void;
  /** Decode a file again with the encoding the reader chose, replacing its article. */
  redecode: (key: number, encoding: ImportEncoding) => Promise<void>;
  clear: () => void;
  importCollection: (name: string, text: string) => Promise<void>;
}

let nextKey = 1;
let running: { cancel: () => void } | null = null;
/** Set by "Cancel" (also while files are still being read, before the worker has them). */
let cancelRequested = false;

const entry = (name: string, patch: Partial<ImportEntry>): ImportEntry => ({
  key: nextKey++,
  name,
  articleId: null,
  encoding: null,
  error: null,
  detail: null,
  collection: null,
  bytes: null,
  ...patch,
});

const storageError = (e: unknown): EntryError =>
  toStorageError(e).kind === 'quota' ? 'quota' : 'storage';

function fromOutcome(o: ImportOutcome, bytes: Uint8Array | null): ImportEntry {
  if (o.ok) return entry(o.name, { articleId: o.record.id, encoding: o.record.encoding, bytes });
  return entry(o.name, { error: o.refusal.kind, detail: o.refusal.detail ?? null, bytes });
}

/** Run the pipeline and store every added article in one write (all or nothing). */
async function run(
  inputs: ImportInput[],
  bytesOf: (i: number) => Uint8Array | null,
  set: (p: Partial<ImportState>) => void,
): Promise<ImportEntry[] | null> {
  set({ progress: { done: 0, total: inputs.length } });
  const names = await loadKnownNames();
  const job = importClient.import(inputs, existingFingerprints(), names, (done, total) =>
    set({ progress: { done, total } }),
  );
  running = job;
  if (cancelRequested) job.cancel();
  const result = await job.result;
  running = null;
  set({ progress: null, cancelled: !result.ok });
  if (!result.ok) return null;
  const added = result.value.flatMap((o) => (o.ok ? [o] : []));
  let failure: EntryError | null = null;
  if (added.length) {
    try {
      await useLibraryStore.getState().add(added);
    } catch (e) {
      failure = storageError(e);
    }
  }
  return result.value.map((o, i) =>
    o.ok && failure
      ? entry(o.name, { error: failure, bytes: bytesOf(i) })
      : fromOutcome(o, bytesOf(i)),
  );
}

export const useImportStore = create<ImportState>()((set, get) => {
  const prepend = (entries: ImportEntry[]) => set({ entries: [...entries, ...get().entries] });
  return {
    progress: null,
    cancelled: false,
    entries: [],
    async importFiles(files) {
      if (get().progress) return;
      cancelRequested = false;
      set({ progress: { done: 0, total: files.length }, cancelled: false });
      const prepared: Prepared[] = [];
      const bytes: (Uint8Array | null)[] = [];
      const { prepareFile } = await preparing();
      for (const f of files) {
        const p = await prepareFile(f);
        prepared.push(p);
        bytes.push(p.kind === 'file' && 'bytes' in p.input ? p.input.bytes : null);
      }
      const collections = prepared.flatMap((p, i) =>
        p.kind === 'collection' ? [{ name: files[i]?.name ?? '', text: p.text }] : [],
      );
      const inputs: ImportInput[] = [];
      const inputBytes: (Uint8Array | null)[] = [];
      prepared.forEach((p, i) => {
        if (p.kind !== 'file') return;
        inputs.push(p.input);
        inputBytes.push(bytes[i] ?? null);
      });
      if (cancelRequested) {
        set({ progress: null, cancelled: true });
        return;
      }
      if (inputs.length) {
        const entries = await run(inputs, (i) => inputBytes[i] ?? null, set);
        if (entries) prepend(entries);
      }
      for (const c of collections) await get().importCollection(c.name, c.text);
    },
    async importPaste(text) {
      cancelRequested = false;
      const input: ImportInput = {
        name: text.trim().split('\n', 1)[0]?.slice(0, 30) ?? '',
        format: 'paste',
        size: new TextEncoder().encode(text).length,
        text,
        encoding: 'utf-8',
      };
      const entries = await run([input], () => null, set);
      if (entries) prepend(entries);
    },
    cancel() {
      cancelRequested = true;
      running?.cancel();
    },
    async redecode(key, encoding) {
      const old = get().entries.find((e) => e.key === key);
      if (!old?.bytes) return;
      const prepared = (await preparing()).prepareBytes(old.name, old.bytes, encoding);
      if (prepared.kind !== 'file') return;
      const library = useLibraryStore.getState();
      const oldRecord = old.articleId ? library.records.get(old.articleId) : undefined;
      const existing = existingFingerprints().filter(([fp]) => fp !== oldRecord?.fingerprint);
      const result = await importClient.import(
        [prepared.input],
        existing,
        await loadKnownNames(),
        () => {},
      ).result;
      const outcome = result.ok ? result.value[0] : undefined;
      if (!outcome) return;
      let next: ImportEntry = { ...fromOutcome(outcome, old.bytes), key };
      if (outcome.ok) {
        try {
          // Keep the reader's edits of the metadata when only the encoding changes.
          const record: OwnArticle = oldRecord
            ? { ...outcome.record, meta: oldRecord.meta }
            : outcome.record;
          if (oldRecord) await library.replace(oldRecord.id, { record, article: outcome.article });
          else await library.add([{ record, article: outcome.article }]);
        } catch (e) {
          next = { ...next, articleId: null, error: storageError(e) };
        }
      }
      // The chosen encoding is shown even when it was refused, so the reader can choose again.
      next = { ...next, encoding };
      set({ entries: get().entries.map((e) => (e.key === key ? next : e)) });
    },
    clear: () => set({ entries: [] }),
    async importCollection(name, text) {
      const parsed = readCollection(text);
      if (!parsed.ok) {
        const error = parsed.error.kind === 'newer' ? 'collection-newer' : 'collection-malformed';
        prepend([entry(name, { error, detail: parsed.error.detail })]);
        return;
      }
      const notes: Note[] = [];
      for (const raw of parsed.value.notes) {
        const decoded = decodeRecord(NOTE_CODEC, raw);
        if (!decoded.ok) {
          prepend([entry(name, { error: 'collection-malformed', detail: decoded.error })]);
          return;
        }
        notes.push(decoded.value.value);
      }
      const library = useLibraryStore.getState();
      const fresh = parsed.value.articles.filter((a) => !library.records.has(a.id));
      const derived = fresh.length
        ? await importClient.derive(fresh, await loadKnownNames())
        : { ok: true as const, value: [] };
      if (!derived.ok) {
        prepend([entry(name, { error: 'collection-malformed', detail: derived.error })]);
        return;
      }
      try {
        await library.add(
          fresh.flatMap((record, i) => {
            const article = derived.value[i];
            return article ? [{ record, article }] : [];
          }),
        );
        if (notes.length) await useNotesStore.getState().importNotes(notes);
      } catch (e) {
        prepend([entry(name, { error: storageError(e) })]);
        return;
      }
      prepend([entry(name, { collection: { articles: fresh.length, notes: notes.length } })]);
    },
  };
});

/** The collection file's text: every own article and every note. */
export async function collectionText(): Promise<string> {
  const notesStore = useNotesStore.getState();
  await notesStore.load();
  const notes: PlainRecord[] = useNotesStore
    .getState()
    .notes.map((n) => ({ ...n, schema: NOTE_CODEC.version }));
  return writeCollection([...useLibraryStore.getState().records.values()], notes);
}
