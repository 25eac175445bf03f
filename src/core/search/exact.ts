import type { SearchIndex } from './searchIndex.ts';

/** One exact occurrence of a term: code-point offsets within its unit. */
export interface Hit {
  unit: number;
  start: number;
  end: number;
  /** Index of the term in the query. */
  term: number;
}

/** Intersection of ascending id lists. */
function intersect(lists: number[][]): number[] {
  if (lists.length === 0) return [];
  const [first, ...rest] = [...lists].sort((a, b) => a.length - b.length);
  let acc = first ?? [];
  for (const list of rest) {
    const next: number[] = [];
    let j = 0;
    for (const id of acc) {
      while (j < list.length && (list[j] ?? Infinity) < id) j++;
      if (list[j] === id) next.push(id);
    }
    acc = next;
    if (acc.length === 0) break;
  }
  return acc;
}

/** Units that may contain `term`: every bigram of it must occur in the unit. */
function candidates(index: SearchIndex, term: string): number[] {
  const cps = Array.from(term);
  if (cps.length < 2) return index.units.map((_, i) => i);
  const lists: number[][] = [];
  for (let i = 0; i + 1 < cps.length; i++) {
    const list = index.bigrams.get(`${cps[i]}${cps[i + 1]}`);
    if (!list) return [];
    lists.push(list);
  }
  return intersect(lists);
}

/** UTF-16 index → code-point index, for the rare unit with astral characters. */
function toCodePoint(text: string, utf16: number): number {
  let n = 0;
  for (let i = 0; i < utf16; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/**
 * Every occurrence of every term (already folded; Latin terms lower-case) in the units that
 * contain all of the terms. A plain substring match: no regular expression is ever built from a
 * query, so regex syntax in a query is just characters.
 */
export function findExact(index: SearchIndex, terms: readonly string[]): Hit[] {
  if (terms.length === 0) return [];
  const units = intersect(terms.map((t) => candidates(index, t)));
  const hits: Hit[] = [];
  for (const id of units) {
    const unit = index.units[id];
    if (!unit) continue;
    const found: Hit[] = [];
    let all = true;
    terms.forEach((term, t) => {
      const hay = /[A-Z]/.test(term) ? unit.text : unit.lower;
      const len = Array.from(term).length;
      let from = 0;
      let any = false;
      for (;;) {
        const at = hay.indexOf(term, from);
        if (at < 0) break;
        any = true;
        const start = unit.astral ? toCodePoint(hay, at) : at;
        found.push({ unit: id, start, end: start + len, term: t });
        from = at + Math.max(1, term.length);
      }
      if (!any) all = false;
    });
    if (all) hits.push(...found.sort((a, b) => a.start - b.start));
  }
  return hits;
}
