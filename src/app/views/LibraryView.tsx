import { useMemo, useState } from 'react';
import { placeParts } from '../../core/corpus/model.ts';
import { ARTICLES } from '../data/corpus.ts';
import { useT } from '../i18n/useT.ts';
import type { LibrarySort } from '../routing/route.ts';
import { hrefFor, useRouteStore } from '../stores/routeStore.ts';
import { ArticleCard } from '../components/ArticleCard.tsx';

export function LibraryView({ sort }: { sort: LibrarySort }) {
  const t = useT();
  const [selected, setSelected] = useState<readonly string[]>([]);
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
      <div className="library-bar">
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
        <button
          type="button"
          className="primary"
          disabled={selected.length < 2}
          onClick={() =>
            useRouteStore.getState().navigate({
              name: 'compare',
              ids: ARTICLES.map((a) => a.meta.id).filter((id) => selected.includes(id)),
              scripts: selected.map(() => null),
            })
          }
        >
          {t('compareSelected', { count: selected.length })}
        </button>
      </div>
      <ol className="cards">
        {articles.map((a) => (
          <li key={a.meta.id}>
            <ArticleCard
              article={a}
              selected={selected.includes(a.meta.id)}
              onSelect={(on) =>
                setSelected((s) =>
                  on ? [...s, a.meta.id].slice(-5) : s.filter((x) => x !== a.meta.id),
                )
              }
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
