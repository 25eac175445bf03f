/**
 * What the import worker does for each request, as plain async functions: the worker is a thin
 * switch over these, and the client's main-thread fallback calls exactly the same.
 */
import type { CorpusArticle } from '../corpus/model.ts';
import type { AnalysedDoc, GlossaryLike, Phrase } from '../phrases/analyse.ts';
import { analysePhrases } from '../phrases/analyse.ts';
import type { Result } from '../result.ts';
import { loadFolding } from '../script/opencc.ts';
import { toCorpusArticle } from './derive.ts';
import type { ImportInput, ImportOutcome } from './importFiles.ts';
import { importFiles } from './importFiles.ts';
import type { PlaceGuesser } from '../metadata/guess.ts';
import type { KnownNames } from './metadata.ts';
import type { OwnArticle } from './record.ts';

const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function foldOrIdentity(): Promise<(s: string) => string> {
  try {
    return await loadFolding();
  } catch {
    // Offline before the dictionary was cached: match on the text as it is.
    return (s) => s;
  }
}

/**
 * Import files. `loadPlace` brings the gazetteer-bound place guesser (the caller's realm loads
 * the asset: the worker's, or the main thread's in the fallback).
 */
export async function runImport(
  files: readonly ImportInput[],
  existing: readonly [string, string][],
  known: KnownNames,
  hooks: { onProgress: (done: number, total: number) => void; isCancelled: () => boolean },
  loadPlace: () => Promise<PlaceGuesser | null> = () => Promise.resolve(null),
): Promise<Result<ImportOutcome[], string>> {
  const [fold, place] = await Promise.all([foldOrIdentity(), loadPlace()]);
  return importFiles(files, { existing: new Map(existing), known, fold, place, pause, ...hooks });
}

export async function runDerive(
  records: readonly OwnArticle[],
  known: KnownNames,
): Promise<Result<CorpusArticle[], string>> {
  const fold = await foldOrIdentity();
  const out: CorpusArticle[] = [];
  for (const r of records) {
    out.push(toCorpusArticle(r, known, fold));
    if (out.length % 20 === 0) await pause();
  }
  return { ok: true, value: out };
}

export function runPhrases(
  docs: readonly AnalysedDoc[],
  glossary: readonly GlossaryLike[],
): Result<Phrase[], string> {
  return { ok: true, value: analysePhrases(docs, glossary) };
}
