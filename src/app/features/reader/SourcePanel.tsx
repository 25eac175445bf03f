import { useEffect, useState } from 'react';
import type { CorpusArticle } from '../../../core/corpus/model.ts';
import { langOf, loadRawSources } from '../../data/corpus.ts';
import { useT } from '../../shared/i18n/useT.ts';

type State =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; text: string }
  | { status: 'error'; error: string };

/** The raw file exactly as the scraper saved it, loaded on demand (not in the first-visit bundle). */
export function SourcePanel({ article }: { article: CorpusArticle }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<State>({ status: 'idle' });
  const id = article.meta.id;

  useEffect(() => {
    if (!open) return;
    let live = true;
    setState({ status: 'loading' });
    loadRawSources().then(
      (raw) => live && setState({ status: 'ready', text: raw[id] ?? '' }),
      (e: unknown) => live && setState({ status: 'error', error: String(e) }),
    );
    return () => {
      live = false;
    };
  }, [open, id]);

  return (
    <section className="source" aria-labelledby="source-title">
      <h2 id="source-title" className="visually-hidden">
        {t('sourceTitle')}
      </h2>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="source-text"
        onClick={() => setOpen((o) => !o)}
      >
        {open ? t('sourceHide') : t('sourceShow')}
      </button>
      {open && (
        <div id="source-text" className="source-body">
          <p className="muted">
            {t('sourceTitle')} · <code>{article.meta.source}</code>
          </p>
          {state.status === 'loading' && <p role="status">{t('sourceLoading')}</p>}
          {state.status === 'error' && (
            <p role="alert">{t('sourceFailed', { error: state.error })}</p>
          )}
          {state.status === 'ready' && (
            <pre lang={langOf(article)} data-testid="source-text" tabIndex={0}>
              {state.text}
            </pre>
          )}
        </div>
      )}
    </section>
  );
}
