import type { CorpusArticle } from '../../../core/corpus/model.ts';
import { langOf, PIPELINE } from '../../data/corpus.ts';
import { useMessages, useT } from '../../shared/i18n/useT.ts';

/** What the pipeline did to this article: its steps, and every source line set aside, with why. */
export function CleaningReport({ article }: { article: CorpusArticle }) {
  const t = useT();
  const messages = useMessages();
  const { removed } = article.text;
  return (
    <details className="cleaning">
      <summary>{t('cleaningTitle')}</summary>
      <ol className="steps">
        {PIPELINE.map((s) => (
          <li key={s.name}>
            <code>{s.name}</code> — <span lang="en">{s.summary}</span>
          </li>
        ))}
      </ol>
      <h3>{t('removedTitle', { count: removed.length })}</h3>
      <ul className="removed" lang={langOf(article)}>
        {removed.map((r) => (
          <li key={r.line}>
            <span className="badge">{messages.removedReason[r.reason]}</span> {r.text}
          </li>
        ))}
      </ul>
    </details>
  );
}
