/// <reference lib="webworker" />
/**
 * The search worker: a thin switch over the typed protocol. All logic is in core/search/engine.ts,
 * which the main thread also runs when workers are unavailable.
 */
import { SearchEngine } from '../../../core/search/engine.ts';
import type { SearchRequest, SearchResponse } from '../../../core/search/protocol.ts';
import type { Gloss } from '../../../core/search/search.ts';

declare const self: DedicatedWorkerGlobalScope;
let engine: SearchEngine | null = null;
let glosses: Gloss[] = [];

const reply = (message: SearchResponse): void => self.postMessage(message);

self.onmessage = (event: MessageEvent<SearchRequest>) => {
  const msg = event.data;
  switch (msg.type) {
    case 'init': {
      const t0 = performance.now();
      glosses = msg.glosses;
      engine = new SearchEngine(msg.docs, glosses);
      reply({ type: 'ready', units: engine.unitCount, ms: performance.now() - t0 });
      break;
    }
    case 'docs': {
      const t0 = performance.now();
      engine = new SearchEngine(msg.docs, glosses);
      reply({ type: 'ready', units: engine.unitCount, ms: performance.now() - t0 });
      break;
    }
    case 'search': {
      if (!engine) {
        reply({ type: 'error', id: msg.id, error: 'the search index is not ready' });
        break;
      }
      const t0 = performance.now();
      engine.search(msg.query, msg.approx).then(
        (result) => reply({ type: 'result', id: msg.id, result, ms: performance.now() - t0 }),
        (e: unknown) =>
          reply({ type: 'error', id: msg.id, error: e instanceof Error ? e.message : String(e) }),
      );
      break;
    }
  }
};
