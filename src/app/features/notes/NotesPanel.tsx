import { useId, useState } from 'react';
import { bodyText } from '../../../core/notes/body.ts';
import type { Note, NoteColour } from '../../../core/notes/record.ts';
import { NOTE_COLOURS } from '../../../core/notes/record.ts';
import { cpSlice } from '../../../core/text/codepoints.ts';
import { useT } from '../../shared/i18n/useT.ts';
import { COLOUR_LABEL } from './colours.ts';
import { useNotesStore } from './notesStore.ts';
import type { ArticleNotes } from './useArticleNotes.ts';

/** Scroll to a note's highlight and flash it (the highlight is rendered with `data-note`). */
export function jumpToNote(id: string): void {
  const el = document.querySelector(`[data-note="${CSS.escape(id)}"]`);
  if (!(el instanceof HTMLElement)) return;
  el.scrollIntoView({ block: 'center' });
  el.classList.add('note-flash');
  setTimeout(() => el.classList.remove('note-flash'), 1600);
}

/**
 * The article's notes beside the text: number, quote (in the script shown), note; edit, delete
 * (undo in the toast), show in the text. Notes that could not be placed are listed with their
 * stored quote, never hidden.
 */
export function NotesPanel({
  notes,
  shownParagraphs,
  lang,
}: {
  notes: ArticleNotes;
  /** The paragraphs in the script being shown, so quotes read as the text does. */
  shownParagraphs: readonly string[];
  lang: string;
}) {
  const t = useT();
  const shownBody = bodyText(shownParagraphs);
  const count = notes.placed.length + notes.orphans.length;
  return (
    <section className="notes-panel" aria-labelledby="notes-panel-title" data-testid="notes-panel">
      <h2 id="notes-panel-title">
        {t('notesPanelTitle')} <span className="muted">({t('notesCount', { count })})</span>
      </h2>
      {count === 0 ? (
        <p className="muted">{t('notesPanelEmpty')}</p>
      ) : (
        <ol className="note-list">
          {notes.placed.map((p) => (
            <NoteItem
              key={p.note.id}
              note={p.note}
              n={p.n}
              quote={cpSlice(shownBody, p.start, p.end)}
              lang={lang}
            />
          ))}
          {notes.orphans.map((o) => (
            <NoteItem key={o.id} note={o} n={null} quote={o.anchor.quote} lang="zh-Hans" />
          ))}
        </ol>
      )}
    </section>
  );
}

/** One note in a list: shown, or being edited. Used by the reader's panel and the notes view. */
export function NoteItem({
  note,
  n,
  quote,
  lang,
  jump = true,
}: {
  note: Note;
  /** Its number in the article, or null for a note that could not be placed. */
  n: number | null;
  quote: string;
  lang: string;
  /** Offer "show in the text" (in the reader). */
  jump?: boolean;
}) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.text);
  const [colour, setColour] = useState<NoteColour>(note.colour);
  const fieldId = useId();
  return (
    <li
      className={`note-item note-${note.colour}${n === null ? ' orphan' : ''}`}
      data-testid="note-item"
      data-note-id={note.id}
    >
      <div className="note-head">
        {n !== null && (
          <span className="note-num" aria-label={t('noteNumber', { n })}>
            {n}
          </span>
        )}
        <blockquote className="note-quote" lang={lang}>
          {quote}
        </blockquote>
      </div>
      {n === null && (
        <p className="note-orphan" data-testid="note-orphan">
          {t('noteOrphan')}
        </p>
      )}
      {editing ? (
        <form
          className="note-edit"
          onSubmit={(e) => {
            e.preventDefault();
            void useNotesStore.getState().edit(note.id, { text: text.trim(), colour });
            setEditing(false);
          }}
        >
          <label htmlFor={fieldId}>{t('noteTextLabel')}</label>
          <textarea
            id={fieldId}
            value={text}
            rows={3}
            onChange={(e) => setText(e.target.value)}
            data-testid="note-edit-text"
          />
          <fieldset className="note-colours">
            <legend>{t('noteColour')}</legend>
            {NOTE_COLOURS.map((c) => (
              <label key={c} className={`note-colour-choice note-${c}`}>
                <input
                  type="radio"
                  name={`${fieldId}-colour`}
                  checked={colour === c}
                  onChange={() => setColour(c)}
                />
                <span className="note-swatch" aria-hidden="true" />
                {t(COLOUR_LABEL[c])}
              </label>
            ))}
          </fieldset>
          <div className="note-actions">
            <button type="submit" data-testid="note-save">
              {t('noteSave')}
            </button>
            <button
              type="button"
              onClick={() => {
                setText(note.text);
                setColour(note.colour);
                setEditing(false);
              }}
            >
              {t('noteCancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <p className={note.text ? 'note-text' : 'note-text muted'} data-testid="note-text">
            {note.text || t('noteNoText')}
          </p>
          <div className="note-actions">
            {jump && n !== null && (
              <button type="button" className="link-button" onClick={() => jumpToNote(note.id)}>
                {t('noteJump')}
              </button>
            )}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setText(note.text);
                setColour(note.colour);
                setEditing(true);
              }}
              data-testid="note-edit"
            >
              {t('noteEdit')}
            </button>
            <button
              type="button"
              className="link-button"
              onClick={() => void useNotesStore.getState().remove([note.id])}
              data-testid="note-delete"
            >
              {t('noteDelete')}
            </button>
          </div>
        </>
      )}
    </li>
  );
}

/** The article's notes as numbered footnotes, for print handouts only. */
export function NoteFootnotes({
  notes,
  shownParagraphs,
  lang,
}: {
  notes: ArticleNotes;
  shownParagraphs: readonly string[];
  lang: string;
}) {
  const t = useT();
  if (notes.placed.length === 0) return null;
  const shownBody = bodyText(shownParagraphs);
  return (
    <section className="note-footnotes-section print-only" aria-labelledby="note-footnotes-title">
      <h2 id="note-footnotes-title">{t('notesFootnotes')}</h2>
      <ol className="note-footnotes print-only">
        {notes.placed.map((p) => (
          <li key={p.note.id} value={p.n}>
            <span lang={lang}>“{cpSlice(shownBody, p.start, p.end)}”</span>
            {p.note.text && <> — {p.note.text}</>}
          </li>
        ))}
      </ol>
    </section>
  );
}
