/**
 * The bundled corpus as the app sees it: generated at build time by the corpus plugin from
 * corpus/raw and the editor's JSON, so the app never cleans text on start-up.
 */
import { create } from 'zustand';
import corpus from 'virtual:refrain/corpus';
import type { Corpus, CorpusArticle, RawSources } from '../../core/corpus/model.ts';

const byDate = (a: CorpusArticle, b: CorpusArticle): number =>
  a.meta.date.localeCompare(b.meta.date);

/** The bundled articles only, in publication order. */
export const BUNDLED_ARTICLES: readonly CorpusArticle[] = [...corpus.articles].sort(byDate);

const all: CorpusArticle[] = [...BUNDLED_ARTICLES];

/**
 * Every article — bundled and the reader's own — in publication order (the order of prev/next in
 * the reader). Updated in place when own articles load or change; components that must re-render
 * then read `useArticles()`.
 */
export const ARTICLES: readonly CorpusArticle[] = all;

/** The article list as a snapshot that changes identity when the list changes. */
const useArticleList = create<{ articles: readonly CorpusArticle[] }>()(() => ({
  articles: BUNDLED_ARTICLES,
}));

/** Replace the reader's own articles (the library store calls this after loading or editing). */
export function setOwnArticles(own: readonly CorpusArticle[]): void {
  all.splice(0, all.length, ...[...BUNDLED_ARTICLES, ...own].sort(byDate));
  useArticleList.setState({ articles: [...all] });
}

/** Every article, re-rendering the caller when own articles are added, edited or removed. */
export function useArticles(): readonly CorpusArticle[] {
  return useArticleList((s) => s.articles);
}

/** Call `listener` whenever the article list changes (search and phrases re-index). */
export function onArticlesChange(
  listener: (articles: readonly CorpusArticle[]) => void,
): () => void {
  return useArticleList.subscribe((s) => listener(s.articles));
}

export function findArticle(id: string): CorpusArticle | undefined {
  return all.find((a) => a.meta.id === id);
}

/** True for the reader's own (imported) articles. */
export function isOwnArticle(article: CorpusArticle): boolean {
  return article.own !== undefined;
}

/** BCP 47 tag for an article's own script, so browsers pick the right glyphs. */
export function langOf(article: CorpusArticle): 'zh-Hans' | 'zh-Hant' {
  return article.meta.script === 'traditional' ? 'zh-Hant' : 'zh-Hans';
}

/** The cleaning steps, as recorded at build time (the app does not bundle the pipeline itself). */
export const PIPELINE: Corpus['pipeline'] = corpus.pipeline;

let rawPromise: Promise<RawSources> | undefined;

/** The raw source files, fetched on first use (they are not in the first-visit bundle). */
export function loadRawSources(): Promise<RawSources> {
  rawPromise ??= import('virtual:refrain/raw').then((m) => m.default);
  // A failed load (offline before caching, say) may be retried later.
  rawPromise.catch(() => {
    rawPromise = undefined;
  });
  return rawPromise;
}
