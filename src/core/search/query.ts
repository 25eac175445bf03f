/**
 * Turn what a reader typed into something safe to search for. Never throws: every input gives
 * either terms or a message that says why nothing was searched.
 */

/** Queries longer than this are cut (a pasted page is not a search term); the UI says so. */
export const MAX_QUERY_CHARS = 200;

export type QueryKind = 'han' | 'latin' | 'mixed';

export interface ParsedQuery {
  /** Terms to find, all of them (AND) within one paragraph; case-folded for Latin. */
  terms: string[];
  kind: QueryKind;
  /** Latin-only terms may also be pinyin: the joined letters, lower case, no separators. */
  pinyin: string | null;
  /** Why the query was changed or not searched. */
  notice: 'empty' | 'punctuation-only' | 'truncated' | null;
}

// Control characters, format characters (zero-width, bidi marks) and lone surrogates go.
const CONTROL = /[\p{Cc}\p{Cf}\p{Cs}]/gu;
const MEANINGFUL = /[\p{L}\p{N}]/u;

export function parseQuery(raw: string): ParsedQuery {
  let text = raw.replace(CONTROL, ' ').normalize('NFC').trim();
  let notice: ParsedQuery['notice'] = null;
  const cps = Array.from(text);
  if (cps.length > MAX_QUERY_CHARS) {
    text = cps.slice(0, MAX_QUERY_CHARS).join('').trim();
    notice = 'truncated';
  }
  if (text === '') return { terms: [], kind: 'han', pinyin: null, notice: 'empty' };
  const terms = [...new Set(text.split(/[\s\u3000]+/u).filter((t) => MEANINGFUL.test(t)))].map(
    (t) => (/\p{Script=Han}/u.test(t) ? t : t.toLowerCase()),
  );
  if (terms.length === 0)
    return { terms: [], kind: 'han', pinyin: null, notice: 'punctuation-only' };
  const hasHan = terms.some((t) => /\p{Script=Han}/u.test(t));
  const latinOnly = terms.every((t) => /^[a-z'’ü:]+$/u.test(t));
  const pinyin = latinOnly ? terms.join('').replace(/['’:]/gu, '').replace(/ü/gu, 'v') : null;
  return {
    terms,
    kind: hasHan ? (terms.every((t) => /\p{Script=Han}/u.test(t)) ? 'han' : 'mixed') : 'latin',
    pinyin: pinyin && pinyin.length >= 2 ? pinyin : null,
    notice,
  };
}
