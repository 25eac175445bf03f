import type { OwnArticleInfo } from '../../core/corpus/model.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { useT } from '../i18n/useT.ts';

/**
 * How each detail of an own article was found at import — the page's headline or the first
 * sentence, which stamp the date came from (and whether it was inferred), where the outlet was
 * named, the place's administrative code or that it could not be located — or that the reader
 * entered it. Nothing is shown for records imported before guesses were recorded.
 */
export function GuessNotes({ own }: { own: OwnArticleInfo }) {
  const t = useT();
  const g = own.guessed;
  if (!g) return null;
  const edited = own.edited ?? { title: false, date: false, outlet: false, place: false };
  const rows: { label: string; note: string; field: string }[] = [
    {
      field: 'title',
      label: t('ownTitle'),
      note: edited.title ? t('guessEdited') : t(`guessTitle_${g.titleSource}` as MessageKey),
    },
  ];
  if (g.date || edited.date)
    rows.push({
      field: 'date',
      label: t('metaDate'),
      note: edited.date
        ? t('guessEdited')
        : t(`guessDate_${g.dateSource}` as MessageKey, { evidence: g.dateEvidence }),
    });
  if (g.outlet || edited.outlet)
    rows.push({
      field: 'outlet',
      label: t('metaOutlet'),
      note: edited.outlet ? t('guessEdited') : t(`guessOutlet_${g.outletSource}` as MessageKey),
    });
  if (g.place || edited.place)
    rows.push({
      field: 'place',
      label: t('metaPlace'),
      note: edited.place
        ? t('guessEdited')
        : g.placeCode
          ? t('guessPlaceCoded', { code: g.placeCode })
          : t('guessPlaceUnlocated'),
    });
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
