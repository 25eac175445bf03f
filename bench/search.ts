/**
 * The search benchmark: our index (bigram postings for exact hits, character postings + Fuse over a
 * few hundred sentences for the approximate pass) against the naive setup (one Fuse index over
 * whole articles), on the same synthetic corpus and the same queries, in one run. Also checks that
 * exact search finds every occurrence a plain `indexOf` scan finds (recall exactly 1), and throws
 * otherwise.
 */
import { performance } from 'node:perf_hooks';
import { loadFolding, loadTraditionalConverters } from '../src/core/script/opencc.ts';
import { naiveWholeArticleSearch } from '../src/core/search/fuse.ts';
import { runSearch } from '../src/core/search/search.ts';
import type { SearchDoc } from '../src/core/search/searchIndex.ts';
import { buildSearchIndex } from '../src/core/search/searchIndex.ts';
import type { SyntheticArticle } from './synthetic.ts';
import {
  corpusChars,
  mulberry32,
  prepareSynthetic,
  randInt,
  syntheticCorpus,
} from './synthetic.ts';

export type QueryKind = 'present' | 'present-traditional' | 'shuffled' | 'absent';

export interface BenchQuery {
  text: string;
  kind: QueryKind;
}

export interface Timing {
  p50Ms: number;
  p95Ms: number;
}

export interface SizeReport {
  articles: number;
  chars: number;
  queries: number;
  ours: Timing & { indexMs: number };
  naiveFuse: Timing & { indexMs: number; queries: number; note?: string };
  /** Matched / expected exact occurrences over all queries (must be 1). */
  exactRecall: number;
  /** Expected exact occurrences (plain scan) summed over the queries. */
  exactOccurrences: number;
  /** Queries with at least one exact hit / with at least one approximate hit. */
  queriesWithExact: number;
  queriesWithApprox: number;
  /** naiveFuse p95 / ours p95, ours timed on the same queries as naiveFuse. */
  speedupP95: number;
}

export interface SearchBenchReport {
  search: {
    articles: number;
    chars: number;
    queries: number;
    ours: Timing & { indexMs: number };
    naiveFuse: Timing;
    exactRecall: number;
    speedupP95: number;
    /** Query mix, by kind. */
    queryKinds: Record<QueryKind, number>;
    totalMs: number;
    bySize: SizeReport[];
  };
}

/** Queries naive Fuse runs beyond this many articles (it takes seconds per query there). */
const NAIVE_CAP_ABOVE = 1000;
const NAIVE_CAPPED_QUERIES = 10;

const HAN = /^\p{Script=Han}+$/u;

/** Nearest-rank percentile of `xs` (ms), rounded to 0.01 ms. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return round(sorted[at] ?? 0);
}

const round = (x: number): number => Math.round(x * 100) / 100;

const timing = (xs: readonly number[]): Timing => ({
  p50Ms: percentile(xs, 50),
  p95Ms: percentile(xs, 95),
});

export function searchDocOfSynthetic(a: SyntheticArticle): SearchDoc {
  return { id: a.id, title: a.title, meta: [], captions: [], paragraphs: a.paragraphs };
}

/** Non-overlapping occurrences of `term` in `text`, stepping as findExact does. */
function countOccurrences(text: string, term: string): number {
  let n = 0;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) n++;
  return n;
}

/** A run of 2–8 Han characters cut from the corpus (uniform article, paragraph and offset). */
function cutHan(
  corpus: readonly SyntheticArticle[],
  rand: () => number,
  lo: number,
  hi: number,
): string {
  for (;;) {
    const a = corpus[Math.floor(rand() * corpus.length)];
    const p = a?.paragraphs[Math.floor(rand() * a.paragraphs.length)];
    if (!p) continue;
    const cps = Array.from(p);
    const len = randInt(rand, lo, hi);
    if (cps.length < len) continue;
    const start = Math.floor(rand() * (cps.length - len + 1));
    const cut = cps.slice(start, start + len).join('');
    if (HAN.test(cut)) return cut;
  }
}

