import type { CorpusArticle } from '../corpus/model.ts';
import { articleTexts } from '../corpus/texts.ts';
import type { SearchDoc } from './searchIndex.ts';

/**
 * What search indexes for an article: its folded texts (canonical Simplified, computed at build
 * time) — title, metadata names (outlet, publisher, place, people, dateline), captions, paragraphs.
 */
export function searchDocOf(article: CorpusArticle): SearchDoc {
  const t = article.folded ?? articleTexts(article);
  return {
    id: article.meta.id,
    title: t.title,
    meta: [
      t.outlet,
      t.publisher ?? '',
      ...t.place,
      ...t.authors,
      ...t.editors,
      t.dateline ?? '',
    ].filter(Boolean),
    captions: t.captions,
    paragraphs: t.paragraphs,
  };
}
