import { useState } from 'react';
import { IMPORT_ENCODINGS, MAX_IMPORT_BYTES } from '../../../core/import/encodings.ts';
import type { ImportEncoding } from '../../../core/import/encodings.ts';
import type { MessageKey } from '../../shared/i18n/messages.ts';
import { useT } from '../../shared/i18n/useT.ts';
import { hrefFor } from '../../shared/routing/routeStore.ts';
import { useLibraryStore } from '../../data/libraryStore.ts';
import type { ImportEntry } from './importStore.ts';
import { useImportStore } from './importStore.ts';
import { OwnMetaForm } from './OwnMetaForm.tsx';

const ENCODING_LABEL: Record<ImportEncoding, string> = {
  'utf-8': 'UTF-8',
  gb18030: 'GB18030 / GBK',
  big5: 'Big5',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
};

export const formatBytes = (n: number): string =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(0)} MB` : `${Math.ceil(n / 1024)} KB`;

/** The message for a failed entry, naming the file. */
function useErrorText(): (e: ImportEntry) => string {
  const t = useT();
  return (e) => {
    if (!e.error) return '';
    const key = `importErr_${e.error}` as MessageKey;
    return t(key, {
      file: e.name,
      detail: e.detail ?? t('importBinaryUnknown'),
      limit: formatBytes(MAX_IMPORT_BYTES),
    });
  };
}

function EncodingSelect({ entry }: { entry: ImportEntry }) {
  const t = useT();
  const redecodable =
    entry.error === null || entry.error === 'undecodable' || entry.error === 'no-chinese';
  if (!entry.bytes || !redecodable) return null;
  return (
    <label className="import-encoding">
      {t('importEncoding')}{' '}
      <select
        data-testid="import-encoding"
        value={entry.encoding ?? ''}
        title={t('importEncodingHelp')}
        onChange={(e) => {
          const v = IMPORT_ENCODINGS.find((x) => x === e.target.value);
          if (v) void useImportStore.getState().redecode(entry.key, v);
        }}
      >
        {entry.encoding === null && <option value="">—</option>}
        {IMPORT_ENCODINGS.map((enc) => (
          <option key={enc} value={enc}>
            {ENCODING_LABEL[enc]}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The guessed metadata, summarised; the form is rendered only when opened (a batch of two hundred
 * files would otherwise render two hundred forms at once).
 */
function MetaDetails({ id }: { id: string }) {
  const t = useT();
  const meta = useLibraryStore((s) => s.records.get(id)?.meta);
  const [open, setOpen] = useState(false);
  if (!meta) return null;
  return (
    <details
      className="import-meta"
      onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}
    >
      <summary>
        <span lang="zh">{meta.title}</span>
        {' · '}
        {[meta.date, meta.outlet, meta.place].filter(Boolean).join(' · ')}{' '}
        <span className="muted">({t('ownEdit')})</span>
      </summary>
      {open && <OwnMetaForm key={id} id={id} />}
    </details>
  );
}

function AddedEntry({ entry, id }: { entry: ImportEntry; id: string }) {
  const t = useT();
  const article = useLibraryStore((s) => s.articles.get(id));
  const preview = article?.text.paragraphs.slice(0, 2).join(' ').slice(0, 120) ?? '';
  return (
    <>
      <p className="import-entry-head">
        <span className="badge own">{t('importAdded')}</span> <strong>{entry.name}</strong>{' '}
        <a href={hrefFor({ name: 'read', id, paragraph: null })}>{t('importOpen')}</a>
      </p>
      <EncodingSelect entry={entry} />
      {preview && (
        <p className="import-preview" lang="zh" data-testid="import-preview">
          {preview}
        </p>
      )}
      <MetaDetails id={id} />
    </>
  );
}

/** What became of each file of this session's imports, newest first. */
export function ImportResults() {
  const t = useT();
  const entries = useImportStore((s) => s.entries);
  const errorText = useErrorText();
  if (entries.length === 0) return null;
  return (
    <section className="import-results" aria-labelledby="import-results-title">
      <div className="import-results-bar">
        <h2 id="import-results-title">{t('importResults')}</h2>
        <button type="button" onClick={() => useImportStore.getState().clear()}>
          {t('importClear')}
        </button>
      </div>
      <ul>
        {entries.map((e) => (
          <li
            key={e.key}
            className={`import-entry${e.error ? ' failed' : ''}`}
            data-testid="import-entry"
            data-status={e.error ?? (e.collection ? 'collection' : 'added')}
            data-name={e.name}
          >
            {e.articleId && !e.error ? (
              <AddedEntry entry={e} id={e.articleId} />
            ) : e.collection ? (
              <p role="status">
                <strong>{e.name}</strong>:{' '}
                {t('importCollectionAdded', {
                  articles: e.collection.articles,
                  notes: e.collection.notes,
                })}
              </p>
            ) : (
              <>
                <p role="alert" data-testid="import-error">
                  {errorText(e)}
                </p>
                <EncodingSelect entry={e} />
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