/**
 * Deterministic queries, all 2–8 Han characters: present cuts in Simplified, present cuts converted
 * to Traditional (Taiwan) that search must fold back (plus 網格化), shuffled cuts (mostly absent),
 * and strings of Han characters that occur nowhere in the corpus.
 */
export function makeQueries(
  corpus: readonly SyntheticArticle[],
  toTraditional: (s: string) => string,
  seed = 7,
): BenchQuery[] {
  const rand = mulberry32(seed);
  const out: BenchQuery[] = [];
  const seen = new Set<string>();
  const add = (text: string, kind: QueryKind): boolean => {
    if (seen.has(text)) return false;
    seen.add(text);
    out.push({ text, kind });
    return true;
  };
  let n = 0;
  while (n < 24) if (add(cutHan(corpus, rand, 2, 8), 'present')) n++;
  add('網格化', 'present-traditional');
  for (n = 0; n < 8;) {
    const simp = cutHan(corpus, rand, 2, 8);
    const trad = toTraditional(simp);
    if (trad !== simp && HAN.test(trad) && add(trad, 'present-traditional')) n++;
  }
  for (n = 0; n < 8;) {
    const cps = Array.from(cutHan(corpus, rand, 4, 8));
    const original = cps.join('');
    for (let i = cps.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [cps[i], cps[j]] = [cps[j] ?? '', cps[i] ?? ''];
    }
    const shuffled = cps.join('');
    if (shuffled !== original && add(shuffled, 'shuffled')) n++;
  }
  const used = new Set<string>();
  for (const a of corpus)
    for (const t of [a.title, ...a.paragraphs]) for (const c of t) used.add(c);
  const unused: string[] = [];
  for (let cp = 0x4e00; cp <= 0x9fa5; cp++) {
    const c = String.fromCodePoint(cp);
    if (!used.has(c)) unused.push(c);
  }
  for (n = 0; n < 8;) {
    const len = randInt(rand, 2, 8);
    let q = '';
    for (let i = 0; i < len; i++) q += unused[Math.floor(rand() * unused.length)] ?? '';
    if (add(q, 'absent')) n++;
  }
  return out;
}

function timeIt<T>(f: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = f();
  return { value, ms: performance.now() - t0 };
}

/** The queries naive Fuse runs at a capped size: spread evenly over the list (all kinds). */
function cappedSubset(count: number, cap: number): number[] {
  if (count <= cap) return Array.from({ length: count }, (_, i) => i);
  return Array.from({ length: cap }, (_, i) => Math.floor((i * count) / cap));
}

export interface BenchOptions {
  /** Progress lines (to stderr by default). */
  log?: (line: string) => void;
}

