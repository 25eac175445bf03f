import type { ArticleMeta } from '../../core/corpus/metadata.ts';
import { formatArticleDate } from './format.ts';
import { useLocale } from './i18n/useLocale.ts';
import { useT } from './i18n/useT.ts';

/** An article's date in the interface language, marked "inferred" when only the month is known. */
export function ArticleDate({ meta }: { meta: ArticleMeta }) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <time dateTime={meta.date}>{formatArticleDate(meta, locale)}</time>
      {meta.datePrecision === 'month' && <span className="muted"> ({t('dateInferred')})</span>}
    </>
  );
}
