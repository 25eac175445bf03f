import type { CorpusArticle } from '../../../core/corpus/model.ts';
import { useLocale } from '../../shared/i18n/useLocale.ts';
import { useT, useUiLang } from '../../shared/i18n/useT.ts';
import type { DisplayTexts } from '../../shared/script/useScript.ts';
import { useGlobalScript } from '../../shared/script/useScript.ts';
import { CopyButton } from './CopyButton.tsx';
import { citationOf } from './citation.ts';

/** "Cite": a disclosure in the article header with the formatted reference and a copy button. */
export function CiteButton({
  article,
  display,
}: {
  article: CorpusArticle;
  display: DisplayTexts;
}) {
  const t = useT();
  const ui = useUiLang();
  const locale = useLocale();
  const script = useGlobalScript();
  const cite = (): string =>
    citationOf(article, display.texts, { template: t('citeFormat'), ui, locale, script });
  return (
    <details className="cite" data-testid="cite">
      <summary>{t('cite')}</summary>
      <div className="cite-body">
        <h2 className="visually-hidden">{t('citeTitle')}</h2>
        <p className="citation" data-testid="citation">
          {cite()}
        </p>
        <CopyButton text={cite} label="citeCopy" done="citeCopied" testId="copy-citation" />
      </div>
    </details>
  );
}
