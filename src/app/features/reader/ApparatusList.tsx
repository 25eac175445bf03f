import type { CorpusArticle } from '../../../core/corpus/model.ts';
import { langOf } from '../../data/corpus.ts';
import { useMessages, useT } from '../../shared/i18n/useT.ts';

/** All flagged stretches of the article at its foot, numbered like the marks in the text. */
export function ApparatusList({ article }: { article: CorpusArticle }) {
  const t = useT();
  const messages = useMessages();
  const { damaged } = article.text;
  if (damaged.length === 0) return null;
  const lang = langOf(article);
  return (
    <section className="apparatus" aria-labelledby="apparatus-title" data-testid="apparatus">
      <h2 id="apparatus-title">{t('apparatusTitle')}</h2>
      <p className="muted">{t('apparatusIntro')}</p>
      <ol>
        {damaged.map((d, i) => (
          <li key={`${d.paragraph}-${d.start}`} data-testid="apparatus-entry">
            <button
              type="button"
              className="link-button"
              onClick={() =>
                document.getElementById(`dmg-${i + 1}`)?.scrollIntoView({ block: 'center' })
              }
            >
              ¶{d.paragraph + 1}
            </button>{' '}
            {d.restored !== undefined ? (
              <>
                <span lang={lang} className="dmg-restored">
                  {d.restored}
                </span>{' '}
                <span className="muted">
                  ← <span lang={lang}>{d.raw}</span>
                  {d.confidence && ` (${messages.apparatusConfidence[d.confidence]})`}
                </span>
              </>
            ) : (
              <>
                <span lang={lang} className="dmg-raw">
                  {d.raw}
                </span>{' '}
                <span className="muted">— {t('apparatusUnrestored')}</span>
              </>
            )}
            {d.note && (
              <p className="note" lang="en">
                {d.note}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
