/**
 * For tests: the bundled corpus built exactly as the Vite plugin builds it (raw files, metadata,
 * apparatus, glossary, folding), so every test reads the same data the app ships.
 */
import type { Corpus } from '../core/corpus/model.ts';
import { buildCorpus } from '../core/corpus/build.ts';
import { loadFolding } from '../core/script/opencc.ts';
import { readCorpusInputs } from './corpusFiles.ts';

let cached: Promise<{ corpus: Corpus; raw: Record<string, string> }> | undefined;

export function bundledCorpus(): Promise<{ corpus: Corpus; raw: Record<string, string> }> {
  cached ??= loadFolding().then((fold) => {
    const built = buildCorpus({ ...readCorpusInputs(), fold });
    if (!built.ok) throw new Error(built.error);
    return built.value;
  });
  return cached;
}
