import type { CleaningStep } from './step.ts';

/**
 * Step `normaliseWhitespace`: the first cleaning step, so every later step can assume `\n` line
 * breaks, NFC text, and lines that start and end on a visible character. It deliberately touches
 * nothing inside a line: interior spaces such as `通讯员 朱登山 高琼` or `11 个` carry meaning
 * (name separators, a typesetter's thin space) that later steps decide about.
 */

/**
 * True for characters trimmed from line ends. `\s` already covers ASCII blanks, U+00A0, U+3000 (the
 * ideographic space Chinese pages indent with), the U+2000 block and U+FEFF (a BOM at the start
 * of the file); zero-width space and word joiner are added because scraped pages leave them at
 * line ends, where they are invisible and only defeat matching.
 */
export function isEdgeSpace(ch: string): boolean {
  return ch !== '\n' && /^(?:\s|[\u200B\u2060\u180E])$/u.test(ch);
}

/** `line` without edge spaces at either end; interior characters are never looked at. */
function trimLine(line: string): string {
  const cps = Array.from(line);
  let start = 0;
  let end = cps.length;
  while (start < end && isEdgeSpace(cps[start] ?? '')) start++;
  while (end > start && isEdgeSpace(cps[end - 1] ?? '')) end--;
  return start === 0 && end === cps.length ? line : cps.slice(start, end).join('');
}

/**
 * Line breaks: CRLF and lone CR (old Mac files), and the Unicode line/paragraph separators, which
 * behave as line breaks in browsers but would be invisible to a later `split('\n')`.
 */
const LINE_BREAK = /\r\n?|[\u2028\u2029]/gu;

/** Two or more blank lines in a row (after trimming): three or more consecutive `\n`. */
const BLANK_RUN = /\n{3,}/gu;

/**
 * Normalises line breaks and whitespace at line edges, and applies Unicode NFC.
 *
 * - `\r\n`, `\r`, U+2028 and U+2029 become `\n`;
 * - whitespace (including U+00A0, U+3000 and zero-width spaces) at the start and end of each line
 *   is removed — indentation on these pages is presentational, used alike for body text and for
 *   recommended-article lists, so it is not kept as a signal;
 * - a run of two or more blank lines becomes one blank line, so paragraph breaks survive but
 *   layout gaps do not;
 * - NFC: decomposed tone marks (`a` + U+0304) compose to `ā`, which the romanisation step
 *   expects. NFC also folds the CJK compatibility ideographs (U+F900 豈 → U+8C48 豈); that is the
 *   standard canonical equivalence and what search wants.
 */
export function normaliseWhitespace(text: string): string {
  return text
    .normalize('NFC')
    .replace(LINE_BREAK, '\n')
    .split('\n')
    .map(trimLine)
    .join('\n')
    .replace(BLANK_RUN, '\n\n');
}

/** The `normaliseWhitespace` cleaning step. */
export const normaliseWhitespaceStep: CleaningStep = {
  name: 'normaliseWhitespace',
  summary:
    'Unifies line breaks, trims spaces at line ends, collapses runs of blank lines and applies Unicode NFC; text inside a line is untouched.',
  apply: normaliseWhitespace,
};
