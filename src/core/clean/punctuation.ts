import type { CleaningStep } from './step.ts';
import { isHan } from '../text/codepoints.ts';

/**
 * Step `fullWidthPunctuation`: all five articles were flattened to ASCII punctuation somewhere
 * between the source page and the scrape (`戰疫有決心,`, `他說:“`, `病毒傳播!”`). Chinese prose
 * is written with full-width marks, and phrase matching across articles needs one form, so ASCII
 * marks in Chinese context are turned back into full-width ones. Numbers, times, Latin text and
 * URLs inside the same lines (`16:50`, `4.98万`, `KN95`, `1,000`) must come through unchanged.
 */

/** The ASCII marks this step converts, and their full-width forms. */
export const FULL_WIDTH_MARKS: ReadonlyMap<string, string> = new Map([
  [',', '，'],
  [':', '：'],
  [';', '；'],
  ['!', '！'],
  ['?', '？'],
  ['(', '（'],
  [')', '）'],
]);

/** What a run of three or more ASCII full stops becomes in Chinese context (`......。` in 000). */
export const FULL_WIDTH_ELLIPSIS = '……';

/** Marks converted by context; parentheses are decided by their content instead. */
const CONTEXT_MARKS = new Set([',', ':', ';', '!', '?']);

/**
 * Non-Han characters that make their neighbourhood Chinese. Curly quotes, the ellipsis and the
 * em dash are the forms Chinese text uses for “”‘’……——; U+FFFD is there because every
 * replacement character in this corpus sits inside mis-decoded Chinese (001's mojibake zones).
 */
const CJK_CONTEXT_EXTRA = new Set(['‘', '’', '“', '”', '…', '—', '―', '⸺', '⸻', '\uFFFD']);

/**
 * True when `ch` marks its surroundings as Chinese prose: a Han character, a CJK or full-width
 * punctuation mark or bracket (《》【】「」、。，…), a curly quote, or U+FFFD.
 */
export function isChineseContextChar(ch: string): boolean {
  if (isHan(ch)) return true;
  const cp = ch.codePointAt(0) ?? 0;
  return (
    (cp >= 0x3001 && cp <= 0x303f) || // CJK symbols and punctuation (U+3000 is a space)
    (cp >= 0xff01 && cp <= 0xff60) || // full-width forms of ASCII
    (cp >= 0xffe0 && cp <= 0xffe6) || // full-width currency and signs
    (cp >= 0xfe10 && cp <= 0xfe1f) || // vertical forms
    (cp >= 0xfe30 && cp <= 0xfe6f) || // CJK compatibility and small forms
    CJK_CONTEXT_EXTRA.has(ch)
  );
}

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isSpace = (ch: string): boolean => /^\s$/u.test(ch);

/**
 * URLs, found so that their `:`, `?`, `,` and `...` are never converted. Trailing sentence
 * punctuation is given back to the prose (`见http://a.cn,谢谢`), as linkifiers do.
 */
const URL = /\b(?:(?:https?|ftp):\/\/|www\.)[\x21-\x7e]+/giu;

