import { useEffect, useId, useRef, useState } from 'react';
import { IMPORT_ACCEPT, MAX_IMPORT_BYTES } from '../../../core/import/encodings.ts';
import { useT } from '../../shared/i18n/useT.ts';
import { collectionText, useImportStore } from './importStore.ts';
import { formatBytes, ImportResults } from './ImportResults.tsx';
import { importClient } from '../../platform/importClient.ts';
import { useLibraryStore } from '../../data/libraryStore.ts';
import { downloadText, today } from '../../shared/download.ts';

function Progress() {
  const t = useT();
  const progress = useImportStore((s) => s.progress);
  const cancelled = useImportStore((s) => s.cancelled);
  if (!progress) {
    return cancelled ? (
      <p className="notice" role="status" data-testid="import-cancelled">
        {t('importCancelled')}
      </p>
    ) : null;
  }
  return (
    <div className="import-progress" role="status" data-testid="import-progress">
      <progress max={progress.total} value={progress.done} />
      <span>{t('importProgress', { done: progress.done, total: progress.total })}</span>
      <button type="button" onClick={() => useImportStore.getState().cancel()}>
        {t('importCancel')}
      </button>
    </div>
  );
}

function Collections() {
  const t = useT();
  const inputId = useId();
  const ownCount = useLibraryStore((s) => s.records.size);
  return (
    <section className="import-collections" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>{t('collectionTitle')}</h2>
      <p>{t('collectionIntro')}</p>
      <div className="import-buttons">
        <button
          type="button"
          data-testid="collection-export"
          disabled={ownCount === 0}
          title={ownCount === 0 ? t('collectionEmpty') : undefined}
          onClick={() =>
            void collectionText().then((text) =>
              downloadText(text, `refrain-collection-${today()}.json`, 'application/json'),
            )
          }
        >
          {t('collectionExport')}
        </button>
        <label className="file-button" htmlFor={inputId}>
          {t('collectionImport')}
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          data-testid="collection-input"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            for (const f of files)
              void f
                .text()
                .then((text) => useImportStore.getState().importCollection(f.name, text));
          }}
        />
      </div>
    </section>
  );
}

/** `#/import`: files (input, drop, paste) become the reader's own articles. */
export function ImportView() {
  const t = useT();
  const fileId = useId();
  const pasteId = useId();
  const [paste, setPaste] = useState('');
  const busy = useImportStore((s) => s.progress !== null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => importClient.warm(), []);
  return (
    <section className="import-view" aria-labelledby="import-title">
      <h1 id="import-title">{t('importTitle')}</h1>
      <p className="intro">{t('importIntro', { limit: formatBytes(MAX_IMPORT_BYTES) })}</p>
      <div className="import-drop">
        <label className="file-button primary" htmlFor={fileId}>
          {t('importChoose')}
        </label>
        <input
          ref={input}
          id={fileId}
          className="visually-hidden"
          type="file"
          multiple
          accept={IMPORT_ACCEPT}
          data-testid="import-input"
          disabled={busy}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length) void useImportStore.getState().importFiles(files);
          }}
        />
        <span className="muted">{t('importDropHint')}</span>
      </div>
      <Progress />
      <div className="import-paste">
        <label htmlFor={pasteId}>{t('importPasteLabel')}</label>
        <textarea
          id={pasteId}
          lang="zh"
          rows={5}
          value={paste}
          data-testid="import-paste"
          onChange={(e) => setPaste(e.target.value)}
        />
        <button
          type="button"
          disabled={busy || paste.trim() === ''}
          onClick={() =>
            void useImportStore
              .getState()
              .importPaste(paste)
              .then(() => setPaste(''))
          }
        >
          {t('importPasteButton')}
        </button>
      </div>
      <ImportResults />
      <Collections />
    </section>
  );
}
