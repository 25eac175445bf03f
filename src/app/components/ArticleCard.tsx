import type { CorpusArticle } from '../../core/corpus/model.ts';
import { placeParts } from '../../core/corpus/model.ts';
import { langOf } from '../data/corpus.ts';
import { formatArticleDate } from '../format.ts';
import { useT } from '../i18n/useT.ts';
import { hrefFor } from '../stores/routeStore.ts';

/** One article in the library: title, outlet, place, date, script, length. */
export function ArticleCard({ article }: { article: CorpusArticle }) {
  const t = useT();
  const { meta, text, hanChars } = article;
  return (
    <article className="card" data-testid="article-card" data-id={meta.id}>
      <h2 className="card-title">
        <a href={hrefFor({ name: 'read', id: meta.id, paragraph: null })} lang={langOf(article)}>
          {meta.title}
        </a>
      </h2>
      {meta.titleSource === 'editor' && <p className="badge editorial">{t('editorsTitle')}</p>}
      <p className="card-en">{meta.titleEn}</p>
      <dl className="card-meta">
        <div>
          <dt>{t('metaOutlet')}</dt>
          <dd lang="zh-Hans">{meta.outlet.zh}</dd>
        </div>
        <div>
          <dt>{t('metaPlace')}</dt>
          <dd>{placeParts(meta, 'en').join(', ')}</dd>
        </div>
        <div>
          <dt>{t('metaDate')}</dt>
          <dd>
            <time dateTime={meta.date}>{formatArticleDate(meta, 'en')}</time>
            {meta.datePrecision === 'month' && (
              <span className="muted"> ({t('dateInferred')})</span>
            )}
          </dd>
        </div>
      </dl>
      <p className="card-tags">
        <span className="badge">
          {meta.script === 'traditional' ? t('scriptTraditional') : t('scriptSimplified')}
        </span>
        <span className="badge">{t('hanChars', { count: hanChars.toLocaleString('en') })}</span>
        {text.damaged.length > 0 && (
          <span className="badge warn">{t('damagedBadge', { count: text.damaged.length })}</span>
        )}
      </p>
    </article>
  );
}
