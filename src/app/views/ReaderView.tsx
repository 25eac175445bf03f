import { useEffect } from 'react';
import { ARTICLES, findArticle, langOf } from '../data/corpus.ts';
import { useT } from '../i18n/useT.ts';
import { hrefFor } from '../stores/routeStore.ts';
import { FONT_SIZES, useSettingsStore } from '../stores/settingsStore.ts';
import { ArticleBody } from '../components/ArticleBody.tsx';
import { ArticleHeader } from '../components/ArticleHeader.tsx';
import { ApparatusList } from '../components/ApparatusList.tsx';
import { CleaningReport } from '../components/CleaningReport.tsx';
import { FontSizeControl } from '../components/FontSizeControl.tsx';
import { SourcePanel } from '../components/SourcePanel.tsx';
import { NotFoundView } from './NotFoundView.tsx';

/** `#/read/<id>`: one article, cleaned, with its provenance, apparatus and raw source. */
export function ReaderView({ id, paragraph }: { id: string; paragraph: number | null }) {
  const t = useT();
  const fontStep = useSettingsStore((s) => s.fontStep);
  const article = findArticle(id);

  useEffect(() => {
    if (paragraph) document.getElementById(`p-${paragraph}`)?.scrollIntoView({ block: 'start' });
  }, [paragraph]);

  if (!article) return <NotFoundView articleId={id} />;
  const index = ARTICLES.indexOf(article);
  const prev = ARTICLES[index - 1];
  const next = ARTICLES[index + 1];
  const lang = langOf(article);

  return (
    <article className="reader" data-testid="reader" aria-labelledby="article-title">
      <ArticleHeader article={article} />
      <div className="reader-toolbar">
        <FontSizeControl />
      </div>
      <div className="reading" lang={lang} style={{ fontSize: `${FONT_SIZES[fontStep] ?? 18}px` }}>
        <ArticleBody article={article} />
      </div>
      {article.text.captions.length > 0 && (
        <section className="captions" aria-labelledby="captions-title">
          <h2 id="captions-title">{t('captionsTitle')}</h2>
          <ul lang={lang}>
            {article.text.captions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </section>
      )}
      {article.text.credits.length > 0 && (
        <section className="credits" aria-labelledby="credits-title">
          <h2 id="credits-title">{t('creditsTitle')}</h2>
          <ul lang={lang}>
            {article.text.credits.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </section>
      )}
      <ApparatusList article={article} />
      <SourcePanel article={article} />
      <CleaningReport article={article} />
      <nav className="prev-next" aria-label={`${t('readerPrev')} / ${t('readerNext')}`}>
        {prev ? (
          <a rel="prev" href={hrefFor({ name: 'read', id: prev.meta.id, paragraph: null })}>
            <span className="muted">← {t('readerPrev')}</span>
            <span lang={langOf(prev)}>{prev.meta.title}</span>
          </a>
        ) : (
          <span />
        )}
        {next && (
          <a rel="next" href={hrefFor({ name: 'read', id: next.meta.id, paragraph: null })}>
            <span className="muted">{t('readerNext')} →</span>
            <span lang={langOf(next)}>{next.meta.title}</span>
          </a>
        )}
      </nav>
    </article>
  );
}
