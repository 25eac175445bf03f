import { useId, useState } from 'react';
import type { OwnMeta } from '../../../core/import/metadata.ts';
import { useT } from '../../shared/i18n/useT.ts';
import { useLibraryStore } from '../../data/libraryStore.ts';
import { GuessNotes } from './GuessNotes.tsx';
import { editedFields } from '../../../core/import/record.ts';

const DATE = /^(\d{4}-\d{2}(-\d{2})?)?$/;

/** The editable metadata of one own article (title, date, outlet, place), saved on submit. */
export function OwnMetaForm({ id, onDone }: { id: string; onDone?: () => void }) {
  const t = useT();
  const base = useId();
  const record = useLibraryStore((s) => s.records.get(id));
  const [draft, setDraft] = useState<OwnMeta | null>(null);
  if (!record) return null;
  const meta = draft ?? record.meta;
  const valid = meta.title.trim() !== '' && DATE.test(meta.date.trim());
  const field = (key: keyof OwnMeta, label: string) => (
    <div className="own-field">
      <label htmlFor={`${base}-${key}`}>{label}</label>
      <input
        id={`${base}-${key}`}
        data-testid={`own-${key}`}
        value={meta[key]}
        lang={key === 'date' ? undefined : 'zh'}
        aria-invalid={key === 'date' && !DATE.test(meta.date.trim()) ? true : undefined}
        onChange={(e) => setDraft({ ...meta, [key]: e.target.value })}
      />
    </div>
  );
  return (
    <form
      className="own-meta"
      data-testid="own-meta-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!valid) return;
        const trimmed: OwnMeta = {
          title: meta.title.trim(),
          date: meta.date.trim(),
          outlet: meta.outlet.trim(),
          place: meta.place.trim().replace(/\s+/g, ' '),
        };
        void useLibraryStore
          .getState()
          .editMeta(id, trimmed)
          .then((saved) => {
            if (saved) {
              setDraft(null);
              onDone?.();
            }
          });
      }}
    >
      {field('title', t('ownTitle'))}
      {field('date', t('ownDate'))}
      {field('outlet', t('ownOutlet'))}
      {field('place', t('ownPlace'))}
      <GuessNotes guessed={record.guessed} edited={editedFields(record)} />
      <div className="own-actions">
        <button type="submit" className="primary" disabled={!valid || draft === null}>
          {t('ownSave')}
        </button>
        {onDone && (
          <button type="button" onClick={onDone}>
            {t('ownCancelEdit')}
          </button>
        )}
      </div>
    </form>
  );
}
