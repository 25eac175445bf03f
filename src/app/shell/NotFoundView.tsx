import { ARTICLES } from '../data/corpus.ts';
import { ArticleTitle } from '../shared/ArticleTitle.tsx';
import { useT } from '../shared/i18n/useT.ts';
import { hrefFor } from '../shared/routing/routeStore.ts';

/** For unknown routes and unknown article ids: say what was asked for and offer a way on. */
export function NotFoundView({ path, articleId }: { path?: string; articleId?: string }) {
  const t = useT();
  return (
    <section className="not-found" aria-labelledby="nf-title">
      <h1 id="nf-title">{t('notFoundTitle')}</h1>
      <p data-testid="not-found-message">
        {articleId !== undefined
          ? t('articleNotFound', { id: articleId })
          : t('notFoundBody', { path: path ?? '' })}
      </p>
      <p>{t('notFoundSuggest')}</p>
      <ul>
        {ARTICLES.map((a) => (
          <li key={a.meta.id}>
            <a href={hrefFor({ name: 'read', id: a.meta.id, paragraph: null })}>
              <ArticleTitle article={a} />
            </a>
          </li>
        ))}
      </ul>
      <p>
        <a href={hrefFor({ name: 'library', sort: 'date' })}>{t('backToLibrary')}</a>
      </p>
    </section>
  );
}
