/**
 * A deterministic synthetic corpus for the search benchmark, built from the real articles'
 * sentences: every synthetic article is a shuffle of real (folded, canonical Simplified) sentences,
 * so character and bigram frequencies are those of real local news, at any size. Seeded PRNG
 * (mulberry32) and one stream for the whole corpus: the same seed gives byte-identical output, and
 * the first n articles of a larger corpus are the n articles of a smaller one.
 */
import { buildCorpus } from '../src/core/corpus/build.ts';
import { articleTexts } from '../src/core/corpus/texts.ts';
import { loadFolding } from '../src/core/script/opencc.ts';
import { splitSentences } from '../src/core/search/searchIndex.ts';
import { readCorpusInputs } from '../src/node/corpusFiles.ts';

export interface SyntheticArticle {
  id: string;
  /** ISO date, yyyy-mm-dd. */
  date: string;
  /** Folded Simplified. */
  title: string;
  /** Folded Simplified. */
  paragraphs: string[];
}

/** mulberry32: a tiny 32-bit PRNG, uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [lo, hi], both included. */
export const randInt = (rand: () => number, lo: number, hi: number): number =>
  lo + Math.floor(rand() * (hi - lo + 1));

let realSentences: Promise<string[]> | undefined;

/**
 * The folded body sentences of the bundled articles, in corpus order (`splitSentences`, the same
 * cut the search index uses for its approximate pass).
 */
export function loadRealSentences(): Promise<string[]> {
  realSentences ??= loadFolding().then((fold) => {
    const built = buildCorpus({ ...readCorpusInputs(), fold });
    if (!built.ok) throw new Error(`corpus does not build: ${built.error}`);
    return built.value.corpus.articles.flatMap((a) =>
      (a.folded ?? articleTexts(a)).paragraphs.flatMap((p) => splitSentences(p).map((s) => s.text)),
    );
  });
  return realSentences;
}

/** A headline: the opening clause of a sentence, 8–24 code points, without trailing punctuation. */
function titleOf(sentence: string, rand: () => number): string {
  const clause = Array.from(sentence.split(/[，。！？；：,.!?;:]/u)[0] ?? sentence);
  const len = Math.min(clause.length, randInt(rand, 8, 24));
  return clause
    .slice(0, len)
    .join('')
    .replace(/[\s“”‘’"'（(]+$/u, '');
}

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(2020, 0, 1);

/**
 * `articles` synthetic articles: 10–20 paragraphs of 2–6 real sentences each, drawn with the PRNG.
 * Needs `loadRealSentences()` to have been awaited once (pass its result, or let the async wrapper
 * `syntheticCorpusAsync` do it).
 */
export function composeCorpus(
  sentences: readonly string[],
  articles: number,
  seed = 1,
): SyntheticArticle[] {
  if (sentences.length === 0) throw new Error('no sentences to compose from');
  const rand = mulberry32(seed);
  const pick = (): string => sentences[Math.floor(rand() * sentences.length)] ?? '';
  const out: SyntheticArticle[] = [];
  for (let n = 0; n < articles; n++) {
    const title = titleOf(pick(), rand);
    const paragraphs: string[] = [];
    const pCount = randInt(rand, 10, 20);
    for (let p = 0; p < pCount; p++) {
      const sCount = randInt(rand, 2, 6);
      let text = '';
      for (let s = 0; s < sCount; s++) text += pick();
      paragraphs.push(text);
    }
    const date = new Date(EPOCH + randInt(rand, 0, 3 * 365) * DAY_MS).toISOString().slice(0, 10);
    out.push({ id: `syn-${String(n).padStart(5, '0')}`, date, title, paragraphs });
  }
  return out;
}

let cached: string[] | undefined;

/** Load the real sentences once; afterwards `syntheticCorpus` is synchronous. */
export async function prepareSynthetic(): Promise<void> {
  cached = await loadRealSentences();
}

/**
 * The synthetic corpus (text in folded Simplified). Call `await prepareSynthetic()` once first: the
 * real corpus and the OpenCC fold load asynchronously.
 */
export function syntheticCorpus(articles: number, seed = 1): SyntheticArticle[] {
  if (!cached) throw new Error('call `await prepareSynthetic()` before syntheticCorpus()');
  return composeCorpus(cached, articles, seed);
}

/** Code points in titles and paragraphs. */
export function corpusChars(corpus: readonly SyntheticArticle[]): number {
  let n = 0;
  for (const a of corpus) {
    n += Array.from(a.title).length;
    for (const p of a.paragraphs) n += Array.from(p).length;
  }
  return n;
}
