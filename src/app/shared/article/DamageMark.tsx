import { useId, useState } from 'react';
import type { LocatedDamage } from '../../../core/clean/pipeline.ts';
import { useMessages, useT } from '../i18n/useT.ts';
import { cpLength } from '../../../core/text/codepoints.ts';

/**
 * A mis-decoded stretch in the text. Restored stretches show the editor's reading, marked as such;
 * the damaged original is one click away, as in a critical edition's apparatus.
 */
export function DamageMark({
  flag,
  n,
  shownText,
  id,
}: {
  flag: LocatedDamage;
  n: number;
  shownText: string;
  id: string;
}) {
  const t = useT();
  const messages = useMessages();
  const [open, setOpen] = useState(false);
  const [showOriginal, setShowOriginal] = useState(false);
  const noteId = useId();
  const restored = flag.restored !== undefined;
  // `shownText` is the restoration in the script being shown; the damaged original is evidence and
  // is never converted.
  const shown = restored && !showOriginal ? shownText : flag.raw;
  return (
    <span
      className={`dmg ${restored ? 'restored' : 'unrestored'}${showOriginal ? ' showing-original' : ''}`}
      data-testid="damage-mark"
      id={id}
      // Stands for the restored text's length whatever it shows (notes/domOffsets.ts).
      data-cp-len={cpLength(shownText)}
    >
      <span className="dmg-text">{shown}</span>
      <button
        type="button"
        className="dmg-ref"
        aria-expanded={open}
        aria-controls={noteId}
        aria-label={`${t('apparatusNote', { n })}: ${restored ? t('apparatusRestored') : t('apparatusUnrestored')}`}
        onClick={() => setOpen((o) => !o)}
      >
        {n}
      </button>
      {open && (
        <span className="dmg-note" id={noteId} role="note" data-testid="damage-note">
          <span className="dmg-note-title">
            {restored ? t('apparatusRestored') : t('apparatusUnrestored')}
            {flag.confidence && <> · {messages.apparatusConfidence[flag.confidence]}</>}
          </span>
          {restored && (
            <span className="dmg-row">
              <span className="dmg-label">{t('apparatusRestored')}:</span>{' '}
              <span className="dmg-restored">{flag.restored}</span>
            </span>
          )}
          <span className="dmg-row">
            <span className="dmg-label">{t('apparatusDamaged')}:</span>{' '}
            <span className="dmg-raw">{flag.raw}</span>
          </span>
          {flag.source && (
            <span className="dmg-row">
              <span className="dmg-label">{t('apparatusSource')}:</span> <code>{flag.source}</code>
            </span>
          )}
          {flag.note && (
            <span className="dmg-row" lang="en">
              {flag.note}
            </span>
          )}
          {restored && (
            <button
              type="button"
              className="link-button"
              onClick={() => setShowOriginal((s) => !s)}
            >
              {showOriginal ? t('apparatusShowRestored') : t('apparatusShowOriginal')}
            </button>
          )}
        </span>
      )}
    </span>
  );
}