function trimUrl(url: string): string {
  let u = url;
  for (;;) {
    if (/[.,;:!?'"]$/u.test(u)) u = u.slice(0, -1);
    else if (u.endsWith(')') && !u.includes('(')) u = u.slice(0, -1);
    else return u;
  }
}

/** Per code point of `line`: true inside a URL. */
function urlMask(line: string, length: number): boolean[] {
  const mask = new Array<boolean>(length).fill(false);
  for (const m of line.matchAll(URL)) {
    const start = Array.from(line.slice(0, m.index)).length;
    const len = trimUrl(m[0]).length; // URL characters are ASCII: units = code points
    mask.fill(true, start, start + len);
  }
  return mask;
}

/**
 * Per code point: true for an ASCII parenthesis that pairs (on this line, innermost first) with
 * another whose content holds a Han character — `(港航)`, `(記者 張昌濤 …)`, `(2021—2035年)`.
 * Parentheses around Latin, digits or pinyin (`(KN95)`, `(57)`, `(chǎn)`) and unpaired ones
 * (`?cái)` in 001's mojibake) stay ASCII.
 */
function hanParentheses(cps: readonly string[], masked: readonly boolean[]): boolean[] {
  const full = new Array<boolean>(cps.length).fill(false);
  // hanBefore[k] = number of Han characters in cps[0, k): content test in O(1).
  const hanBefore = [0];
  for (const c of cps) hanBefore.push((hanBefore[hanBefore.length - 1] ?? 0) + (isHan(c) ? 1 : 0));
  const open: number[] = [];
  cps.forEach((c, i) => {
    if (masked[i]) return;
    if (c === '(') open.push(i);
    else if (c === ')') {
      const o = open.pop();
      if (o !== undefined && (hanBefore[i] ?? 0) - (hanBefore[o + 1] ?? 0) > 0) {
        full[o] = true;
        full[i] = true;
      }
    }
  });
  return full;
}

/** A slice of a line: a convertible mark (or dot run), a space, or anything else. */
type Token =
  | { kind: 'mark'; text: string; replacement: string }
  | { kind: 'space'; text: string }
  | { kind: 'other'; text: string; chinese: boolean };

function tokenise(line: string): Token[] {
  const cps = Array.from(line);
  const masked = urlMask(line, cps.length);
  const parens = hanParentheses(cps, masked);
  const tokens: Token[] = [];
  let i = 0;
  while (i < cps.length) {
    const c = cps[i] ?? '';
    if (masked[i]) {
      tokens.push({ kind: 'other', text: c, chinese: false });
    } else if (parens[i]) {
      // Converted unconditionally; its full-width form is Chinese context for its neighbours.
      tokens.push({ kind: 'other', text: FULL_WIDTH_MARKS.get(c) ?? c, chinese: true });
    } else if (c === '.') {
      let j = i;
      while (cps[j] === '.' && !masked[j]) j++;
      const run = cps.slice(i, j).join('');
      if (run.length >= 3) {
        tokens.push({ kind: 'mark', text: run, replacement: FULL_WIDTH_ELLIPSIS });
      } else {
        // One or two dots are a decimal point, an abbreviation or a typo: never converted.
        for (const d of run) tokens.push({ kind: 'other', text: d, chinese: false });
      }
      i = j;
      continue;
    } else if (CONTEXT_MARKS.has(c)) {
      if ((c === ',' || c === ':') && isDigit(cps[i - 1]) && isDigit(cps[i + 1])) {
        // `1,000`, `16:50`: part of a number, and it blocks context like a digit would.
        tokens.push({ kind: 'other', text: c, chinese: false });
      } else {
        tokens.push({ kind: 'mark', text: c, replacement: FULL_WIDTH_MARKS.get(c) ?? c });
      }
    } else if (isSpace(c)) {
      tokens.push({ kind: 'space', text: c });
    } else {
      tokens.push({ kind: 'other', text: c, chinese: isChineseContextChar(c) });
    }
    i++;
  }
  return tokens;
}

/**
 * One line: each maximal stretch of marks and spaces is converted as a whole when the character
 * just before or just after the stretch is Chinese context. Treating a stretch as one unit is
 * what makes the step idempotent: in `KN95,!中` the `,` sees `!`, not `中`, but `!` is about to
 * become `！`, which is Chinese context — so they are decided together, in one pass.
 */
function convertLine(line: string): string {
  const tokens = tokenise(line);
  const out: string[] = [];
  let i = 0;
  let before: Token | undefined;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t === undefined) break;
    if (t.kind === 'other') {
      out.push(t.text);
      before = t;
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && tokens[j]?.kind !== 'other') j++;
    const after = tokens[j];
    const chinese =
      (before?.kind === 'other' && before.chinese) || (after?.kind === 'other' && after.chinese);
    for (let k = i; k < j; k++) {
      const s = tokens[k];
      if (s === undefined) continue;
      out.push(s.kind === 'mark' && chinese ? s.replacement : s.text);
    }
    i = j;
  }
  return out.join('');
}

/**
 * `text` with ASCII punctuation in Chinese context turned full-width:
 * `, : ; ! ?` → `，：；！？` when the nearest non-space character on either side is Chinese
 * context (see {@link isChineseContextChar}), looking through adjacent ASCII marks; `(…)` →
 * `（…）` when the content holds a Han character; three or more `.` → `……` in Chinese context.
 * A `,` or `:` between two digits, a single `.`, and everything inside a URL stay ASCII. Lines
 * are converted independently. Code points are preserved one for one, except that a converted
 * run of dots becomes the two-character `……`.
 */
export function fullWidthPunctuation(text: string): string {
  return text.split('\n').map(convertLine).join('\n');
}

/** The `fullWidthPunctuation` cleaning step. */
export const fullWidthPunctuationStep: CleaningStep = {
  name: 'fullWidthPunctuation',
  summary:
    'Restores full-width punctuation (，：；！？（）……) where the scrape flattened it to ASCII in Chinese prose; numbers, times, Latin text and URLs are left alone.',
  apply: fullWidthPunctuation,
};
