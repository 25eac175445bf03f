/**
 * The app's way to import: the import worker when the browser has one, the same functions
 * (core/import/worker.ts) on the main thread when it does not or when the worker fails. Imports
 * report progress and can be cancelled; a cancelled import returns `err('cancelled')`.
 */
import type { CorpusArticle } from '../../core/corpus/model.ts';
import type { ImportInput, ImportOutcome } from '../../core/import/importFiles.ts';
import type { KnownNames } from '../../core/import/metadata.ts';
import type { ImportRequest, ImportResponse } from '../../core/import/protocol.ts';
import type { OwnArticle } from '../../core/import/record.ts';
import type { AnalysedDoc, GlossaryLike, Phrase } from '../../core/phrases/analyse.ts';
import type { Result } from '../../core/result.ts';

type Answer = Extract<ImportResponse, { result: unknown }>;

interface Pending {
  onProgress?: (done: number, total: number) => void;
  resolve: (msg: Answer) => void;
  /** Re-run on the main thread if the worker dies. */
  fallback: () => void;
}

export interface RunningImport {
  result: Promise<Result<ImportOutcome[], string>>;
  cancel: () => void;
}

const mainThread = () => import('../../core/import/worker.ts');
const placeGuesser = () => import('./placeGuesser.ts').then((m) => m.loadPlaceGuesser());

class ImportClient {
  private worker: Worker | null = null;
  private broken = typeof Worker === 'undefined';
  private pending = new Map<number, Pending>();
  private nextId = 1;
  private warmed = false;

  private getWorker(): Worker | null {
    if (this.broken) return null;
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(new URL('./workers/import.worker.ts', import.meta.url), {
        type: 'module',
      });
      worker.onmessage = (e: MessageEvent<ImportResponse>) => this.onMessage(e.data);
      worker.onerror = (e) => {
        e.preventDefault();
        this.abandon();
      };
      this.worker = worker;
      return worker;
    } catch {
      this.broken = true;
      return null;
    }
  }

  private onMessage(msg: ImportResponse): void {
    const p = this.pending.get(msg.id);
    if (!p) return;
    if (msg.type === 'progress') {
      p.onProgress?.(msg.done, msg.total);
      return;
    }
    this.pending.delete(msg.id);
    p.resolve(msg);
  }

  /** The worker failed: stop using it and answer what was pending on the main thread. */
  private abandon(): void {
    this.worker?.terminate();
    this.worker = null;
    this.broken = true;
    const pending = [...this.pending.values()];
    this.pending.clear();
    pending.forEach((p) => p.fallback());
  }

  private send(request: Exclude<ImportRequest, { type: 'cancel' }>, pending: Pending): boolean {
    const worker = this.getWorker();
    if (!worker) return false;
    this.pending.set(request.id, pending);
    worker.postMessage(request);
    return true;
  }

  /** Import files with progress; `cancel()` stops between files and stores nothing. */
  import(
    files: ImportInput[],
    existing: [string, string][],
    known: KnownNames,
    onProgress: (done: number, total: number) => void,
  ): RunningImport {
    const id = this.nextId++;
    let cancelled = false;
    const local = async (): Promise<Result<ImportOutcome[], string>> =>
      (await mainThread()).runImport(
        files,
        existing,
        known,
        { onProgress, isCancelled: () => cancelled },
        placeGuesser,
      );
    const result = new Promise<Result<ImportOutcome[], string>>((resolve) => {
      const sent = this.send(
        { type: 'import', id, files, existing, known },
        {
          onProgress,
          resolve: (msg) => {
            if (msg.type === 'imported') resolve(msg.result);
          },
          fallback: () => resolve(local()),
        },
      );
      if (!sent) resolve(local());
    });
    return {
      result,
      cancel: () => {
        cancelled = true;
        this.worker?.postMessage({ type: 'cancel', id } satisfies ImportRequest);
      },
    };
  }

  /** Start the worker, its folding dictionary and the gazetteer before the reader picks files. */
  warm(): void {
    if (this.warmed || this.broken) return;
    const worker = this.getWorker();
    if (!worker) return;
    this.warmed = true;
    worker.postMessage({ type: 'warm', id: this.nextId++ } satisfies ImportRequest);
  }

  /** Stored records → articles (cleaned and folded off the main thread). */
  derive(records: OwnArticle[], known: KnownNames): Promise<Result<CorpusArticle[], string>> {
    const id = this.nextId++;
    const local = async () => (await mainThread()).runDerive(records, known);
    return new Promise((resolve) => {
      const sent = this.send(
        { type: 'derive', id, records, known },
        {
          resolve: (msg) => {
            if (msg.type === 'derived') resolve(msg.result);
          },
          fallback: () => resolve(local()),
        },
      );
      if (!sent) resolve(local());
    });
  }

  /** Phrase analysis over every article (glossary occurrences + discovery). */
  phrases(docs: AnalysedDoc[], glossary: GlossaryLike[]): Promise<Result<Phrase[], string>> {
    const id = this.nextId++;
    const local = async () => (await mainThread()).runPhrases(docs, glossary);
    return new Promise((resolve) => {
      const sent = this.send(
        { type: 'phrases', id, docs, glossary },
        {
          resolve: (msg) => {
            if (msg.type === 'phrases') resolve(msg.result);
          },
          fallback: () => resolve(local()),
        },
      );
      if (!sent) resolve(local());
    });
  }
}

export const importClient = new ImportClient();
