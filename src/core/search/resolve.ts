/**
 * Search results the UI can use without the index: each hit names its article, field and
 * paragraph, with a folded keyword-in-context line for sorting. Plain data, so it crosses the
 * worker boundary as is.
 */
import type { Kwic } from './kwic.ts';
import { kwic } from './kwic.ts';
import type { ParsedQuery } from './query.ts';
import type { SearchResult } from './search.ts';
import type { SearchIndex, UnitField } from './searchIndex.ts';

export interface LocatedHit {
  article: string;
  field: UnitField;
  /** Paragraph or caption index (0 for title and metadata). */
  index: number;
  /** Code-point offsets within that paragraph (valid in every script). */
  start: number;
  end: number;
  /** Folded context, for sorting. */
  context: Kwic;
  /** For 'meta' hits, the folded unit text (metadata is not a paragraph the reader shows). */
  text?: string;
}

export interface ResolvedResult {
  parsed: ParsedQuery;
  terms: string[];
  exact: LocatedHit[];
  pinyin: LocatedHit[];
  approx: (LocatedHit & { score: number })[];
  /** Glossary entries matched by an English query, with the formula's occurrences. */
  english: { id: string; text: string; english: string; hits: LocatedHit[] }[];
}

export function resolveResult(index: SearchIndex, r: SearchResult): ResolvedResult {
  const locate = (unit: number, start: number, end: number): LocatedHit | null => {
    const u = index.units[unit];
    const doc = u ? index.docs[u.doc] : undefined;
    if (!u || !doc) return null;
    return {
      article: doc.id,
      field: u.field,
      index: u.index,
      start,
      end,
      context: kwic(u.text, start, end),
      ...(u.field === 'meta' ? { text: u.text } : {}),
    };
  };
  const all = <T extends { unit: number; start: number; end: number }>(
    xs: T[],
  ): (LocatedHit & { src: T })[] =>
    xs.flatMap((h) => {
      const l = locate(h.unit, h.start, h.end);
      return l ? [{ ...l, src: h }] : [];
    });
  return {
    parsed: r.parsed,
    terms: r.terms,
    exact: all(r.exact).map(({ src: _src, ...h }) => h),
    pinyin: all(r.pinyin).map(({ src: _src, ...h }) => h),
    approx: all(r.approx).map(({ src, ...h }) => ({ ...h, score: src.score })),
    english: r.english.map((e) => ({
      id: e.gloss.id,
      text: e.gloss.text,
      english: e.gloss.english,
      hits: all(e.hits).map(({ src: _src, ...h }) => h),
    })),
  };
}
