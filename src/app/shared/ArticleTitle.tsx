import type { CorpusArticle } from '../../core/corpus/model.ts';
import { useArticleTexts, useGlobalScript } from './script/useScript.ts';

/** An article's title in the global script, with the matching `lang`. */
export function ArticleTitle({ article }: { article: CorpusArticle }) {
  const { texts, lang } = useArticleTexts(article, useGlobalScript());
  return <span lang={lang}>{texts.title}</span>;
}
