import { useEffect } from 'react';
import { useT } from '../../shared/i18n/useT.ts';
import { useRouteStore } from '../../shared/routing/routeStore.ts';

/**
 * "Hit 3 of 12 for 网格化" with previous/next: the current hit lives in the URL (`hit=`), so a
 * shared link opens on the same hit.
 */
export function HitNavigator({ q, total, current }: { q: string; total: number; current: number }) {
  const t = useT();
  const go = (n: number): void => {
    const { location, replace } = useRouteStore.getState();
    if (location.route.name === 'read') replace({ ...location.route, hit: n, paragraph: null });
  };

  useEffect(() => {
    if (total > 0) document.getElementById(`hit-${current}`)?.scrollIntoView({ block: 'center' });
  }, [current, total]);

  return (
    <div className="hit-nav" role="status" data-testid="hit-nav">
      <span>{total ? t('readerHits', { n: current, total, q }) : t('readerNoHits', { q })}</span>
      {total > 0 && (
        <>
          <button
            type="button"
            onClick={() => go(current > 1 ? current - 1 : total)}
            aria-label={t('readerPrevHit')}
          >
            ↑
          </button>
          <button
            type="button"
            onClick={() => go(current < total ? current + 1 : 1)}
            aria-label={t('readerNextHit')}
          >
            ↓
          </button>
        </>
      )}
      <button
        type="button"
        className="link-button"
        onClick={() => {
          const { location, replace } = useRouteStore.getState();
          if (location.route.name === 'read') replace({ ...location.route, q: null, hit: null });
        }}
      >
        {t('readerClearSearch')}
      </button>
    </div>
  );
}
