/**
 * The app's way to search: a Web Worker when the browser has one, the same engine on the main
 * thread when it does not (or when the worker fails or times out). The latest query wins: callers
 * get `null` for a query that was overtaken by a newer one.
 */
import type { SearchEngine } from '../../core/search/engine.ts';
import { searchDocOf } from '../../core/search/docs.ts';
import type { SearchRequest, SearchResponse } from '../../core/search/protocol.ts';
import type { ResolvedResult as SearchResult } from '../../core/search/resolve.ts';
import { ARTICLES, onArticlesChange } from '../data/corpus.ts';
import type { Gloss } from '../../core/search/search.ts';
import type { GlossaryEntry } from '../../core/phrases/glossary.ts';

/** The glossary's English glosses (from the lazy phrase chunk), so English queries work. */
async function loadGlosses(): Promise<Gloss[]> {
  try {
    const { glossary } = (await import('virtual:refrain/phrases')).default;
    return glossary
      .filter((g: GlossaryEntry) => !g.contextOnly)
      .map((g: GlossaryEntry) => ({ id: g.id, text: g.text, english: g.english, match: g.match }));
  } catch {
    // Without the glossary, English queries find nothing; characters and pinyin still work.
    return [];
  }
}

const TIMEOUT_MS = 8000;

interface Pending {
  resolve: (r: SearchResult | null) => void;
  reject: (e: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

class SearchClient {
  private worker: Worker | null = null;
  private fallback: Promise<SearchEngine> | null = null;
  private pending = new Map<number, Pending>();
  private nextId = 1;
  /** The newest query id per channel (the results view and the reader search independently). */
  private latest = new Map<string, number>();
  private channelOf = new Map<number, string>();

  private starting: Promise<Worker | null> | null = null;

  constructor() {
    // The reader's own articles arrived or changed: index the new list (worker and fallback).
    onArticlesChange((articles) => {
      const msg: SearchRequest = { type: 'docs', docs: articles.map(searchDocOf) };
      this.worker?.postMessage(msg);
      this.fallback = null;
    });
  }

  private startWorker(): Promise<Worker | null> {
    this.starting ??= loadGlosses().then((glosses) => this.createWorker(glosses));
    return this.starting;
  }

  private createWorker(glosses: Gloss[]): Worker | null {
    if (this.worker) return this.worker;
    if (typeof Worker === 'undefined') return null;
    try {
      const worker = new Worker(new URL('./workers/search.worker.ts', import.meta.url), {
        type: 'module',
      });
      worker.onmessage = (e: MessageEvent<SearchResponse>) => this.onMessage(e.data);
      worker.onerror = () => this.abandonWorker('the search worker failed');
      const init: SearchRequest = { type: 'init', docs: ARTICLES.map(searchDocOf), glosses };
      worker.postMessage(init);
      this.worker = worker;
      return worker;
    } catch {
      return null;
    }
  }

  private onMessage(msg: SearchResponse): void {
    if (msg.type === 'ready') return;
    const id = msg.id;
    if (id === null) return;
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    clearTimeout(p.timer);
    if (msg.type === 'result') p.resolve(this.isLatest(id) ? msg.result : null);
    else p.reject(new Error(msg.error));
  }

  /** Stop using the worker; pending queries are re-run on the main thread. */
  private abandonWorker(reason: string): void {
    this.worker?.terminate();
    this.worker = null;
    this.starting = null;
    this.useFallbackOnly = true;
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      this.pending.delete(id);
      p.reject(new Error(reason));
    }
  }

  private useFallbackOnly = false;

  /** The fallback engine is loaded only if it is needed, keeping it out of the first visit. */
  private async runOnMainThread(query: string, approx: boolean): Promise<SearchResult> {
    this.fallback ??= Promise.all([import('../../core/search/engine.ts'), loadGlosses()]).then(
      ([m, glosses]) => new m.SearchEngine(ARTICLES.map(searchDocOf), glosses),
    );
    return (await this.fallback).search(query, approx);
  }

  private isLatest(id: number): boolean {
    const channel = this.channelOf.get(id);
    this.channelOf.delete(id);
    return channel !== undefined && this.latest.get(channel) === id;
  }

  /** Search all articles; resolves `null` when a newer query on the same channel overtook this one. */
  async search(
    query: string,
    options: { approx?: boolean; channel?: string } = {},
  ): Promise<SearchResult | null> {
    const approx = options.approx ?? true;
    const channel = options.channel ?? 'results';
    const id = this.nextId++;
    this.latest.set(channel, id);
    this.channelOf.set(id, channel);
    const worker = this.useFallbackOnly ? null : await this.startWorker();
    if (!worker) {
      const result = await this.runOnMainThread(query, approx);
      return this.isLatest(id) ? result : null;
    }
    try {
      return await new Promise<SearchResult | null>((resolve, reject) => {
        const timer = setTimeout(() => {
          this.pending.delete(id);
          reject(new Error('timeout'));
        }, TIMEOUT_MS);
        this.pending.set(id, { resolve, reject, timer });
        const msg: SearchRequest = { type: 'search', id, query, approx };
        worker.postMessage(msg);
      });
    } catch {
      // Worker broken or too slow: answer on the main thread rather than not at all.
      const result = await this.runOnMainThread(query, approx);
      return this.isLatest(id) ? result : null;
    }
  }
}

export const searchClient = new SearchClient();
