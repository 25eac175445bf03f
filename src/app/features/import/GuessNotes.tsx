import type { GuessedMeta } from '../../../core/import/record.ts';
import type { MessageKey } from '../../shared/i18n/messages.ts';
import { useT } from '../../shared/i18n/useT.ts';

/**
 * How each detail of an own article was found at import — the page's headline or the first
 * sentence, which stamp the date came from (and whether it was inferred), where the outlet was
 * named, the place's administrative code or that it could not be located — or that the reader
 * entered it. Nothing is shown for records imported before guesses were recorded.
 */
export function GuessNotes({
  guessed: g,
  edited,
}: {
  guessed: GuessedMeta | undefined;
  edited: Record<'title' | 'date' | 'outlet' | 'place', boolean> | undefined;
}) {
  const t = useT();
  if (!g) return null;
  const placeNote = g.placeCode
    ? t('guessPlaceCoded', { code: g.placeCode })
    : t('guessPlaceUnlocated');
  // Each field: its label, whether it has a guess to explain, and how it was found.
  const fields = [
    ['title', t('ownTitle'), true, t(`guessTitle_${g.titleSource}` as MessageKey)],
    [
      'date',
      t('metaDate'),
      !!g.date,
      g.dateSource
        ? t(`guessDate_${g.dateSource}` as MessageKey, { evidence: g.dateEvidence })
        : '',
    ],
    [
      'outlet',
      t('metaOutlet'),
      !!g.outlet,
      g.outletSource ? t(`guessOutlet_${g.outletSource}` as MessageKey) : '',
    ],
    ['place', t('metaPlace'), !!g.place, placeNote],
  ] as const;
  const rows = fields
    .filter(([field, , guessedIt]) => guessedIt || edited?.[field])
    .map(([field, label, , found]) => ({
      field,
      label,
      note: edited?.[field] ? t('guessEdited') : found,
    }));
  return (
    <div className="guess-notes" data-testid="guess-notes">
      <p className="muted">{t('guessNotesTitle')}</p>
      <dl>
        {rows.map((r) => (
          <div key={r.field} data-guess={r.field}>
            <dt>{r.label}</dt>
            <dd>{r.note}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
