import { useMemo } from 'react';
import { placeParts } from '../../core/corpus/model.ts';
import { ARTICLES } from '../data/corpus.ts';
import { useT } from '../i18n/useT.ts';
import type { LibrarySort } from '../routing/route.ts';
import { hrefFor } from '../stores/routeStore.ts';
import { ArticleCard } from '../components/ArticleCard.tsx';

export function LibraryView({ sort }: { sort: LibrarySort }) {
  const t = useT();
  const articles = useMemo(() => {
    if (sort === 'date') return ARTICLES;
    return [...ARTICLES].sort((a, b) =>
      placeParts(a.meta, 'en').join('/').localeCompare(placeParts(b.meta, 'en').join('/')),
    );
  }, [sort]);

  return (
    <section className="library" aria-labelledby="library-title">
      <h1 id="library-title">{t('libraryTitle')}</h1>
      <p className="intro">{t('libraryIntro', { count: ARTICLES.length })}</p>
      <div className="sort" role="group" aria-label={t('sortBy')}>
        <span>{t('sortBy')}</span>
        {(['date', 'place'] as const).map((s) => (
          <a
            key={s}
            className="chip"
            href={hrefFor({ name: 'library', sort: s })}
            aria-current={s === sort ? 'true' : undefined}
          >
            {s === 'date' ? t('sortDate') : t('sortPlace')}
          </a>
        ))}
      </div>
      <ol className="cards">
        {articles.map((a) => (
          <li key={a.meta.id}>
            <ArticleCard article={a} />
          </li>
        ))}
      </ol>
    </section>
  );
}