function benchSize(
  corpus: readonly SyntheticArticle[],
  queries: readonly BenchQuery[],
  fold: (s: string) => string,
  log: (line: string) => void,
): SizeReport {
  const articles = corpus.length;
  const chars = corpusChars(corpus);
  log(`search bench: ${articles} articles, ${chars} chars, ${queries.length} queries`);

  // Ours.
  const built = timeIt(() => buildSearchIndex(corpus.map(searchDocOfSynthetic)));
  const index = built.value;
  const tools = { fold };
  for (const q of queries) runSearch(index, q.text, tools);
  const oursMs: number[] = [];
  let matched = 0;
  let expected = 0;
  let withExact = 0;
  let withApprox = 0;
  const mismatches: string[] = [];
  for (const q of queries) {
    const { value: r, ms } = timeIt(() => runSearch(index, q.text, tools));
    oursMs.push(ms);
    const term = fold(q.text);
    let want = 0;
    for (const a of corpus) {
      want += countOccurrences(a.title, term);
      for (const p of a.paragraphs) want += countOccurrences(p, term);
    }
    expected += want;
    matched += Math.min(r.exact.length, want);
    if (r.exact.length !== want)
      mismatches.push(`${q.text} (${q.kind}): ours ${r.exact.length}, indexOf ${want}`);
    if (r.exact.length) withExact++;
    if (r.approx.length) withApprox++;
  }
  if (mismatches.length)
    throw new Error(
      `search bench: exact hits differ from a plain indexOf scan at ${articles} articles:\n${mismatches.join('\n')}`,
    );
  const exactRecall = expected === 0 ? 1 : matched / expected;
  if (exactRecall !== 1) throw new Error(`search bench: exact recall ${exactRecall}, not 1`);

  // Naive Fuse over whole articles.
  const subset =
    articles > NAIVE_CAP_ABOVE
      ? cappedSubset(queries.length, NAIVE_CAPPED_QUERIES)
      : queries.map((_, i) => i);
  const texts = corpus.map((a) => [a.title, ...a.paragraphs].join('\n'));
  const naive = timeIt(() => naiveWholeArticleSearch(texts));
  const search = naive.value;
  // One untimed query to warm the JIT (Fuse keeps no per-query cache, so one is enough).
  search(queries[subset[0] ?? 0]?.text ?? '网格化');
  const naiveMs: number[] = [];
  for (const i of subset) {
    const q = queries[i];
    if (!q) continue;
    naiveMs.push(timeIt(() => search(q.text)).ms);
    if (naiveMs.length % 10 === 0 || naiveMs.length === subset.length)
      log(`  naive Fuse: ${naiveMs.length}/${subset.length} queries`);
  }
  const oursOnSubset = subset.map((i) => oursMs[i] ?? 0);
  const naiveTiming = timing(naiveMs);
  const oursSubsetP95 = percentile(oursOnSubset, 95);
  return {
    articles,
    chars,
    queries: queries.length,
    ours: { ...timing(oursMs), indexMs: round(built.ms) },
    naiveFuse: {
      ...naiveTiming,
      indexMs: round(naive.ms),
      queries: naiveMs.length,
      ...(naiveMs.length < queries.length
        ? {
            note: `capped: naive Fuse ran ${naiveMs.length} of ${queries.length} queries (evenly spread, all kinds) at ${articles} articles; speedupP95 compares ours on the same ${naiveMs.length}`,
          }
        : {}),
    },
    exactRecall,
    exactOccurrences: expected,
    queriesWithExact: withExact,
    queriesWithApprox: withApprox,
    speedupP95: round(naiveTiming.p95Ms / Math.max(oursSubsetP95, 0.01)),
  };
}

/**
 * Benchmark ours against naive Fuse at each size (same corpus, same queries; queries are cut from
 * the first 1,000 articles, which every larger corpus starts with). The top level of the report
 * describes the 1,000-article run (or the first size when 1,000 is not among them).
 */
export async function benchmarkSearch(
  sizes: readonly number[] = [1000, 8000],
  options: BenchOptions = {},
): Promise<SearchBenchReport> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const t0 = performance.now();
  await prepareSynthetic();
  const fold = await loadFolding();
  const { cnToTw } = await loadTraditionalConverters();
  const largest = syntheticCorpus(Math.max(...sizes));
  const queries = makeQueries(largest.slice(0, Math.min(1000, ...sizes)), cnToTw);
  const bySize: SizeReport[] = [];
  for (const size of sizes) bySize.push(benchSize(largest.slice(0, size), queries, fold, log));
  const top = bySize.find((s) => s.articles === 1000) ?? bySize[0];
  if (!top) throw new Error('search bench: no sizes');
  const queryKinds: Record<QueryKind, number> = {
    present: 0,
    'present-traditional': 0,
    shuffled: 0,
    absent: 0,
  };
  for (const q of queries) queryKinds[q.kind]++;
  return {
    search: {
      articles: top.articles,
      chars: top.chars,
      queries: top.queries,
      ours: top.ours,
      naiveFuse: { p50Ms: top.naiveFuse.p50Ms, p95Ms: top.naiveFuse.p95Ms },
      exactRecall: top.exactRecall,
      speedupP95: top.speedupP95,
      queryKinds,
      totalMs: round(performance.now() - t0),
      bySize,
    },
  };
}
