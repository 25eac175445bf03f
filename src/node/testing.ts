/**
 * Test support (Node only: it reads files). For tests: the bundled corpus built exactly as the Vite plugin builds it (raw files, metadata,
 * apparatus, glossary, folding), so every test reads the same data the app ships.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Corpus } from '../core/corpus/model.ts';
import { isHan } from '../core/text/codepoints.ts';
import { buildCorpus } from '../core/corpus/build.ts';
import { loadFolding } from '../core/script/opencc.ts';
import { RAW_DIR, readCorpusInputs } from './corpusFiles.ts';

let cached: Promise<{ corpus: Corpus; raw: Record<string, string> }> | undefined;

export function bundledCorpus(): Promise<{ corpus: Corpus; raw: Record<string, string> }> {
  cached ??= loadFolding().then((fold) => {
    const built = buildCorpus({ ...readCorpusInputs(), fold });
    if (!built.ok) throw new Error(built.error);
    return built.value;
  });
  return cached;
}

/** The raw files, in name order, as tests read them (never through the pipeline). */
export const rawArticles: readonly { name: string; text: string }[] = readdirSync(RAW_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(RAW_DIR, name), 'utf8') }));

/** A raw file by the start of its name ('001' → 001_….txt). */
export function rawArticle(prefix: string): string {
  const found = rawArticles.find((a) => a.name.startsWith(prefix));
  if (!found) throw new Error(`corpus article ${prefix} missing`);
  return found.text;
}

/** Han characters of a text as a sorted multiset, for "no Han character is lost" properties. */
export const hanMultiset = (s: string): string => Array.from(s).filter(isHan).sort().join('');

/** Every non-empty line of the raw corpus. */
export const corpusLines: readonly string[] = rawArticles
  .flatMap((a) => a.text.split('\n'))
  .filter((l) => l !== '');

/** fast-check: a slice of up to 30 code points of a real corpus line (damage and chrome included). */
export const corpusFragment: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...corpusLines), fc.nat(), fc.nat())
  .map(([line, a, b]) => {
    const cps = Array.from(line);
    const from = a % (cps.length + 1);
    return cps.slice(from, from + (b % 30)).join('');
  });
