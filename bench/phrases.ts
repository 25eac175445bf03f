/**
 * Phrase discovery at four corpus sizes, side by side with a naive baseline, on the synthetic
 * corpus (bench/synthetic.ts). The scaling exponent is the slope of log(time) over log(chars)
 * between the smallest and the largest size (1.0 = linear).
 */
import { discoverPhrases } from '../src/core/phrases/discover.ts';
import { corpusChars, prepareSynthetic, syntheticCorpus } from './synthetic.ts';

export interface PhraseRun {
  articles: number;
  chars: number;
  ms: number;
  phrases: number;
}

export interface PhraseBenchReport {
  runs: PhraseRun[];
  baseline: PhraseRun[];
  /** log(ms) / log(chars) slope from the smallest to the largest size. */
  exponent: number;
  baselineExponent: number;
}

/**
 * The naive way: count every n-gram of length 2–12 inside clauses with the set of documents it
 * occurs in, keep those in two or more documents. No pruning, no boundary statistics: it lists
 * fragments, and its work grows with every n-gram of the text.
 */
export function naiveNgrams(docs: readonly (readonly string[])[], maxLength = 12): number {
  const seen = new Map<string, Set<number>>();
  docs.forEach((paragraphs, doc) => {
    for (const p of paragraphs) {
      for (const m of p.matchAll(/\p{Script=Han}+/gu)) {
        const cps = Array.from(m[0]);
        for (let n = 2; n <= maxLength; n++) {
          for (let i = 0; i + n <= cps.length; i++) {
            const g = cps.slice(i, i + n).join('');
            let s = seen.get(g);
            if (!s) seen.set(g, (s = new Set()));
            s.add(doc);
          }
        }
      }
    }
  });
  let n = 0;
  for (const s of seen.values()) if (s.size >= 2) n++;
  return n;
}

const slope = (runs: readonly PhraseRun[]): number => {
  const a = runs[0];
  const b = runs[runs.length - 1];
  if (!a || !b || a === b) return NaN;
  return Math.log(b.ms / a.ms) / Math.log(b.chars / a.chars);
};

export async function benchmarkPhrases(sizes = [50, 100, 200, 400]): Promise<PhraseBenchReport> {
  await prepareSynthetic();
  const runs: PhraseRun[] = [];
  const baseline: PhraseRun[] = [];
  // Warm up both code paths once (JIT), untimed.
  const warm = syntheticCorpus(20, 7).map((a) => a.paragraphs);
  discoverPhrases(warm);
  naiveNgrams(warm);
  for (const articles of sizes) {
    const corpus = syntheticCorpus(articles);
    const docs = corpus.map((a) => a.paragraphs);
    const chars = corpusChars(corpus);
    let t0 = performance.now();
    const found = discoverPhrases(docs);
    runs.push({ articles, chars, ms: performance.now() - t0, phrases: found.length });
    t0 = performance.now();
    const naive = naiveNgrams(docs);
    baseline.push({ articles, chars, ms: performance.now() - t0, phrases: naive });
  }
  return { runs, baseline, exponent: slope(runs), baselineExponent: slope(baseline) };
}
