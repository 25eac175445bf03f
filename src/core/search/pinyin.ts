/**
 * Pinyin search: the only module that imports pinyin-pro, loaded lazily (≈140 KB gzip). Each text's
 * readings are computed once (pinyin-pro picks readings from context: 银行 háng, 长大 zhǎng) and a
 * query in full pinyin, initials or a mix (`wanggehua`, `wgh`, `wangeh`) matches runs of adjacent
 * characters. Matching is pure and tested without the library.
 */
import type { Span } from '../text/codepoints.ts';

export type SyllablesOf = (text: string) => string[];

let loading: Promise<SyllablesOf> | undefined;

/** Load pinyin-pro and return a function giving one toneless syllable per code point ('' for non-Han). */
export function loadPinyin(): Promise<SyllablesOf> {
  loading ??= import('pinyin-pro').then(({ pinyin }) => (text: string) => {
    const cps = Array.from(text);
    const out = pinyin(text, { toneType: 'none', type: 'array', v: true }) as string[];
    const aligned =
      out.length === cps.length ? out : cps.map((c) => pinyin(c, { toneType: 'none', v: true }));
    return aligned.map((s, i) => (/\p{Script=Han}/u.test(cps[i] ?? '') ? s.toLowerCase() : ''));
  });
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

function initialOf(s: string): string {
  return /^(zh|ch|sh)/.test(s) ? s.slice(0, 2) : s.slice(0, 1);
}

/**
 * Every non-overlapping run of adjacent characters whose readings spell `query`: each character
 * by its full syllable, its initial (zh/ch/sh or the first letter), and the last one also by a
 * prefix (so results appear while typing). A match covers at least two characters unless the
 * query is one whole syllable.
 */
export function findPinyin(syllables: readonly string[], query: string): Span[] {
  const q = query.toLowerCase().replace(/[^a-zv]/g, '');
  if (q.length < 2) return [];
  const spans: Span[] = [];
  const matchFrom = (i: number, pos: number): number => {
    if (pos === q.length) return i;
    const s = syllables[i];
    if (!s) return -1;
    const rest = q.length - pos;
    const options = new Set<string>([s, initialOf(s), s[0] ?? '']);
    // Longest option first: full syllables before initials.
    for (const opt of [...options].sort((a, b) => b.length - a.length)) {
      if (opt && q.startsWith(opt, pos)) {
        const end = matchFrom(i + 1, pos + opt.length);
        if (end >= 0) return end;
      }
    }
    if (rest < s.length && s.startsWith(q.slice(pos))) return i + 1;
    return -1;
  };
  for (let i = 0; i < syllables.length;) {
    const s = syllables[i];
    if (s && s[0] === q[0]) {
      const end = matchFrom(i, 0);
      if (end > i && (end - i >= 2 || syllables[i] === q)) {
        spans.push({ start: i, end });
        i = end;
        continue;
      }
    }
    i++;
  }
  return spans;
}
