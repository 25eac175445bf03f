/**
 * Placing an article's notes on its body text: each anchor resolved (exact, moved or fuzzy), the
 * placed ones numbered in reading order, the rest kept as orphans ("could not be placed").
 */
import type { ResolvedAnchor } from './anchor.ts';
import { resolveAnchor } from './anchor.ts';
import type { Note } from './record.ts';

export interface PlacedNote extends ResolvedAnchor {
  note: Note;
  /** 1-based, in reading order: the superscript and footnote number. */
  n: number;
}

export interface Placement {
  placed: PlacedNote[];
  orphans: Note[];
}

/** Resolve every note on `body` (the canonical body text) and number the placed ones. */
export function placeNotes(body: string, notes: readonly Note[]): Placement {
  const placed: Omit<PlacedNote, 'n'>[] = [];
  const orphans: Note[] = [];
  for (const note of notes) {
    const r = resolveAnchor(body, note.anchor);
    if (r) placed.push({ ...r, note });
    else orphans.push(note);
  }
  placed.sort(
    (a, b) => a.start - b.start || a.end - b.end || a.note.created.localeCompare(b.note.created),
  );
  return {
    placed: placed.map((p, i) => ({ ...p, n: i + 1 })),
    orphans: [...orphans].sort((a, b) => a.created.localeCompare(b.created)),
  };
}
