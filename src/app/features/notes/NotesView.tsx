import { useId, useMemo, useState } from 'react';
import type { CorpusArticle } from '../../../core/corpus/model.ts';
import { bodyText } from '../../../core/notes/body.ts';
import { exportNotes, notesToMarkdown, parseNotesFile } from '../../../core/notes/exchange.ts';
import { placeNotes } from '../../../core/notes/place.ts';
import type { Note } from '../../../core/notes/record.ts';
import { cpSlice } from '../../../core/text/codepoints.ts';
import { ArticleDate } from '../../shared/ArticleDate.tsx';
import { ArticleTitle } from '../../shared/ArticleTitle.tsx';
import { findArticle } from '../../data/corpus.ts';
import { useT } from '../../shared/i18n/useT.ts';
import { downloadText, today } from '../../shared/download.ts';
import { NoteItem } from './NotesPanel.tsx';
import { downloadSetAside } from './NotesStatus.tsx';
import { useNotesStore } from './notesStore.ts';
import { canonicalParagraphs, useLoadNotes } from './useArticleNotes.ts';
import { useArticleTexts, useGlobalScript } from '../../shared/script/useScript.ts';
import { hrefFor } from '../../shared/routing/routeStore.ts';

/** `#/notes`: every note, grouped by article, with JSON and Markdown export and JSON import. */
export function NotesView() {
  const t = useT();
  useLoadNotes();
  const notes = useNotesStore((s) => s.notes);
  const status = useNotesStore((s) => s.status);
  const keptAside = useNotesStore((s) => s.keptAside);
  const [message, setMessage] = useState<string | null>(null);
  const fileId = useId();

  const groups = useMemo(() => {
    const map = new Map<string, Note[]>();
    for (const n of notes) map.set(n.articleId, [...(map.get(n.articleId) ?? []), n]);
    // Articles in publication order; ones no longer in the library last.
    return [...map.entries()].sort(
      ([a], [b]) =>
        (findArticle(a)?.meta.date ?? '\uffff').localeCompare(
          findArticle(b)?.meta.date ?? '\uffff',
        ) || a.localeCompare(b),
    );
  }, [notes]);

  const exportJson = (): void => {
    const file = exportNotes(useNotesStore.getState().notes, new Date().toISOString());
    downloadText(
      `${JSON.stringify(file, null, 2)}\n`,
      `refrain-notes-${today()}.json`,
      'application/json',
    );
  };

  const exportMarkdown = (): void => {
    const md = notesToMarkdown(
      useNotesStore.getState().notes,
      (id) => {
        const a = findArticle(id);
        return a ? { title: a.meta.title, outlet: a.meta.outlet.zh, date: a.meta.date } : undefined;
      },
      t('notesTitle'),
    );
    downloadText(md, `refrain-notes-${today()}.md`, 'text/markdown');
  };

  const importFile = async (file: File): Promise<void> => {
    const parsed = parseNotesFile(await file.text());
    if (!parsed.ok) {
      setMessage(t('notesImportFailed', { error: parsed.error }));
      return;
    }
    const result = await useNotesStore.getState().importNotes(parsed.value);
    // A storage failure is reported by NotesStatus.
    setMessage(
      result
        ? t('notesImported', {
            added: result.added,
            updated: result.updated,
            skipped: result.skipped,
          })
        : null,
    );
  };

  return (
    <section className="notes-view" aria-labelledby="notes-title" data-testid="notes-view">
      <h1 id="notes-title">{t('notesTitle')}</h1>
      <p className="muted">{t('notesIntro')}</p>
      <div className="notes-actions">
        <button
          type="button"
          onClick={exportJson}
          disabled={notes.length === 0}
          data-testid="notes-export-json"
        >
          {t('notesExportJson')}
        </button>
        <button
          type="button"
          onClick={exportMarkdown}
          disabled={notes.length === 0}
          data-testid="notes-export-md"
        >
          {t('notesExportMarkdown')}
        </button>
        <div className="notes-import">
          <label htmlFor={fileId}>{t('notesImport')}</label>
          <input
            id={fileId}
            type="file"
            accept="application/json,.json"
            data-testid="notes-import"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </div>
      </div>
      {message && (
        <p className="notice" role="status" data-testid="notes-import-message">
          {message}
        </p>
      )}
      {keptAside.length > 0 && (
        <p className="muted" data-testid="notes-kept-aside">
          {t('notesKeptAside', { count: keptAside.length })}{' '}
          <button type="button" className="link-button" onClick={() => downloadSetAside(keptAside)}>
            {t('notesDownloadAside')}
          </button>
        </p>
      )}
      {status === 'ready' && notes.length === 0 && <p>{t('notesEmpty')}</p>}
      {groups.map(([id, list]) => {
        const article = findArticle(id);
        return article ? (
          <ArticleNotesGroup key={id} article={article} notes={list} />
        ) : (
          <section key={id} className="notes-group" data-testid="notes-group">
            <h2>{t('notesArticleMissing', { id })}</h2>
            <ol className="note-list">
              {list.map((n) => (
                <NoteItem
                  key={n.id}
                  note={n}
                  n={null}
                  quote={n.anchor.quote}
                  lang="zh-Hans"
                  jump={false}
                />
              ))}
            </ol>
          </section>
        );
      })}
    </section>
  );
}

/** One article's notes, placed on its text, quotes in the script being shown. */
function ArticleNotesGroup({ article, notes }: { article: CorpusArticle; notes: Note[] }) {
  const t = useT();
  const { texts, lang } = useArticleTexts(article, useGlobalScript());
  const placement = useMemo(
    () => placeNotes(bodyText(canonicalParagraphs(article)), notes),
    [article, notes],
  );
  const shown = bodyText(texts.paragraphs);
  return (
    <section className="notes-group" data-testid="notes-group">
      <h2>
        <a href={hrefFor({ name: 'read', id: article.meta.id, paragraph: null })}>
          <ArticleTitle article={article} />
        </a>
      </h2>
      <p className="muted">
        <span lang={lang}>{texts.outlet}</span> · <ArticleDate meta={article.meta} /> ·{' '}
        {t('notesCount', { count: notes.length })}
      </p>
      <ol className="note-list">
        {placement.placed.map((p) => (
          <NoteItem
            key={p.note.id}
            note={p.note}
            n={p.n}
            quote={cpSlice(shown, p.start, p.end)}
            lang={lang}
            jump={false}
          />
        ))}
        {placement.orphans.map((o) => (
          <NoteItem
            key={o.id}
            note={o}
            n={null}
            quote={o.anchor.quote}
            lang="zh-Hans"
            jump={false}
          />
        ))}
      </ol>
    </section>
  );
}
