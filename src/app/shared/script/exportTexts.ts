import type { CorpusArticle } from '../../../core/corpus/model.ts';
import type { ArticleTexts } from '../../../core/corpus/texts.ts';
import { articleTexts, mapTexts } from '../../../core/corpus/texts.ts';
import type { ScriptChoice } from '../../../core/script/variants.ts';
import { convertAligned, traditionalConverter } from '../../../core/script/variants.ts';
import { useScriptStore } from './scriptStore.ts';

/**
 * An article's texts in `choice` outside React (for exports made in an event handler): the same
 * rules as `useArticleTexts`, reading the dictionary store once. While the Traditional dictionary
 * is not loaded the original is used, as on screen.
 */
export function textsIn(article: CorpusArticle, choice: ScriptChoice): ArticleTexts {
  if (choice === 'orig') return articleTexts(article);
  if (choice === 'cn') return article.folded ?? articleTexts(article);
  const converters = useScriptStore.getState().converters;
  if (!converters) return articleTexts(article);
  const target = choice === 'hk' ? 'hk' : 'tw';
  const convert = traditionalConverter(article.meta.script, target, converters);
  const convertNames = traditionalConverter('simplified', target, converters);
  return mapTexts(
    articleTexts(article),
    (s) => convertAligned(s, convert),
    (s) => convertAligned(s, convertNames),
  );
}
