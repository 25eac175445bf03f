/**
 * The bundled corpus as the app sees it: generated at build time by the corpus plugin from
 * corpus/raw and the editor's JSON, so the app never cleans text on start-up.
 */
import corpus from 'virtual:refrain/corpus';
import type { Corpus, CorpusArticle, RawSources } from '../../core/corpus/model.ts';

/** Articles in publication order (the order of prev/next in the reader). */
export const ARTICLES: readonly CorpusArticle[] = [...corpus.articles].sort((a, b) =>
  a.meta.date.localeCompare(b.meta.date),
);

export function findArticle(id: string): CorpusArticle | undefined {
  return ARTICLES.find((a) => a.meta.id === id);
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
