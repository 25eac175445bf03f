import type { ArticleMeta } from '../core/corpus/metadata.ts';

/** "8 November 2021" / "2021年11月8日", or the month alone for month precision. */
export function formatArticleDate(meta: ArticleMeta, locale: string): string {
  const [y, m, d] = meta.date.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  const opts: Intl.DateTimeFormatOptions =
    meta.datePrecision === 'day'
      ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, opts).format(date);
}
