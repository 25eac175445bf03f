import type { RefObject } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import { createAnchor } from '../../../core/notes/anchor.ts';
import { bodyText } from '../../../core/notes/body.ts';
import type { NoteColour } from '../../../core/notes/record.ts';
import { NOTE_COLOURS } from '../../../core/notes/record.ts';
import { useT, useUiLangTag } from '../../shared/i18n/useT.ts';
import { COLOUR_LABEL } from './colours.ts';
import { rangeToOffsets } from './domOffsets.ts';
import { useNotesStore } from './notesStore.ts';

interface Pending {
  start: number;
  end: number;
  /** Position under the selection, relative to the container. */
  top: number;
  left: number;
}

/**
 * The toolbar that appears under a text selection in the article body: an optional note and one
 * button per colour (each saves). Tab after selecting moves into it; Esc closes it. `paragraphs` are the canonical paragraphs the anchor is made on.
 */
export function NoteToolbar({
  articleId,
  paragraphs,
  containerRef,
}: {
  articleId: string;
  paragraphs: readonly string[];
  containerRef: RefObject<HTMLElement | null>;
}) {
  const t = useT();
  const uiTag = useUiLangTag();
  const [pending, setPending] = useState<Pending | null>(null);
  const [text, setText] = useState('');
  const toolbarRef = useRef<HTMLDivElement>(null);
  const inputId = useId();
  const open = pending !== null;

  // Tab right after selecting goes to the toolbar (not to the next mark in the text), so the
  // highlight is one keystroke away for keyboard readers too.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent): void => {
      const toolbar = toolbarRef.current;
      if (e.key !== 'Tab' || e.shiftKey || !toolbar || toolbar.contains(document.activeElement)) {
        return;
      }
      e.preventDefault();
      toolbar.querySelector('input')?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  useEffect(() => {
    const onChange = (): void => {
      const container = containerRef.current;
      const body = container?.querySelector('[data-testid="article-body"]');
      const sel = document.getSelection();
      const range = sel && sel.rangeCount > 0 && !sel.isCollapsed ? sel.getRangeAt(0) : null;
      const offsets = body && range ? rangeToOffsets(body, range, paragraphs) : null;
      if (!container || !range || !offsets) {
        // Typing the note moves the selection into the field: keep the toolbar while it has focus.
        if (!toolbarRef.current?.contains(document.activeElement)) setPending(null);
        return;
      }
      const box = container.getBoundingClientRect();
      const rects = range.getClientRects();
      const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
      const width = Math.min(box.width, 360);
      setPending({
        ...offsets,
        top: last.bottom - box.top + 8,
        left: Math.max(0, Math.min(last.left - box.left, box.width - width)),
      });
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [containerRef, paragraphs]);

  if (!pending) return null;

  const close = (): void => {
    setPending(null);
    setText('');
    document.getSelection()?.removeAllRanges();
  };

  const save = (colour: NoteColour): void => {
    const anchor = createAnchor(bodyText(paragraphs), pending.start, pending.end);
    void useNotesStore.getState().add({ articleId, anchor, colour, text: text.trim() });
    close();
  };

  return (
    <div
      ref={toolbarRef}
      className="note-toolbar"
      role="toolbar"
      aria-label={t('noteToolbar')}
      lang={uiTag}
      data-testid="note-toolbar"
      style={{ top: pending.top, left: pending.left }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          close();
        }
      }}
    >
      <label htmlFor={inputId} className="visually-hidden">
        {t('noteTextLabel')}
      </label>
      <input
        id={inputId}
        type="text"
        value={text}
        placeholder={t('noteTextLabel')}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            save('yellow');
          }
        }}
        data-testid="note-input"
      />
      <span className="note-swatches">
        {NOTE_COLOURS.map((c) => (
          <button
            key={c}
            type="button"
            className={`note-swatch note-${c}`}
            aria-label={t('noteHighlightIn', { colour: t(COLOUR_LABEL[c]) })}
            title={t('noteHighlightIn', { colour: t(COLOUR_LABEL[c]) })}
            // Keep the text selected while the button is pressed.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => save(c)}
            data-testid={`note-colour-${c}`}
          />
        ))}
      </span>
      <button type="button" className="note-cancel" onClick={close}>
        {t('noteCancel')}
      </button>
    </div>
  );
}
