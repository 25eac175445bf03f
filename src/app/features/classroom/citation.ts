import type { CorpusArticle } from '../../../core/corpus/model.ts';
import { placeParts } from '../../../core/corpus/model.ts';
import type { ArticleTexts } from '../../../core/corpus/texts.ts';
import { formatCitation } from '../../../core/export/citation.ts';
import type { ScriptChoice } from '../../../core/script/variants.ts';
import { formatArticleDate } from '../../shared/format.ts';
import type { UiLang } from '../../shared/i18n/messages.ts';
import { useRouteStore } from '../../shared/routing/routeStore.ts';
import { shareUrl } from './shareUrl.ts';

/**
 * The reference to an article in the interface language, with the link to its reader view in the
 * script shown (so the cited text is the one read).
 */
export function citationOf(
  article: CorpusArticle,
  texts: ArticleTexts,
  opts: { template: string; ui: UiLang; locale: string; script: ScriptChoice },
): string {
  const { meta } = article;
  const params = useRouteStore.getState().location.params;
  const url = shareUrl(
    { route: { name: 'read', id: meta.id, paragraph: null }, params },
    opts.script,
    opts.ui,
    window.location,
  );
  const en = opts.ui === 'en';
  return formatCitation(opts.template, {
    outlet: en ? `${texts.outlet} (${meta.outlet.en})` : texts.outlet,
    title: en ? `${texts.title} [${meta.titleEn}]` : texts.title,
    place: en ? [...placeParts(meta, 'en')].reverse().join(', ') : texts.place.join(''),
    date: formatArticleDate(meta, opts.locale),
    url,
    accessed: new Date().toLocaleDateString(opts.locale, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    }),
  });
}
