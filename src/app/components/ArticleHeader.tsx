import type { CorpusArticle } from '../../core/corpus/model.ts';
import { placeParts } from '../../core/corpus/model.ts';
import { langOf } from '../data/corpus.ts';
import { formatArticleDate } from '../format.ts';
import { useT } from '../i18n/useT.ts';

/** On a phone the provenance starts folded, so the text is on the first screen. */
function wideScreen(): boolean {
  return typeof window === 'undefined' || window.matchMedia('(min-width: 48rem)').matches;
}

/** Title and provenance: outlet, publisher, place, date (and how it is known), people, script. */
export function ArticleHeader({ article }: { article: CorpusArticle }) {
  const t = useT();
  const { meta, text } = article;
  const lang = langOf(article);
  return (
    <header className="article-header">
      {meta.column && (
        <p className="column" lang={lang}>
          【{meta.column}】
        </p>
      )}
      <h1 id="article-title" lang={lang}>
        {meta.title}
      </h1>
      {meta.titleSource === 'editor' && (
        <p className="editorial-note">
          <span className="badge editorial">{t('editorsTitle')}</span> {meta.titleNote}
        </p>
      )}
      {text.subtitle && (
        <p className="subtitle" lang={lang}>
          {text.subtitle}
        </p>
      )}
      <p className="title-en">{meta.titleEn}</p>
      <details className="provenance-box" open={wideScreen()}>
        <summary>
          <span className="visually-hidden">{t('provenance')}: </span>
          <span lang="zh-Hans">{meta.outlet.zh}</span> · {placeParts(meta, 'en').at(-1)} ·{' '}
          {formatArticleDate(meta, 'en')}
        </summary>
        <dl className="provenance">
          <div>
            <dt>{t('metaOutlet')}</dt>
            <dd>
              <span lang="zh-Hans">{meta.outlet.zh}</span> · {meta.outlet.en}
            </dd>
          </div>
          {meta.publisher && (
            <div>
              <dt>{t('metaPublisher')}</dt>
              <dd>
                <span lang="zh-Hans">{meta.publisher.zh}</span> · {meta.publisher.en}
              </dd>
            </div>
          )}
          <div>
            <dt>{t('metaPlace')}</dt>
            <dd>
              <span lang="zh-Hans">{placeParts(meta, 'zh').join(' ')}</span> ·{' '}
              {placeParts(meta, 'en').join(', ')}
            </dd>
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
          {text.dateline && (
            <div>
              <dt>{t('metaDateline')}</dt>
              <dd lang={lang}>{text.dateline}</dd>
            </div>
          )}
          {meta.authors.length > 0 && (
            <div>
              <dt>{t('metaAuthors')}</dt>
              <dd>
                {meta.authors.map((p, i) => (
                  <span key={p.zh}>
                    {i > 0 && ', '}
                    <span lang="zh-Hans">{p.zh}</span> <span className="muted">({p.role})</span>
                  </span>
                ))}
              </dd>
            </div>
          )}
          {meta.editors.length > 0 && (
            <div>
              <dt>{t('metaEditors')}</dt>
              <dd>
                {meta.editors.map((p, i) => (
                  <span key={p.zh}>
                    {i > 0 && ', '}
                    <span lang="zh-Hans">{p.zh}</span> <span className="muted">({p.role})</span>
                  </span>
                ))}
              </dd>
            </div>
          )}
          <div>
            <dt>{t('metaScript')}</dt>
            <dd>
              {meta.script === 'traditional' ? t('scriptTraditional') : t('scriptSimplified')}
            </dd>
          </div>
          <div>
            <dt>{t('metaSource')}</dt>
            <dd>
              <code>{meta.source}</code>
            </dd>
          </div>
        </dl>
      </details>
      <details className="editor-notes">
        <summary>{t('metaNotes')}</summary>
        <dl>
          <dt>{t('metaDate')}</dt>
          <dd>{meta.dateNote}</dd>
          {meta.outletNote && (
            <>
              <dt>{t('metaOutlet')}</dt>
              <dd>{meta.outletNote}</dd>
            </>
          )}
          {meta.publisherNote && (
            <>
              <dt>{t('metaPublisher')}</dt>
              <dd>{meta.publisherNote}</dd>
            </>
          )}
        </dl>
        <ul>
          {meta.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      </details>
    </header>
  );
}
