/**
 * Keyword-in-context lines, the concordancer's view: left context | hit | right context, cut by
 * code points from a text, and the conventional orders (left context read from the hit leftwards).
 */

export interface Kwic {
  left: string;
  hit: string;
  right: string;
}

/** Cut `[start, end)` out of `text` with up to `width` code points of context on each side. */
export function kwic(text: string, start: number, end: number, width = 18): Kwic {
  const cps = Array.from(text);
  return {
    left: cps.slice(Math.max(0, start - width), start).join(''),
    hit: cps.slice(start, end).join(''),
    right: cps.slice(end, end + width).join(''),
  };
}

const collator = new Intl.Collator('zh-Hans-u-co-pinyin');

/** Compare by left context, nearest character first (so 实行网格化 and 推行网格化 sort together under 行, then by 实/推). */
export function compareLeft(a: Kwic, b: Kwic): number {
  const ra = Array.from(a.left).reverse().join('');
  const rb = Array.from(b.left).reverse().join('');
  return collator.compare(ra, rb);
}

/** Compare by right context. */
export function compareRight(a: Kwic, b: Kwic): number {
  return collator.compare(a.right, b.right);
}
