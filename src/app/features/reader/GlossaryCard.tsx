import { useEffect, useRef } from 'react';
import type { GlossaryEntry } from '../../../core/phrases/glossary.ts';
import { useMessages, useT } from '../../shared/i18n/useT.ts';
import { hrefFor } from '../../shared/routing/routeStore.ts';
import { usePhraseText } from '../../shared/script/usePhraseText.ts';

/**
 * The glossary entry of a marked phrase, opened by tapping or clicking it in the reader: a small
 * non-modal panel (a bottom sheet on phones). Esc or the close button dismisses it.
 */
export function GlossaryCard({ entry, onClose }: { entry: GlossaryEntry; onClose: () => void }) {
  const t = useT();
  const messages = useMessages();
  const { show, lang } = usePhraseText();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    close.current?.focus();
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <aside
      className="glossary-card"
      role="dialog"
      aria-labelledby="glossary-card-title"
      data-testid="glossary-card"
    >
      <h2 id="glossary-card-title" lang={lang}>
        {show(entry.text)}
      </h2>
      <p lang="zh-Latn-pinyin" className="muted">
        {entry.pinyin}
      </p>
      <p lang="en">
        <strong>{entry.english}</strong>{' '}
        <span className="badge">{messages.category[entry.category]}</span>
      </p>
      <p lang="en">{entry.explanation}</p>
      <p>
        <a href={hrefFor({ name: 'phrase', key: entry.id })}>{t('phraseGlossary')} →</a>
      </p>
      <button ref={close} type="button" onClick={onClose}>
        {t('dismiss')}
      </button>
    </aside>
  );
}
