import { useT } from './i18n/useT.ts';

/** A view's data is on its way (a lazy chunk): say so rather than show an empty page. */
export function Loading() {
  const t = useT();
  return (
    <p className="notice" role="status" data-testid="loading">
      {t('loading')}
    </p>
  );
}
