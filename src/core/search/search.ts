/**
 * One search over the index: exact hits (every occurrence, all terms within a paragraph), then
 * approximate sentences, then pinyin runs for Latin-letter queries. Terms are folded the same way
 * as the texts, so 網格化 and 网格化 find the same passages.
 */
import type { ApproxHit } from './approx.ts';
import { findApprox } from './approx.ts';
import type { Hit } from './exact.ts';
import { findExact } from './exact.ts';
import type { SyllablesOf } from './pinyin.ts';
import { findPinyin } from './pinyin.ts';
import type { ParsedQuery } from './query.ts';
import { parseQuery } from './query.ts';
import type { SearchIndex } from './searchIndex.ts';

/** A glossary entry as search needs it: its English gloss and the strings that are the formula. */
export interface Gloss {
  id: string;
  text: string;
  english: string;
  /** Folded Simplified strings that count as an occurrence. */
  match: string[];
}

/** A glossary entry whose English matched a Latin query, with the formula's occurrences. */
export interface GlossMatch {
  gloss: Gloss;
  hits: Hit[];
}

export interface SearchTools {
  /** Glossary glosses, so an English query (grid, zero-COVID) finds the Chinese formula. */
  glosses?: readonly Gloss[];
  /** The canonical fold (hk→cn(tw→cn)); identity is acceptable for Simplified-only corpora. */
  fold: (s: string) => string;
  /** Pinyin readings; without it pinyin search is skipped. */
  syllablesOf?: SyllablesOf;
}

export interface SearchResult {
  parsed: ParsedQuery;
  /** The folded terms that were searched. */
  terms: string[];
  exact: Hit[];
  approx: ApproxHit[];
  /** Runs of characters spelled by a Latin query (term = -1). */
  pinyin: Hit[];
  /** Glossary entries whose English contains every Latin term, with their occurrences. */
  english: GlossMatch[];
}

/** Words of an English gloss, lower case, for whole-word-prefix matching. */
const words = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/**
 * English: every Latin term must begin a word of the entry's English rendering (so "grid" finds
 * "grid-based management" but "id" does not find "grid"); the entry's formula is then searched
 * exactly in the folded text.
 */
export function findEnglish(
  index: SearchIndex,
  terms: readonly string[],
  glosses: readonly Gloss[],
): GlossMatch[] {
  if (terms.length === 0) return [];
  const out: GlossMatch[] = [];
  for (const gloss of glosses) {
    const ws = words(gloss.english);
    if (!terms.every((t) => ws.some((w) => w.startsWith(t)))) continue;
    const hits = gloss.match.flatMap((m) => findExact(index, [m]).map((h) => ({ ...h, term: -2 })));
    if (hits.length) out.push({ gloss, hits });
  }
  return out;
}

const syllableCache = new WeakMap<SearchIndex, (string[] | undefined)[]>();

function syllablesFor(index: SearchIndex, unit: number, syllablesOf: SyllablesOf): string[] {
  let cache = syllableCache.get(index);
  if (!cache) {
    cache = [];
    syllableCache.set(index, cache);
  }
  return (cache[unit] ??= syllablesOf(index.units[unit]?.text ?? ''));
}

export function runSearch(
  index: SearchIndex,
  raw: string,
  tools: SearchTools,
  options: { approx?: boolean } = {},
): SearchResult {
  const parsed = parseQuery(raw);
  const terms = parsed.terms.map((t) => (/\p{Script=Han}/u.test(t) ? tools.fold(t) : t));
  const exact = findExact(index, terms);
  let approx: ApproxHit[] = [];
  if (options.approx !== false && parsed.kind !== 'latin' && terms.length > 0) {
    const exactSentences = new Set<number>();
    if (exact.length) {
      // Sentences holding an exact hit are not "similar": they are shown above. Only the hit
      // units' own sentences are looked at (a range per unit), not every sentence of the corpus.
      for (const h of exact) {
        const from = index.unitSentences[h.unit] ?? 0;
        const to = index.unitSentences[h.unit + 1] ?? from;
        for (let sid = from; sid < to; sid++) {
          const s = index.sentences[sid];
          if (s && h.start < s.end && h.end > s.start) exactSentences.add(sid);
        }
      }
    }
    approx = findApprox(index, terms.join(''), exactSentences);
  }
  const pinyin: Hit[] = [];
  if (parsed.pinyin && tools.syllablesOf) {
    const syllablesOf = tools.syllablesOf;
    index.units.forEach((u, id) => {
      if (u.field === 'meta') return;
      for (const span of findPinyin(syllablesFor(index, id, syllablesOf), parsed.pinyin ?? '')) {
        pinyin.push({ unit: id, start: span.start, end: span.end, term: -1 });
      }
    });
  }
  const english =
    parsed.kind === 'latin' && tools.glosses ? findEnglish(index, parsed.terms, tools.glosses) : [];
  return { parsed, terms, exact, approx, pinyin, english };
}
