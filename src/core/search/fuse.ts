/**
 * The only module that imports fuse.js. Configured for Chinese (see TECH-NOTES): `ignoreLocation`
 * so a match may sit anywhere in a sentence, and a tight threshold (0.6 finds nine "hits" for five
 * true ones). Patterns longer than 32 code units are cut: Bitap works in 32-bit words.
 */
import Fuse from 'fuse.js';

export const FUZZY_THRESHOLD = 0.3;
export const MAX_PATTERN = 32;

export interface Ranked {
  /** Index into the texts given. */
  index: number;
  /** 0 = perfect, 1 = no match. */
  score: number;
}

/** Rank `texts` by approximate match of `pattern`; only matches within the threshold. */
export function fuzzyRank(
  texts: readonly string[],
  pattern: string,
  threshold = FUZZY_THRESHOLD,
): Ranked[] {
  const fuse = new Fuse(texts as string[], {
    ignoreLocation: true,
    includeScore: true,
    threshold,
    minMatchCharLength: Math.min(2, Array.from(pattern).length),
    isCaseSensitive: false,
  });
  return fuse
    .search(pattern.slice(0, MAX_PATTERN))
    .map((r) => ({ index: r.refIndex, score: r.score ?? 1 }));
}

/**
 * The naive setup the benchmark compares against: one Fuse index over whole articles, with
 * `ignoreLocation` (without it Fuse only looks near the start of each text).
 */
export function naiveWholeArticleSearch(
  articles: readonly string[],
): (pattern: string) => Ranked[] {
  const fuse = new Fuse(articles as string[], {
    ignoreLocation: true,
    includeScore: true,
    threshold: FUZZY_THRESHOLD,
  });
  return (pattern) =>
    fuse
      .search(pattern.slice(0, MAX_PATTERN))
      .map((r) => ({ index: r.refIndex, score: r.score ?? 1 }));
}
