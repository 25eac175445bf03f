/**
 * Test support (Node only: it reads files). For tests: the bundled corpus built exactly as the Vite plugin builds it (raw files, metadata,
 * apparatus, glossary, folding), so every test reads the same data the app ships.
 */
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
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

/** Run a CLI script of src/cli (e.g. `analyze.ts`) as `npm run` would: exit code and output. */
export async function runCli(
  script: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', `src/cli/${script}`, ...args],
      { cwd: join(import.meta.dirname, '../..'), maxBuffer: 1 << 24 },
    );
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
