/**
 * The import pipeline, pure: what the import worker runs and what the main thread runs when there
 * is no worker. Each file goes through `readArticle` (decoded, an HTML page's text taken out
 * inert, cleaned by the bundled corpus's pipeline, metadata guessed), is folded and
 * fingerprinted against the articles already there. Progress is reported per file; cancelling stops between files
 * and returns nothing (a cancelled import stores nothing).
 */
import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { CorpusArticle } from '../corpus/model.ts';
import type { PlaceGuesser } from '../metadata/guess.ts';
import type { ImportEncoding, Refusal } from './decode.ts';
import { MAX_IMPORT_BYTES } from './decode.ts';
import { toCorpusArticle } from './derive.ts';
import { fingerprint } from './duplicates.ts';
import type { KnownNames } from './metadata.ts';
import type { ReadInput } from './read.ts';
import { readArticle } from './read.ts';
import type { ImportFormat, OwnArticle } from './record.ts';
import { guessedOf } from './record.ts';

export { stripMarkdown } from './read.ts';

/** One file to import: its bytes, or text already taken out of it (a paste). */
export type ImportInput = {
  name: string;
  format: ImportFormat;
  /** Size of the file as chosen, in bytes (checked against the limit). */
  size: number;
} & (
  | { bytes: Uint8Array; override?: ImportEncoding }
  | { text: string; encoding: ImportEncoding }
  | { refused: Refusal }
);

export type ImportOutcome =
  | { name: string; ok: true; record: OwnArticle; article: CorpusArticle }
  | { name: string; ok: false; refusal: Refusal };

export interface ImportOptions {
  /** Fingerprint → title of the articles already in the library (bundled and own). */
  existing: ReadonlyMap<string, string>;
  known: KnownNames;
  fold?: (s: string) => string;
  /** Where an article is about, from the gazetteer (absent: no place is guessed). */
  place?: PlaceGuesser | null;
  now?: () => Date;
  limit?: number;
  onProgress?: (done: number, total: number) => void;
  isCancelled?: () => boolean;
  /** Yield to the event loop between files (so a worker can receive "cancel"). */
  pause?: () => Promise<void>;
}

/** The `readArticle` input for an import input (text already taken out of a page is plain). */
function readInput(input: Exclude<ImportInput, { refused: Refusal }>): ReadInput {
  if ('bytes' in input) {
    return {
      name: input.name,
      bytes: input.bytes,
      ...(input.override ? { override: input.override } : {}),
      ...(input.format === 'paste' ? { format: 'text' as const } : {}),
      ...(input.format === 'html' ? { format: 'html' as const } : {}),
    };
  }
  const format = input.format === 'markdown' ? 'markdown' : 'text';
  return { name: input.name, text: input.text, format };
}

/**
 * Import one file (synchronous; the building block of `importFiles`): the one path of
 * `readArticle` — decode, extract, clean, guess — then the stored record and the article the
 * views show, with the fingerprint duplicates are found by.
 */
export function importOne(
  input: ImportInput,
  options: Omit<ImportOptions, 'onProgress' | 'isCancelled' | 'pause'>,
): ImportOutcome {
  const { name } = input;
  const refuse = (refusal: Refusal): ImportOutcome => ({ name, ok: false, refusal });
  if ('refused' in input) return refuse(input.refused);
  if (input.size > (options.limit ?? MAX_IMPORT_BYTES))
    return refuse({ kind: 'too-large', detail: String(input.size) });
  const fold = options.fold ?? ((s: string) => s);
  const read = readArticle(readInput(input), {
    fold,
    place: options.place ?? null,
    knownOutlets: options.known.outlets.map((o) => o.zh),
    limit: options.limit ?? MAX_IMPORT_BYTES,
  });
  if (!read.ok) return refuse(read.error);
  const { guess, cleaned } = read.value;
  const record: OwnArticle = {
    id: '',
    filename: name,
    format: input.format,
    source: read.value.text,
    encoding: 'encoding' in input ? input.encoding : read.value.encoding,
    meta: {
      title: guess.title.title,
      date: guess.date?.date ?? '',
      outlet: guess.outlet?.outlet ?? '',
      place: guess.place?.text ?? '',
    },
    // The headline as printed is the hint that separates it from the body when the article is
    // cleaned again; a title guessed from the first sentence is not a line of the text.
    titleLine: guess.title.source === 'page' ? (cleaned.headline ?? '') : '',
    guessed: guessedOf(guess),
    importedAt: (options.now?.() ?? new Date()).toISOString(),
    fingerprint: '',
  };
  const article = toCorpusArticle(record, options.known, options.fold, cleaned);
  // The fingerprint is taken from the cleaned body, as for the bundled articles.
  const print = fingerprint((article.folded ?? article.text).paragraphs);
  record.id = `own-${print}`;
  record.fingerprint = print;
  article.meta.id = record.id;
  if (article.text.paragraphs.length === 0) return refuse({ kind: 'no-chinese' });
  return { name, ok: true, record, article };
}

/**
 * Import files in order. A file whose content is already there (or earlier in the same batch) is
 * refused as a duplicate naming the article it duplicates. Resolves `err('cancelled')` when
 * cancelled.
 */
export async function importFiles(
  inputs: readonly ImportInput[],
  options: ImportOptions,
): Promise<Result<ImportOutcome[], 'cancelled'>> {
  const seen = new Map(options.existing);
  const out: ImportOutcome[] = [];
  let lastPause = Date.now();
  for (const [i, input] of inputs.entries()) {
    if (options.isCancelled?.()) return err('cancelled');
    let outcome = importOne(input, options);
    if (outcome.ok) {
      const dup = seen.get(outcome.record.fingerprint);
      if (dup !== undefined)
        outcome = { name: input.name, ok: false, refusal: { kind: 'duplicate', detail: dup } };
      else seen.set(outcome.record.fingerprint, outcome.record.meta.title);
    }
    out.push(outcome);
    options.onProgress?.(i + 1, inputs.length);
    if (options.pause && Date.now() - lastPause > 30) {
      await options.pause();
      lastPause = Date.now();
    }
  }
  if (options.isCancelled?.()) return err('cancelled');
  return ok(out);
}
