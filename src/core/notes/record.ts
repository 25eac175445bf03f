/**
 * A note as stored: a highlight on an article's body text with an optional comment. Read through
 * the versioned-record machinery (core/records/versioned.ts): schema 1 is the first version, so
 * there are no migrations yet; the next shape change adds one here, with its test.
 */
import type { PlainRecord, RecordCodec } from '../records/versioned.ts';
import { field, isPlainRecord } from '../records/versioned.ts';
import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { TextAnchor } from './anchor.ts';

/** Highlight colours; each also has its own underline style, so they differ in black and white. */
export const NOTE_COLOURS = ['yellow', 'green', 'blue', 'pink'] as const;
export type NoteColour = (typeof NOTE_COLOURS)[number];

export const isNoteColour = (v: unknown): v is NoteColour =>
  typeof v === 'string' && (NOTE_COLOURS as readonly string[]).includes(v);

export interface Note {
  /** Unique, stable across exports and imports (merging keys on it). */
  id: string;
  /** The article it belongs to (bundled or the reader's own). */
  articleId: string;
  anchor: TextAnchor;
  colour: NoteColour;
  /** The reader's comment; may be empty (a plain highlight). */
  text: string;
  /** ISO 8601 times. */
  created: string;
  updated: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function isoTime(r: PlainRecord, key: string, errors: string[]): string {
  const v = r[key];
  if (typeof v !== 'string' || !ISO.test(v) || Number.isNaN(Date.parse(v))) {
    errors.push(`${key} should be an ISO date and time`);
    return '';
  }
  return v;
}

function validateAnchor(v: unknown, errors: string[]): TextAnchor {
  const empty = { start: 0, end: 0, quote: '', prefix: '', suffix: '' };
  if (!isPlainRecord(v)) {
    errors.push('anchor should be an object');
    return empty;
  }
  const a = {
    start: field.integer(v, 'start', errors),
    end: field.integer(v, 'end', errors),
    quote: field.string(v, 'quote', errors),
    prefix: field.string(v, 'prefix', errors, { empty: true }),
    suffix: field.string(v, 'suffix', errors, { empty: true }),
  };
  if (a.end < a.start) errors.push('anchor end should not come before its start');
  return a;
}

/** Checks a current-version note record (also used for imported files). */
export function validateNote(r: PlainRecord): Result<Note> {
  const errors: string[] = [];
  const colour = r.colour;
  if (!isNoteColour(colour)) errors.push(`colour should be one of ${NOTE_COLOURS.join(', ')}`);
  const note: Note = {
    id: field.string(r, 'id', errors),
    articleId: field.string(r, 'articleId', errors),
    anchor: validateAnchor(r.anchor, errors),
    colour: isNoteColour(colour) ? colour : 'yellow',
    text: field.string(r, 'text', errors, { empty: true }),
    created: isoTime(r, 'created', errors),
    updated: isoTime(r, 'updated', errors),
  };
  return errors.length ? err(errors.join('; ')) : ok(note);
}

export const NOTE_CODEC: RecordCodec<Note> = {
  kind: 'note',
  version: 1,
  migrations: [],
  validate: validateNote,
};
