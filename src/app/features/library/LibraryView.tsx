import { useMemo, useState } from 'react';
import { placeParts } from '../../../core/corpus/model.ts';
import { useArticles } from '../../data/corpus.ts';
import { OwnArticleNotices } from '../import/OwnArticleControls.tsx';
import { useT } from '../../shared/i18n/useT.ts';
import type { LibrarySort } from '../../shared/routing/route.ts';
import { hrefFor, useRouteStore } from '../../shared/routing/routeStore.ts';
import { ArticleCard } from './ArticleCard.tsx';

export function LibraryView({ sort }: { sort: LibrarySort }) {
  const t = useT();
  const [selected, setSelected] = useState<readonly string[]>([]);
  const all = useArticles();
  const ownCount = all.filter((a) => a.own).length;
  const articles = useMemo(() => {
    if (sort === 'date') return all;
    return [...all].sort((a, b) =>
      placeParts(a.meta, 'en').join('/').localeCompare(placeParts(b.meta, 'en').join('/')),
    );
  }, [sort, all]);

  return (
    <section className="library" aria-labelledby="library-title">
      <h1 id="library-title">{t('libraryTitle')}</h1>
      <p className="intro">{t('libraryIntro', { count: all.length - ownCount })}</p>
      {ownCount > 0 && <p className="intro">{t('ownCount', { count: ownCount })}</p>}
      <OwnArticleNotices />
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
              ids: all.map((a) => a.meta.id).filter((id) => selected.includes(id)),
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
