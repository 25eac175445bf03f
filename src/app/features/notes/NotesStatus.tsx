import { useEffect } from 'react';
import type { MessageKey } from '../../shared/i18n/messages.ts';
import { useT } from '../../shared/i18n/useT.ts';
import type { SetAsideRecord } from '../../platform/storage/db.ts';
import type { StorageErrorKind } from '../../platform/storage/repository.ts';
import { downloadText, today } from '../../shared/download.ts';
import { useLoadNotes } from './useArticleNotes.ts';
import { useNotesStore } from './notesStore.ts';

const FAILURE: Record<StorageErrorKind, MessageKey> = {
  quota: 'notesFailQuota',
  unavailable: 'notesFailUnavailable',
  unknown: 'notesFailUnknown',
};

/** Download set-aside records exactly as they were stored, with why each was set aside. */
export function downloadSetAside(records: readonly SetAsideRecord[]): void {
  const file = {
    format: 'refrain-set-aside',
    exportedAt: new Date().toISOString(),
    records,
  };
  downloadText(
    `${JSON.stringify(file, null, 2)}\n`,
    `refrain-notes-set-aside-${today()}.json`,
    'application/json',
  );
}

/**
 * The notes' messages, shown on every view: notes set aside as unreadable at load (with a
 * download), a storage failure, and the undo toast after a delete. Also starts the first load.
 */
export function NotesStatus() {
  const t = useT();
  useLoadNotes();
  const setAside = useNotesStore((s) => s.setAside);
  const keptAside = useNotesStore((s) => s.keptAside);
  const problem = useNotesStore((s) => s.problem);
  const deleted = useNotesStore((s) => s.deleted);

  // The undo offer lasts a while, then goes (the note stays deleted).
  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => useNotesStore.getState().dismissUndo(), 12_000);
    return () => clearTimeout(timer);
  }, [deleted]);

  return (
    <>
      {setAside.length > 0 && (
        <div className="notice notes-notice" role="alert" data-testid="notes-set-aside">
          <p>{t('notesSetAside', { count: setAside.length })}</p>
          <button type="button" onClick={() => downloadSetAside(keptAside)}>
            {t('notesDownloadAside')}
          </button>
          <button type="button" onClick={() => useNotesStore.getState().dismissSetAside()}>
            {t('notesDismiss')}
          </button>
        </div>
      )}
      {problem && (
        <div className="notice notes-notice" role="alert" data-testid="notes-problem">
          <p>{t(problem.action === 'load' ? 'notesLoadFailed' : FAILURE[problem.kind])}</p>
          <button type="button" onClick={() => useNotesStore.getState().dismissProblem()}>
            {t('notesDismiss')}
          </button>
        </div>
      )}
      <div className="note-toast-region" role="status" aria-live="polite">
        {deleted && (
          <div className="note-toast" data-testid="note-undo-toast">
            <span>{t('noteDeleted')}</span>
            <button
              type="button"
              onClick={() => void useNotesStore.getState().undoDelete()}
              data-testid="note-undo"
            >
              {t('noteUndo')}
            </button>
            <button
              type="button"
              className="link-button"
              aria-label={t('notesDismiss')}
              onClick={() => useNotesStore.getState().dismissUndo()}
            >
              ×
            </button>
          </div>
        )}
      </div>
    </>
  );
}
