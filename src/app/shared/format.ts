import type { ArticleMeta } from '../../core/corpus/metadata.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** "8 November 2021" / "2021年11月8日", or the month alone for month precision. */
export function formatArticleDate(meta: ArticleMeta, locale: string): string {
  const [y, m, d] = meta.date.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  const opts: Intl.DateTimeFormatOptions =
    meta.datePrecision === 'day'
      ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  // Formatters are costly to build and this runs on every render of every card and pane.
  const key = `${locale}|${meta.datePrecision}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, opts)));
  return f.format(date);
}
