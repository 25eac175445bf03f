/**
 * Note highlights as a layer over the body's own runs (plain text, search hits, phrase marks,
 * damage marks): ArticleBody hands each run here with its offset in the paragraph, and gets back
 * the run cut at note boundaries, each covered piece in a `<mark class="note-hl">`, and the note's
 * number as a superscript where it ends. Numbers carry `data-cp-skip`, so selections after them
 * keep their offsets (domOffsets.ts); no text is ever injected as HTML.
 */
import type { ReactNode } from 'react';
import { Fragment } from 'react';
import type { NoteColour } from '../../../core/notes/record.ts';
import { cpLength } from '../../../core/text/codepoints.ts';

/** A note's highlight within one paragraph (code points), as ArticleBody renders it. */
export interface NoteMark {
  paragraph: number;
  start: number;
  end: number;
  /** The note's number in the article (superscript, footnote, panel). */
  n: number;
  noteId: string;
  colour: NoteColour;
  /** True on the note's last paragraph: its number goes there. */
  last: boolean;
}

function markClass(m: NoteMark): string {
  return `note-hl note-${m.colour}`;
}

function refs(marks: readonly NoteMark[], key: string): ReactNode[] {
  return marks.map((m) => (
    <sup key={`${key}-ref-${m.noteId}`} className="note-ref" data-cp-skip="">
      {m.n}
    </sup>
  ));
}

/** `text` (starting at code point `start` of its paragraph) with the notes covering it marked. */
export function noteLayer(
  text: string,
  start: number,
  marks: readonly NoteMark[],
  key: string | number,
): ReactNode {
  const end = start + cpLength(text);
  const here = marks.filter((m) => m.start < end && m.end > start);
  if (here.length === 0) return text;
  const cuts = new Set([start, end]);
  for (const m of here) {
    cuts.add(Math.max(start, m.start));
    cuts.add(Math.min(end, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const cps = Array.from(text);
  const out: ReactNode[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] ?? start;
    const b = points[i + 1] ?? end;
    const piece = cps.slice(a - start, b - start).join('');
    const covering = here.filter((m) => m.start <= a && m.end >= b);
    // Overlapping notes: the later-numbered one shows its colour; each keeps its number.
    const top = covering.reduce<NoteMark | undefined>(
      (t, m) => (t && t.n > m.n ? t : m),
      undefined,
    );
    out.push(
      top ? (
        <mark
          key={`${key}-${a}`}
          className={markClass(top)}
          data-note={top.noteId}
          data-testid="note-mark"
        >
          {piece}
        </mark>
      ) : (
        piece
      ),
    );
    out.push(
      ...refs(
        here.filter((m) => m.last && m.end === b),
        `${key}-${a}`,
      ),
    );
  }
  return <Fragment key={key}>{out}</Fragment>;
}

/**
 * An element standing for `[start, end)` of its paragraph that cannot be cut (a damage mark):
 * wrapped whole in the highlight of the notes overlapping it, numbers after it.
 */
export function noteWrap(
  node: ReactNode,
  start: number,
  end: number,
  marks: readonly NoteMark[],
  key: string | number,
): ReactNode {
  const here = marks.filter((m) => m.start < end && m.end > start);
  if (here.length === 0) return node;
  const top = here.reduce((t, m) => (t.n > m.n ? t : m));
  return (
    <Fragment key={key}>
      <mark className={markClass(top)} data-note={top.noteId} data-testid="note-mark">
        {node}
      </mark>
      {refs(
        here.filter((m) => m.last && m.end > start && m.end <= end),
        String(key),
      )}
    </Fragment>
  );
}
