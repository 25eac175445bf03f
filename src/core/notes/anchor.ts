/**
 * Anchoring a note to an article's text, in the manner of hypothesis's match-quote: a position hint
 * (code-point offsets) plus the quoted text and a little context on each side. Resolving tries the
 * offsets first, then every occurrence of the quote scored by context and distance, then (for a
 * text that was re-cleaned) an approximate match of the quote with a few edits. A note that cannot
 * be placed resolves to null and is kept as an orphan by the caller, never dropped.
 *
 * The text is the article's **body text**: its paragraphs in the canonical fold (Simplified),
 * joined with "\n" (see body.ts). Every script shows the same number of code points per
 * paragraph, so one set of offsets lands on the same characters in cn, tw, hk and the original.
 */
import type { Span } from '../text/codepoints.ts';

/** Where a note sits. Offsets count code points in the body text (see the module comment). */
export interface TextAnchor {
  start: number;
  end: number;
  /** The selected text, in the canonical fold. */
  quote: string;
  /** Up to CONTEXT code points before the quote. */
  prefix: string;
  /** Up to CONTEXT code points after the quote. */
  suffix: string;
}

/** How much context is kept on each side of a quote. */
export const CONTEXT = 32;

/** A placed anchor: where it sits now, and whether it sits exactly where it was made. */
export interface ResolvedAnchor extends Span {
  /** 'exact': the quote is still at the stored offsets; 'moved': found elsewhere; 'fuzzy': found with edits. */
  how: 'exact' | 'moved' | 'fuzzy';
}

/** Make an anchor for `[start, end)` (code points, clamped to the text). */
export function createAnchor(text: string, start: number, end: number): TextAnchor {
  const cps = Array.from(text);
  const s = Math.max(0, Math.min(cps.length, Math.min(start, end)));
  const e = Math.max(s, Math.min(cps.length, Math.max(start, end)));
  return {
    start: s,
    end: e,
    quote: cps.slice(s, e).join(''),
    prefix: cps.slice(Math.max(0, s - CONTEXT), s).join(''),
    suffix: cps.slice(e, e + CONTEXT).join(''),
  };
}

/** Longest common suffix of `a` and `b` (code-point arrays), as a share of `b`'s length. */
function suffixSimilarity(a: readonly string[], b: readonly string[]): number {
  if (b.length === 0) return 1;
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n / b.length;
}

/** Longest common prefix of `a` and `b`, as a share of `b`'s length. */
function prefixSimilarity(a: readonly string[], b: readonly string[]): number {
  if (b.length === 0) return 1;
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n / b.length;
}

interface Candidate {
  start: number;
  end: number;
  edits: number;
}

/** Every exact occurrence of `quote` in `text` (both code-point arrays). */
function exactOccurrences(text: readonly string[], quote: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  const m = quote.length;
  outer: for (let i = 0; i + m <= text.length; i++) {
    for (let k = 0; k < m; k++) if (text[i + k] !== quote[k]) continue outer;
    out.push({ start: i, end: i + m, edits: 0 });
  }
  return out;
}

/** Quotes longer than this are not matched approximately (the table would be too large). */
const FUZZY_MAX_QUOTE = 400;

/**
 * Approximate occurrences of `quote` with at most `maxEdits` insertions, deletions or
 * substitutions (Sellers' algorithm: edit distance where the match may start anywhere), each the
 * best-scoring end of a run of matching ends, with its start traced along the cheapest path.
 */
function fuzzyOccurrences(
  text: readonly string[],
  quote: readonly string[],
  maxEdits: number,
): Candidate[] {
  const m = quote.length;
  if (m === 0 || m > FUZZY_MAX_QUOTE) return [];
  // Column per text position: cost[i] for the first i quote characters, start[i] where it began.
  let cost = Array.from({ length: m + 1 }, (_, i) => i);
  let start = new Array<number>(m + 1).fill(0);
  const ends: Candidate[] = [];
  for (let j = 1; j <= text.length; j++) {
    const nextCost = new Array<number>(m + 1);
    const nextStart = new Array<number>(m + 1);
    nextCost[0] = 0;
    nextStart[0] = j;
    const c = text[j - 1];
    for (let i = 1; i <= m; i++) {
      const diag = (cost[i - 1] ?? 0) + (quote[i - 1] === c ? 0 : 1);
      const up = (nextCost[i - 1] ?? 0) + 1; // quote char missing from text
      const left = (cost[i] ?? 0) + 1; // extra char in text
      if (diag <= up && diag <= left) {
        nextCost[i] = diag;
        nextStart[i] = start[i - 1] ?? 0;
      } else if (left <= up) {
        nextCost[i] = left;
        nextStart[i] = start[i] ?? 0;
      } else {
        nextCost[i] = up;
        nextStart[i] = nextStart[i - 1] ?? j;
      }
    }
    cost = nextCost;
    start = nextStart;
    const edits = cost[m] ?? m;
    if (edits <= maxEdits) {
      const cand = { start: start[m] ?? 0, end: j, edits };
      const last = ends[ends.length - 1];
      // Neighbouring ends describe the same place: keep the cheapest.
      if (last && cand.start <= last.end) {
        if (cand.edits < last.edits) ends[ends.length - 1] = cand;
      } else ends.push(cand);
    }
  }
  return ends.filter((c) => c.end > c.start);
}

export interface ResolveOptions {
  /** Allow an approximate match of the quote (re-cleaned text). Default true. */
  fuzzy?: boolean;
  /** Edits allowed per quote code point in an approximate match. Default 0.25. */
  editRate?: number;
}

/**
 * Where `anchor` sits in `text` now, or null when it cannot be placed (the note is then an
 * orphan). Exact offsets win; else the occurrence of the quote whose context best matches, nearer
 * the old offsets breaking ties; else, optionally, an approximate occurrence.
 */
export function resolveAnchor(
  text: string,
  anchor: TextAnchor,
  options: ResolveOptions = {},
): ResolvedAnchor | null {
  const cps = Array.from(text);
  const quote = Array.from(anchor.quote);
  if (quote.length === 0) return null;
  if (
    anchor.end - anchor.start === quote.length &&
    anchor.end <= cps.length &&
    cps.slice(anchor.start, anchor.end).join('') === anchor.quote
  ) {
    return { start: anchor.start, end: anchor.end, how: 'exact' };
  }
  let candidates = exactOccurrences(cps, quote);
  let how: ResolvedAnchor['how'] = 'moved';
  if (candidates.length === 0 && options.fuzzy !== false) {
    const maxEdits = Math.floor(quote.length * (options.editRate ?? 0.25));
    if (maxEdits > 0) candidates = fuzzyOccurrences(cps, quote, maxEdits);
    how = 'fuzzy';
  }
  if (candidates.length === 0) return null;
  const prefix = Array.from(anchor.prefix);
  const suffix = Array.from(anchor.suffix);
  let best: Candidate | undefined;
  let bestScore = -Infinity;
  for (const c of candidates) {
    const before = cps.slice(Math.max(0, c.start - prefix.length), c.start);
    const after = cps.slice(c.end, c.end + suffix.length);
    const distance = Math.abs(c.start - anchor.start);
    // Weights after hypothesis's match-quote: the quote counts most, context next, position least.
    const score =
      50 * (1 - c.edits / quote.length) +
      20 * suffixSimilarity(before, prefix) +
      20 * prefixSimilarity(after, suffix) +
      2 * (1 - Math.min(1, distance / Math.max(1, cps.length)));
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best ? { start: best.start, end: best.end, how } : null;
}
