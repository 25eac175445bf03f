/**
 * The reader's own articles: loaded from IndexedDB at start (records set aside when unreadable),
 * derived into articles by the import worker (same cleaning pipeline as the bundled corpus), and
 * published to the article list (data/corpus.ts) so every view treats them like bundled ones.
 * Writes are all-or-nothing; a failed write leaves the in-memory state as it was.
 */
import { create } from 'zustand';
import type { CorpusArticle } from '../../core/corpus/model.ts';
import { fingerprint } from '../../core/import/duplicates.ts';
import type { KnownNames, OwnMeta } from '../../core/import/metadata.ts';
import type { OwnArticle } from '../../core/import/record.ts';
import { ownArticleCodec } from '../../core/import/record.ts';
import { BUNDLED_ARTICLES, setOwnArticles } from './corpus.ts';
import { importClient } from '../platform/importClient.ts';
import type { Repository, StorageErrorKind } from '../platform/storage/repository.ts';
import { createRepository, toStorageError } from '../platform/storage/repository.ts';

export interface LibraryState {
  /** 'loading' until own articles are read and derived (views wait for an own article's id). */
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** The stored records, by id. */
  records: ReadonlyMap<string, OwnArticle>;
  /** Derived articles, by id. */
  articles: ReadonlyMap<string, CorpusArticle>;
  /** Unreadable records set aside by this session's load. */
  setAsideCount: number;
  /** The last storage failure, until dismissed. */
  problem: StorageErrorKind | null;
  /** The article removed last, while it can be undone. */
  deleted: OwnArticle | null;
  load: () => Promise<void>;
  /** Store new articles (all or none). Throws StorageError. */
  add: (items: readonly { record: OwnArticle; article: CorpusArticle }[]) => Promise<void>;
  /** Replace an article (same or new id: a re-decoded file). Throws StorageError. */
  replace: (oldId: string, item: { record: OwnArticle; article: CorpusArticle }) => Promise<void>;
  /** Edit metadata; re-derives the article (the title is a cleaning hint). */
  editMeta: (id: string, meta: OwnMeta) => Promise<boolean>;
  remove: (id: string) => Promise<boolean>;
  undoRemove: () => Promise<boolean>;
  dismissProblem: () => void;
}

let knownNames: Promise<KnownNames> | undefined;

/**
 * Names the metadata guesser and the derivation know (the bundled corpus's outlets and places, and
 * a gazetteer): a lazy chunk, needed only once the reader has articles of their own.
 */
export function loadKnownNames(): Promise<KnownNames> {
  knownNames ??= import('../../core/import/metadata.ts').then((m) =>
    m.knownNamesOf(BUNDLED_ARTICLES),
  );
  return knownNames;
}

let repo: Repository<OwnArticle> | null = null;
const repository = () => (repo ??= createRepository('articles', ownArticleCodec, (a) => a.id));

const bundledPrints: [string, string][] = BUNDLED_ARTICLES.map((a) => [
  fingerprint((a.folded ?? a.text).paragraphs),
  a.meta.title,
]);

/** [fingerprint, title] of every article already in the library (for duplicate detection). */
export function existingFingerprints(): [string, string][] {
  const own = [...useLibraryStore.getState().records.values()].map((r): [string, string] => [
    r.fingerprint,
    r.meta.title,
  ]);
  return [...bundledPrints, ...own];
}

function publish(articles: ReadonlyMap<string, CorpusArticle>): void {
  setOwnArticles([...articles.values()]);
}

export const useLibraryStore = create<LibraryState>()((set, get) => {
  const commit = (
    records: Map<string, OwnArticle>,
    articles: Map<string, CorpusArticle>,
    extra: Partial<LibraryState> = {},
  ) => {
    set({ records, articles, ...extra });
    publish(articles);
  };
  const fail = (e: unknown): false => {
    set({ problem: toStorageError(e).kind });
    return false;
  };
  return {
    status: 'idle',
    records: new Map(),
    articles: new Map(),
    setAsideCount: 0,
    problem: null,
    deleted: null,
    async load() {
      if (get().status === 'loading' || get().status === 'ready') return;
      set({ status: 'loading' });
      try {
        const { records, setAside } = await repository().loadAll();
        const derived = records.length
          ? await importClient.derive(records, await loadKnownNames())
          : { ok: true as const, value: [] };
        const articles = derived.ok ? derived.value : [];
        commit(
          new Map(records.map((r) => [r.id, r])),
          new Map(articles.map((a) => [a.meta.id, a])),
          { status: 'ready', setAsideCount: setAside.length },
        );
      } catch (e) {
        set({ status: 'error', problem: toStorageError(e).kind });
      }
    },
    async add(items) {
      try {
        await repository().putMany(items.map((i) => i.record));
      } catch (e) {
        throw toStorageError(e);
      }
      const records = new Map(get().records);
      const articles = new Map(get().articles);
      for (const { record, article } of items) {
        records.set(record.id, record);
        articles.set(record.id, article);
      }
      commit(records, articles);
    },
    async replace(oldId, item) {
      await repository().putMany([item.record]);
      if (oldId !== item.record.id) await repository().deleteMany([oldId]);
      const records = new Map(get().records);
      const articles = new Map(get().articles);
      records.delete(oldId);
      articles.delete(oldId);
      records.set(item.record.id, item.record);
      articles.set(item.record.id, item.article);
      commit(records, articles);
    },
    async editMeta(id, meta) {
      const old = get().records.get(id);
      if (!old) return false;
      const record: OwnArticle = { ...old, meta };
      const derived = await importClient.derive([record], await loadKnownNames());
      const article = derived.ok ? derived.value[0] : undefined;
      if (!article) return false;
      try {
        await repository().putMany([record]);
      } catch (e) {
        return fail(e);
      }
      const records = new Map(get().records).set(id, record);
      const articles = new Map(get().articles).set(id, article);
      commit(records, articles);
      return true;
    },
    async remove(id) {
      const record = get().records.get(id);
      if (!record) return false;
      try {
        await repository().deleteMany([id]);
      } catch (e) {
        return fail(e);
      }
      const records = new Map(get().records);
      const articles = new Map(get().articles);
      records.delete(id);
      const article = articles.get(id);
      articles.delete(id);
      deletedArticle = article ?? null;
      commit(records, articles, { deleted: record });
      return true;
    },
    async undoRemove() {
      const record = get().deleted;
      if (!record || !deletedArticle) return false;
      try {
        await repository().putMany([record]);
      } catch (e) {
        return fail(e);
      }
      const records = new Map(get().records).set(record.id, record);
      const articles = new Map(get().articles).set(record.id, deletedArticle);
      deletedArticle = null;
      commit(records, articles, { deleted: null });
      return true;
    },
    dismissProblem: () => set({ problem: null }),
  };
});

/** The derived article of the last delete (kept outside the state: it is not shown). */
let deletedArticle: CorpusArticle | null = null;

/** True when a route shows an own article by id (it must wait until own articles are loaded). */
export function routeNeedsOwnArticles(
  route: { name: 'read'; id: string } | { name: 'compare'; ids: string[] } | { name: string },
): boolean {
  if ('id' in route) return route.id.startsWith('own-');
  if ('ids' in route) return route.ids.some((id) => id.startsWith('own-'));
  return false;
}
