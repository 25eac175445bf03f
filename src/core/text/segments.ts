import type { Span } from './codepoints.ts';

/** A piece of text, with the index of the range it falls in (`null` for plain text). */
export interface Segment {
  text: string;
  /** Code-point offset of the segment in the whole string. */
  start: number;
  range: number | null;
}

/**
 * Cut `text` at the boundaries of non-overlapping `ranges` (code-point offsets), so a view can
 * render plain runs and marked runs without ever touching HTML. Overlapping or out-of-bounds ranges
 * are clipped rather than trusted.
 */
export function segmentByRanges(text: string, ranges: readonly Span[]): Segment[] {
  const cps = Array.from(text);
  const order = ranges
    .map((r, i) => ({ start: Math.max(0, r.start), end: Math.min(cps.length, r.end), i }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let pos = 0;
  for (const r of order) {
    if (r.start < pos) continue; // overlaps an earlier range: skip rather than garble
    if (r.start > pos)
      out.push({ text: cps.slice(pos, r.start).join(''), start: pos, range: null });
    out.push({ text: cps.slice(r.start, r.end).join(''), start: r.start, range: r.i });
    pos = r.end;
  }
  if (pos < cps.length) out.push({ text: cps.slice(pos).join(''), start: pos, range: null });
  return out;
}
