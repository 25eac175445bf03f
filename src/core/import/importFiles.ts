/**
 * The import pipeline, pure: what the import worker runs and what the main thread runs when there
 * is no worker. Each file is decoded (unless the page already extracted an HTML file's text),
 * cleaned by the bundled corpus's pipeline, folded, fingerprinted against the articles already
 * there, and given guessed metadata. Progress is reported per file; cancelling stops between files
 * and returns nothing (a cancelled import stores nothing).
 */
import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { CorpusArticle } from '../corpus/model.ts';
import type { ImportEncoding, Refusal } from './decode.ts';
import { decodeImport, MAX_IMPORT_BYTES } from './decode.ts';
import { cleanCharacters } from '../clean/pipeline.ts';
import { toCorpusArticle } from './derive.ts';
import { fingerprint } from './duplicates.ts';
import type { KnownNames } from './metadata.ts';
import { guessMetadata } from './metadata.ts';
import type { ImportFormat, OwnArticle } from './record.ts';

/** One file to import: its bytes, or text already taken out of it (HTML, paste). */
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
  now?: () => Date;
  limit?: number;
  onProgress?: (done: number, total: number) => void;
  isCancelled?: () => boolean;
  /** Yield to the event loop between files (so a worker can receive "cancel"). */
  pause?: () => Promise<void>;
}

/** Import one file (synchronous; the building block of `importFiles`). */
export function importOne(
  input: ImportInput,
  options: Omit<ImportOptions, 'onProgress' | 'isCancelled' | 'pause'>,
): ImportOutcome {
  const { name } = input;
  const refuse = (refusal: Refusal): ImportOutcome => ({ name, ok: false, refusal });
  if ('refused' in input) return refuse(input.refused);
  if (input.size > (options.limit ?? MAX_IMPORT_BYTES))
    return refuse({ kind: 'too-large', detail: String(input.size) });
  let text: string;
  let encoding: ImportEncoding;
  if ('bytes' in input) {
    const decoded = decodeImport(input.bytes, input.override, options.limit);
    if (!decoded.ok) return refuse(decoded.error);
    ({ text, encoding } = decoded.value);
  } else {
    ({ text, encoding } = input);
    if (text.trim() === '') return refuse({ kind: 'empty' });
    if (!/\p{Script=Han}/u.test(text)) return refuse({ kind: 'no-chinese' });
  }
  if (input.format === 'markdown') text = stripMarkdown(text);
  const fold = options.fold ?? ((s: string) => s);
  // Guesses read the opening and the end of the text (dateline, 来源 credit), folded so a
  // Traditional article matches the Simplified gazetteer; the guessed title is then the hint
  // the article is cleaned with.
  // Character cleaning first, so a guessed title has no scraper damage (關(guān)鍵 → 關鍵) and
  // matches the title line as the structure step will see it.
  const head = cleanCharacters(text.slice(0, 1500));
  const tail = text.length > 1500 ? text.slice(-600) : '';
  const meta = guessMetadata({
    headline: null,
    text: head,
    folded: tail ? `${fold(head)}\n${fold(tail)}` : fold(head),
    filename: name,
    known: options.known,
  });
  const record: OwnArticle = {
    id: '',
    filename: name,
    format: input.format,
    source: text,
    encoding,
    meta,
    titleLine: meta.title,
    importedAt: (options.now?.() ?? new Date()).toISOString(),
    fingerprint: '',
  };
  const article = toCorpusArticle(record, options.known, options.fold);
  // The fingerprint is taken from the cleaned body, as for the bundled articles.
  const print = fingerprint((article.folded ?? article.text).paragraphs);
  record.id = `own-${print}`;
  record.fingerprint = print;
  article.meta.id = record.id;
  if (article.text.paragraphs.length === 0) return refuse({ kind: 'no-chinese' });
  return { name, ok: true, record, article };
}

/** Markdown syntax that is not text: heading marks, emphasis, links' targets, images, fences. */
export function stripMarkdown(text: string): string {
  return text
    .replace(/^```.*$/gm, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/^\s{0,3}[-*+]\s+/gm, '')
    .replace(/(\*\*|__|\*|_|`)(?=\S)([^*_`\n]+?)\1/g, '$2');
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
