import type { CorpusArticle } from '../../../core/corpus/model.ts';
import { placeParts } from '../../../core/corpus/model.ts';
import { ArticleDate } from '../../shared/ArticleDate.tsx';
import { useT, useUiLang } from '../../shared/i18n/useT.ts';
import { useArticleTexts, useGlobalScript } from '../../shared/script/useScript.ts';
import { hrefFor } from '../../shared/routing/routeStore.ts';
import { OwnArticleControls } from '../import/OwnArticleControls.tsx';

/** One article in the library: title, outlet, place, date, script, length, selection for comparing. */
export function ArticleCard({
  article,
  selected,
  onSelect,
}: {
  article: CorpusArticle;
  selected: boolean;
  onSelect: (selected: boolean) => void;
}) {
  const t = useT();
  const ui = useUiLang();
  const { meta, text, hanChars } = article;
  const { texts, lang } = useArticleTexts(article, useGlobalScript());
  return (
    <article className="card" data-testid="article-card" data-id={meta.id}>
      <h2 className="card-title">
        <a href={hrefFor({ name: 'read', id: meta.id, paragraph: null })} lang={lang}>
          {texts.title}
        </a>
      </h2>
      {meta.titleSource === 'editor' && <p className="badge editorial">{t('editorsTitle')}</p>}
      {ui === 'en' && (
        <p className="card-en" lang="en">
          {meta.titleEn}
        </p>
      )}
      <dl className="card-meta">
        <div>
          <dt>{t('metaOutlet')}</dt>
          <dd lang={lang}>{texts.outlet}</dd>
        </div>
        <div>
          <dt>{t('metaPlace')}</dt>
          <dd>
            {ui === 'en' ? (
              placeParts(meta, 'en').join(', ')
            ) : (
              <span lang={lang}>{texts.place.join(' ')}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('metaDate')}</dt>
          <dd>
            <ArticleDate meta={meta} />
          </dd>
        </div>
      </dl>
      <p className="card-tags">
        <span className="badge">
          {meta.script === 'traditional' ? t('scriptTraditional') : t('scriptSimplified')}
        </span>
        <span className="badge">{t('hanChars', { count: hanChars })}</span>
        {text.damaged.length > 0 && (
          <span className="badge warn">{t('damagedBadge', { count: text.damaged.length })}</span>
        )}
      </p>
      <OwnArticleControls article={article} />
      <label className="card-select">
        <input type="checkbox" checked={selected} onChange={(e) => onSelect(e.target.checked)} />
        {t('compareSelect')}
      </label>
    </article>
  );
}
