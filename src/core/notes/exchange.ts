/**
 * Notes leaving and entering the app: a lossless JSON file that imports back unchanged (merging
 * without duplicates), and a Markdown export for reading and handouts.
 */
import { decodeRecord, isPlainRecord } from '../records/versioned.ts';
import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { Note } from './record.ts';
import { NOTE_CODEC } from './record.ts';

export const EXPORT_FORMAT = 'refrain-notes';
/** Version of the file format (the notes inside carry their own record schema). */
export const EXPORT_VERSION = 1;

export interface NotesFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  notes: (Note & { schema: number })[];
}

/** The export, as a value (stringify it for the file). Notes keep every field and their schema. */
export function exportNotes(notes: readonly Note[], exportedAt: string): NotesFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    notes: sortNotes(notes).map((n) => ({ ...n, schema: NOTE_CODEC.version })),
  };
}

/** Notes in a stable order: by article, then by place in the text, then by creation. */
export function sortNotes(notes: readonly Note[]): Note[] {
  return [...notes].sort(
    (a, b) =>
      a.articleId.localeCompare(b.articleId) ||
      a.anchor.start - b.anchor.start ||
      a.created.localeCompare(b.created) ||
      a.id.localeCompare(b.id),
  );
}

/**
 * Reads an exported file. Refuses files that are not JSON, not a notes export, or from a newer
 * format; a note that cannot be read fails the whole import with its number and reason (an import
 * is all or nothing, like the storage batch it becomes).
 */
export function parseNotesFile(text: string): Result<Note[]> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return err('This file is not JSON, so it is not a Refrain notes export.');
  }
  if (!isPlainRecord(json) || json.format !== EXPORT_FORMAT) {
    return err('This JSON file is not a Refrain notes export (format "refrain-notes" expected).');
  }
  const version = json.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return err('This notes file has no valid format version.');
  }
  if (version > EXPORT_VERSION) {
    return err(
      `This notes file was written by a newer version of Refrain (format ${version}; this one reads up to ${EXPORT_VERSION}). Update Refrain to import it.`,
    );
  }
  if (!Array.isArray(json.notes)) return err('This notes file has no list of notes.');
  const notes: Note[] = [];
  for (const [i, raw] of (json.notes as unknown[]).entries()) {
    const decoded = decodeRecord(NOTE_CODEC, raw);
    if (!decoded.ok) return err(`Note ${i + 1} in the file cannot be read: ${decoded.error}.`);
    notes.push(decoded.value.value);
  }
  return ok(notes);
}

export interface MergeResult {
  /** Notes to write: new ones and newer versions of existing ones. */
  toWrite: Note[];
  added: number;
  updated: number;
  /** Already present (same id not newer, or the same highlight and text under another id). */
  skipped: number;
}

const sameHighlight = (a: Note, b: Note): boolean =>
  a.articleId === b.articleId &&
  a.anchor.start === b.anchor.start &&
  a.anchor.end === b.anchor.end &&
  a.anchor.quote === b.anchor.quote &&
  a.text === b.text;

/**
 * Merges imported notes into existing ones without duplicates: the same id keeps whichever was
 * updated later; a note with another id but the same anchor and text is the same note made twice
 * (or exported by another profile) and is skipped.
 */
export function mergeNotes(existing: readonly Note[], incoming: readonly Note[]): MergeResult {
  const byId = new Map(existing.map((n) => [n.id, n]));
  const toWrite: Note[] = [];
  let added = 0;
  let updated = 0;
  let skipped = 0;
  for (const note of incoming) {
    const current = byId.get(note.id);
    if (current) {
      if (Date.parse(note.updated) > Date.parse(current.updated)) {
        toWrite.push(note);
        byId.set(note.id, note);
        updated++;
      } else skipped++;
      continue;
    }
    if ([...byId.values()].some((n) => sameHighlight(n, note))) {
      skipped++;
      continue;
    }
    toWrite.push(note);
    byId.set(note.id, note);
    added++;
  }
  return { toWrite, added, updated, skipped };
}

/** What the Markdown export says about an article. */
export interface ArticleInfo {
  title: string;
  outlet: string;
  date: string;
}

/** Markdown headings and quotes must not be broken by the text they carry. */
const quoteLines = (s: string): string =>
  s
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');

/**
 * Notes as Markdown, grouped by article (title, outlet, date), each with its quote as a blockquote
 * and its text below. Articles that are no longer in the library are listed under their id.
 */
export function notesToMarkdown(
  notes: readonly Note[],
  info: (articleId: string) => ArticleInfo | undefined,
  heading = 'Notes',
): string {
  const out: string[] = [`# ${heading}`, ''];
  const groups = new Map<string, Note[]>();
  for (const n of sortNotes(notes))
    groups.set(n.articleId, [...(groups.get(n.articleId) ?? []), n]);
  const ordered = [...groups.entries()].sort(
    ([a], [b]) =>
      // By date; articles no longer in the library last.
      (info(a)?.date ?? '\uffff').localeCompare(info(b)?.date ?? '\uffff') || a.localeCompare(b),
  );
  for (const [id, group] of ordered) {
    const a = info(id);
    out.push(`## ${a ? a.title : id}`, '');
    if (a) out.push(`${a.outlet} · ${a.date}`, '');
    group.forEach((n, i) => {
      out.push(`**${i + 1}.** (${n.colour})`, '', quoteLines(n.anchor.quote), '');
      if (n.text.trim()) out.push(n.text.trim(), '');
    });
  }
  return `${out.join('\n').trimEnd()}\n`;
}
