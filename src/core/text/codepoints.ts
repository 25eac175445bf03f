/**
 * Code-point helpers. Every offset that crosses a module boundary in Refrain counts code points,
 * never UTF-16 units: some script conversions map a BMP character to an astral one (浿 → 𬇙), so
 * `.length` would drift.
 */

/** A half-open range `[start, end)` of code points. */
export interface Span {
  start: number;
  end: number;
}

/** The string as an array of code points (each element one character, astral ones whole). */
export function toCodePoints(s: string): string[] {
  return Array.from(s);
}

/** Number of code points in `s`. */
export function cpLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A high surrogate followed by a low one is a single astral code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Substring by code-point offsets, `[start, end)`. */
export function cpSlice(s: string, start: number, end?: number): string {
  return Array.from(s).slice(start, end).join('');
}

/** Code-point offset of the first occurrence of `needle` at or after code-point `from`, or -1. */
export function cpIndexOf(haystack: string, needle: string, from = 0): number {
  const cps = Array.from(haystack);
  const unitFrom = cps.slice(0, from).join('').length;
  const unitIdx = haystack.indexOf(needle, unitFrom);
  if (unitIdx < 0) return -1;
  return cpLength(haystack.slice(0, unitIdx));
}

/** True for characters of the CJK Unified Ideographs blocks (BMP and astral extensions). */
export function isHan(ch: string): boolean {
  return /\p{Script=Han}/u.test(ch);
}
