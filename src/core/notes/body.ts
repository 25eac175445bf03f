/**
 * The body text notes are anchored to: the article's paragraphs (headings included, in reading
 * order) joined with "\n". Offsets into it survive re-splitting a paragraph only as far as the
 * quote does (the separator is one code point either way), and map back to per-paragraph spans
 * for rendering.
 */
import { cpLength } from '../text/codepoints.ts';

export const PARAGRAPH_SEPARATOR = '\n';

/** The body text of `paragraphs` (in any script: all scripts have equal code-point counts). */
export function bodyText(paragraphs: readonly string[]): string {
  return paragraphs.join(PARAGRAPH_SEPARATOR);
}

/** Code-point offset at which each paragraph starts in the body text. */
export function paragraphStarts(paragraphs: readonly string[]): number[] {
  const starts: number[] = [];
  let pos = 0;
  for (const p of paragraphs) {
    starts.push(pos);
    pos += cpLength(p) + 1;
  }
  return starts;
}

/** A piece of a body range inside one paragraph (offsets within the paragraph). */
export interface ParagraphSpan {
  paragraph: number;
  start: number;
  end: number;
}

/** Cut a body-text range `[start, end)` into per-paragraph spans (separators are dropped). */
export function toParagraphSpans(
  paragraphs: readonly string[],
  start: number,
  end: number,
): ParagraphSpan[] {
  const starts = paragraphStarts(paragraphs);
  const out: ParagraphSpan[] = [];
  paragraphs.forEach((p, i) => {
    const from = starts[i] ?? 0;
    const to = from + cpLength(p);
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    if (e > s) out.push({ paragraph: i, start: s - from, end: e - from });
  });
  return out;
}

/** Body-text offset of code point `offset` in paragraph `paragraph`. */
export function toBodyOffset(
  paragraphs: readonly string[],
  paragraph: number,
  offset: number,
): number {
  return (paragraphStarts(paragraphs)[paragraph] ?? 0) + offset;
}
