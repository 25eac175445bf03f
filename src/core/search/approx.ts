import type { SearchIndex } from './searchIndex.ts';
import { FUZZY_THRESHOLD, fuzzyRank } from './fuse.ts';

/** A sentence that resembles the query without containing it exactly. */
export interface ApproxHit {
  sentence: number;
  unit: number;
  /** The sentence's code-point range within its unit. */
  start: number;
  end: number;
  score: number;
}

/** At most this many sentences are ranked by Fuse per query (the rest cannot be close). */
const MAX_CANDIDATES = 400;

/**
 * "Similar" passages: sentences sharing most of the query's characters, ranked by Fuse. The
 * character postings cut tens of thousands of sentences down to a few hundred before the fuzzy
 * pass, which is what keeps this interactive on large corpora. Sentences in `exclude` (those with
 * an exact hit) are left out.
 */
export function findApprox(
  index: SearchIndex,
  term: string,
  exclude: ReadonlySet<number>,
  limit = 20,
): ApproxHit[] {
  const chars = [...new Set(Array.from(term))].filter((c) => /[\p{L}\p{N}]/u.test(c));
  if (chars.length < 2) return [];
  // How many of the query's characters each sentence holds: a typed array indexed by sentence id
  // (a Map here cost more than the fuzzy pass: a common character posts to most sentences).
  const counts = new Uint16Array(index.sentences.length);
  for (const ch of chars) {
    for (const sid of index.sentenceChars.get(ch) ?? []) counts[sid] = (counts[sid] ?? 0) + 1;
  }
  const needed = Math.max(2, Math.ceil(chars.length * 0.6));
  // Most shared characters first, then document order (sentence id): one bucket per count, each
  // filled in ascending id order by a single scan (a bucket never needs more than the cap).
  const buckets: number[][] = Array.from({ length: chars.length - needed + 1 }, () => []);
  for (let sid = 0; sid < counts.length; sid++) {
    const n = counts[sid] ?? 0;
    if (n < needed) continue;
    const bucket = buckets[chars.length - n];
    if (bucket && bucket.length < MAX_CANDIDATES && !exclude.has(sid)) bucket.push(sid);
  }
  const candidates: number[] = [];
  for (const bucket of buckets) {
    for (const sid of bucket) {
      if (candidates.length >= MAX_CANDIDATES) break;
      candidates.push(sid);
    }
  }
  if (candidates.length === 0) return [];
  // A longer formula may differ in a whole slot (内防扩散 → 内防反弹) and still be "similar".
  const threshold = Array.from(term).length >= 6 ? 0.4 : FUZZY_THRESHOLD;
  const ranked = fuzzyRank(
    candidates.map((sid) => index.sentences[sid]?.text ?? ''),
    term,
    threshold,
  );
  return ranked.slice(0, limit).flatMap((r) => {
    const sid = candidates[r.index];
    const s = sid === undefined ? undefined : index.sentences[sid];
    return s && sid !== undefined
      ? [{ sentence: sid, unit: s.unit, start: s.start, end: s.end, score: r.score }]
      : [];
  });
}
