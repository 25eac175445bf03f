/**
 * An in-memory index over the folded text of every article: units (title, metadata, captions,
 * paragraphs), a character-bigram posting list for exact search and a character posting list over
 * sentences for the approximate pass. Pure data in, pure data out: the same code runs in the
 * worker, on the main thread as a fallback, in tests and in the benchmark.
 */

export type UnitField = 'title' | 'meta' | 'caption' | 'body';

/** One searchable piece of an article, in folded (canonical Simplified) text. */
export interface Unit {
  doc: number;
  field: UnitField;
  /** Paragraph or caption index within the article (0 for title and metadata). */
  index: number;
  text: string;
  /** `text` lower-cased, for Latin terms (same code-point length: ASCII only is lowered). */
  lower: string;
  /** True when the text holds astral characters, so UTF-16 and code-point offsets differ. */
  astral: boolean;
}

/** What the index needs to know about an article. */
export interface SearchDoc {
  id: string;
  /** Folded texts. */
  title: string;
  meta: string[];
  captions: string[];
  paragraphs: string[];
}

export interface Sentence {
  unit: number;
  /** Code-point offsets within the unit. */
  start: number;
  end: number;
  text: string;
}

export interface SearchIndex {
  docs: SearchDoc[];
  units: Unit[];
  /** bigram → unit ids, ascending. */
  bigrams: Map<string, number[]>;
  /** Body paragraphs cut into sentences, the units of the approximate pass. */
  sentences: Sentence[];
  /** character → sentence ids, ascending. */
  sentenceChars: Map<string, number[]>;
  /** Sentences of unit u are ids `[unitSentences[u], unitSentences[u + 1])` (they are stored in unit order). */
  unitSentences: number[];
}

const lowerAscii = (s: string): string => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

function post(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
}

const SENTENCE_END = new Set('。！？；!?;');
const CLOSING = new Set('”’」』）)');

/** Sentences end at 。！？； (with closing quotes) or at the end of the unit. */
export function splitSentences(text: string): { start: number; end: number; text: string }[] {
  const cps = Array.from(text);
  const out: { start: number; end: number; text: string }[] = [];
  let start = 0;
  for (let i = 0; i < cps.length; i++) {
    if (SENTENCE_END.has(cps[i] ?? '')) {
      let end = i + 1;
      while (end < cps.length && CLOSING.has(cps[end] ?? '')) end++;
      out.push({ start, end, text: cps.slice(start, end).join('') });
      start = end;
      i = end - 1;
    }
  }
  if (start < cps.length) out.push({ start, end: cps.length, text: cps.slice(start).join('') });
  return out.filter((s) => s.text.trim() !== '');
}

export function buildSearchIndex(docs: SearchDoc[]): SearchIndex {
  const units: Unit[] = [];
  const add = (doc: number, field: UnitField, index: number, text: string): void => {
    if (text)
      units.push({
        doc,
        field,
        index,
        text,
        lower: lowerAscii(text),
        astral: /[\uD800-\uDFFF]/.test(text),
      });
  };
  docs.forEach((d, doc) => {
    add(doc, 'title', 0, d.title);
    add(doc, 'meta', 0, d.meta.join(' '));
    d.captions.forEach((c, i) => add(doc, 'caption', i, c));
    d.paragraphs.forEach((p, i) => add(doc, 'body', i, p));
  });
  const bigrams = new Map<string, number[]>();
  const sentences: Sentence[] = [];
  const sentenceChars = new Map<string, number[]>();
  const isWordChar = new Map<string, boolean>();
  const unitSentences: number[] = [];
  units.forEach((u, id) => {
    unitSentences.push(sentences.length);
    const t = u.lower;
    if (!u.astral) {
      // Every code point is one UTF-16 unit: a bigram is a two-unit slice (no code-point array).
      for (let i = 0; i + 1 < t.length; i++) post(bigrams, t.slice(i, i + 2), id);
    } else {
      const cps = Array.from(t);
      for (let i = 0; i + 1 < cps.length; i++) post(bigrams, `${cps[i]}${cps[i + 1]}`, id);
    }
    if (u.field !== 'body') return;
    for (const s of splitSentences(u.text)) {
      const sid = sentences.length;
      sentences.push({ unit: id, ...s });
      for (const ch of new Set(s.text)) {
        let word = isWordChar.get(ch);
        if (word === undefined) isWordChar.set(ch, (word = /[\p{L}\p{N}]/u.test(ch)));
        if (word) post(sentenceChars, ch, sid);
      }
    }
  });
  unitSentences.push(sentences.length);
  return { docs, units, bigrams, sentences, sentenceChars, unitSentences };
}
