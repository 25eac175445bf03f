/// <reference lib="webworker" />
/**
 * The import worker: a thin switch over core/import/protocol.ts. The logic is in
 * core/import/worker.ts, which the main thread also runs when workers are unavailable.
 */
import type { ImportRequest, ImportResponse } from '../../../core/import/protocol.ts';
import { runDerive, runImport, runPhrases } from '../../../core/import/worker.ts';
import { loadPlaceGuesser } from '../placeGuesser.ts';

declare const self: DedicatedWorkerGlobalScope;
const cancelled = new Set<number>();
const reply = (message: ImportResponse): void => self.postMessage(message);
const failure = (e: unknown) => ({
  ok: false as const,
  error: e instanceof Error ? e.message : String(e),
});

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const msg = event.data;
  switch (msg.type) {
    case 'cancel':
      cancelled.add(msg.id);
      break;
    case 'warm':
      // Both loads are cached per worker: the first import then starts at once.
      void loadPlaceGuesser();
      void runDerive([], { outlets: [], places: [] });
      break;
    case 'import': {
      const { id } = msg;
      runImport(
        msg.files,
        msg.existing,
        msg.known,
        {
          onProgress: (done, total) => reply({ type: 'progress', id, done, total }),
          isCancelled: () => cancelled.has(id),
        },
        loadPlaceGuesser,
      ).then(
        (result) => reply({ type: 'imported', id, result }),
        (e: unknown) => reply({ type: 'imported', id, result: failure(e) }),
      );
      break;
    }
    case 'derive':
      runDerive(msg.records, msg.known).then(
        (result) => reply({ type: 'derived', id: msg.id, result }),
        (e: unknown) => reply({ type: 'derived', id: msg.id, result: failure(e) }),
      );
      break;
    case 'phrases':
      try {
        reply({ type: 'phrases', id: msg.id, result: runPhrases(msg.docs, msg.glossary) });
      } catch (e) {
        reply({ type: 'phrases', id: msg.id, result: failure(e) });
      }
      break;
  }
};
