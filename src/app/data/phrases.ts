/**
 * Phrases and the glossary, computed at build time with the corpus but shipped as their own chunk
 * (`virtual:refrain/phrases`), loaded when a view first needs them: the library and the reader's
 * text do not wait for them, and the first visit stays small.
 */
import { create } from 'zustand';
import type { Occurrence, Phrase } from '../../core/phrases/analyse.ts';
import type { GlossaryEntry } from '../../core/phrases/glossary.ts';
import { articleTexts } from '../../core/corpus/texts.ts';
import type { CorpusArticle } from '../../core/corpus/model.ts';
import { importClient } from '../platform/importClient.ts';
import { ARTICLES, onArticlesChange } from './corpus.ts';

/** The key used in URLs: the glossary id when there is one (stable, ASCII), else the text. */
export function phraseKey(p: Phrase): string {
  return p.glossaryId ?? p.text;
}

/** The loaded phrase data with its lookups. */
export interface PhraseData {
  glossary: readonly GlossaryEntry[];
  /** Phrases with at least one occurrence. */
  phrases: readonly Phrase[];
  glossaryEntryOf: (p: Phrase) => GlossaryEntry | undefined;
  entryById: (id: string) => GlossaryEntry | undefined;
  /** A phrase by its folded text or its glossary id (both appear in links). */
  findPhrase: (key: string) => Phrase | undefined;
  occurrencesIn: (p: Phrase, article: string) => Occurrence[];
}

export function makePhraseData(
  glossary: readonly GlossaryEntry[],
  all: readonly Phrase[],
): PhraseData {
  const phrases = all.filter((p) => p.count > 0);
  const byId = new Map(glossary.map((g) => [g.id, g]));
  const byKey = new Map<string, Phrase>();
  for (const p of phrases) {
    byKey.set(p.text, p);
    if (p.glossaryId) byKey.set(p.glossaryId, p);
  }
  return {
    glossary,
    phrases,
    glossaryEntryOf: (p) => (p.glossaryId ? byId.get(p.glossaryId) : undefined),
    entryById: (id) => byId.get(id),
    findPhrase: (key) => byKey.get(key),
    occurrencesIn: (p, article) => p.occurrences.filter((o) => o.article === article),
  };
}

interface PhraseDataState {
  data: PhraseData | null;
  error: string | null;
  /**
   * While phrases are being rediscovered over the reader's own articles too (in the import
   * worker): how many articles. The bundled phrase data stays shown meanwhile.
   */
  rediscovering: number | null;
  load: () => void;
}

let loading = false;

/**
 * Runs `fn` once the page has painted (the next frame, then a task). The phrase data (40 KB) only
 * decorates a reader or a comparison; fetched before the first paint it competed with the text
 * itself (Lighthouse counted it in the mobile reader's LCP). Views that need it show their loading
 * state for one frame longer.
 */
function afterPaint(fn: () => void): void {
  if (typeof requestAnimationFrame === 'undefined') fn();
  else requestAnimationFrame(() => setTimeout(fn, 0));
}
let bundled: { glossary: GlossaryEntry[]; phrases: Phrase[] } | null = null;
let generation = 0;

/** Rediscover phrases over every article when own articles exist (else the build's analysis). */
function analyse(articles: readonly CorpusArticle[]): void {
  if (!bundled) return;
  const { glossary, phrases } = bundled;
  const run = ++generation;
  if (!articles.some((a) => a.own)) {
    usePhraseDataStore.setState({ data: makePhraseData(glossary, phrases), rediscovering: null });
    return;
  }
  usePhraseDataStore.setState({ rediscovering: articles.length });
  const docs = articles.map((a) => ({
    id: a.meta.id,
    paragraphs: (a.folded ?? articleTexts(a)).paragraphs,
  }));
  const like = glossary.map(({ id, text, family, match, contextOnly }) => ({
    id,
    text,
    family,
    match,
    contextOnly,
  }));
  void importClient.phrases(docs, like).then((result) => {
    if (run !== generation) return;
    if (result.ok)
      usePhraseDataStore.setState({
        data: makePhraseData(glossary, result.value),
        rediscovering: null,
      });
    else usePhraseDataStore.setState({ error: result.error, rediscovering: null });
  });
}

/** One store for the concern "phrase data": loaded once, on first use. */
export const usePhraseDataStore = create<PhraseDataState>()((set, get) => ({
  data: null,
  error: null,
  rediscovering: null,
  load: () => {
    if (get().data || loading) return;
    loading = true;
    new Promise<void>((resolve) => afterPaint(resolve))
      .then(() => import('virtual:refrain/phrases'))
      .then(
        (m) => {
          bundled = m.default;
          set({ data: makePhraseData(m.default.glossary, m.default.phrases), error: null });
          analyse(ARTICLES);
        },
        (e: unknown) => {
          loading = false;
          set({ error: e instanceof Error ? e.message : String(e) });
        },
      );
  },
}));

onArticlesChange((articles) => analyse(articles));

/** The phrase data, starting its load on first use; null until it has arrived. */
export function usePhraseData(): PhraseData | null {
  const data = usePhraseDataStore((s) => s.data);
  if (!data) queueMicrotask(() => usePhraseDataStore.getState().load());
  return data;
}
