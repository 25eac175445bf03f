/**
 * One path for a file: bytes (or text a caller already holds) → decoded text → the text of an
 * HTML page, inert → the cleaned article → guessed metadata. The import worker, its main-thread
 * fallback, `npm run analyze -- FILE` and `npm run quality` all call `readArticle`, so a file
 * reads the same wherever it is opened (a test feeds the same bytes to the CLI and the import).
 */
import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { CleanedArticle } from '../clean/pipeline.ts';
import { cleanArticle } from '../clean/pipeline.ts';
import type { MetaGuess, PlaceGuesser } from '../metadata/guess.ts';
import { guessMeta } from '../metadata/guess.ts';
import type { DecodedImport, ImportEncoding, Refusal } from './decode.ts';
import { decodeImport, MAX_IMPORT_BYTES } from './decode.ts';
import { extractHtmlText, isHtmlFile } from './html.ts';
import type { ImportFormat } from './record.ts';

export interface ReadInput {
  name: string;
  /** The file's bytes; or `text` when the caller already decoded it (a paste). */
  bytes?: Uint8Array;
  text?: string;
  /** The encoding the reader chose, re-decoding without guessing. */
  override?: ImportEncoding;
  /** Known format; otherwise judged from the name and the first bytes. */
  format?: ImportFormat;
}

export interface ReadContext {
  /** Canonical fold to Simplified (identity when the dictionary is unavailable). */
  fold: (s: string) => string;
  place?: PlaceGuesser | null;
  knownOutlets?: readonly string[];
  limit?: number;
}

export interface ReadArticle {
  /** The text the cleaning ran on: the decoded file, or the text taken out of an HTML page. */
  text: string;
  encoding: ImportEncoding;
  how: DecodedImport['how'] | 'given';
  format: ImportFormat;
  cleaned: CleanedArticle;
  guess: MetaGuess;
}

/** Markdown syntax that is not text: heading marks, emphasis, links' targets, images, fences. */
export function stripMarkdown(text: string): string {
  return text
    .replace(/^```.*$/gmu, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/gmu, '')
    .replace(/^\s{0,3}>\s?/gmu, '')
    .replace(/^\s{0,3}[-*+]\s+/gmu, '')
    .replace(/(\*\*|__|\*|_|`)(?=\S)([^*_`\n]+?)\1/gu, '$2');
}

function formatOf(name: string, text: string): ImportFormat {
  if (isHtmlFile(name, text.slice(0, 512))) return 'html';
  return /\.(md|markdown)$/iu.test(name) ? 'markdown' : 'text';
}

/** Clean `text` and guess its metadata: the part of the path after decoding. */
export function readText(
  name: string,
  text: string,
  ctx: ReadContext,
  pageStamps: readonly string[] = [],
): { cleaned: CleanedArticle; guess: MetaGuess } {
  const cleaned = clean(text, { fold: ctx.fold });
  const guess = guessMeta({
    cleaned,
    filename: name,
    fold: ctx.fold,
    place: ctx.place ?? null,
    knownOutlets: ctx.knownOutlets ?? [],
    pageStamps,
  });
  return { cleaned, guess };
}

/** The cleaning of an own article's text (the same for the import and for the stored article). */
export function clean(
  text: string,
  hints: { fold?: (s: string) => string; title?: string; outlet?: string },
): CleanedArticle {
  const cleaned = cleanArticle(text, {
    hints: {
      ...(hints.title ? { title: hints.title } : {}),
      outletNames: hints.outlet ? [hints.outlet] : [],
      ...(hints.fold ? { fold: hints.fold } : {}),
    },
  });
  // Without apparatus entries cleaning cannot fail; keep a total function anyway.
  if (cleaned.ok) return cleaned.value;
  return {
    headline: null,
    subtitle: null,
    dateline: null,
    credits: [],
    captions: [],
    paragraphs: text.split('\n').filter((l) => l.trim()),
    kinds: [],
    damaged: [],
    removed: [],
  };
}

/** Read one file by the one path. Refusals (empty, binary, undecodable, no Chinese…) are values. */
export function readArticle(input: ReadInput, ctx: ReadContext): Result<ReadArticle, Refusal> {
  let text: string;
  let encoding: ImportEncoding;
  let how: ReadArticle['how'];
  if (input.bytes) {
    const decoded = decodeImport(input.bytes, input.override, ctx.limit ?? MAX_IMPORT_BYTES);
    if (!decoded.ok) return err(decoded.error);
    ({ text, encoding, how } = decoded.value);
  } else {
    text = input.text ?? '';
    encoding = 'utf-8';
    how = 'given';
    if (text.trim() === '') return err({ kind: 'empty' });
  }
  const format = input.format ?? formatOf(input.name, text);
  const stamps: string[] = [];
  if (format === 'html') {
    const page = extractHtmlText(text);
    text = page.text;
    // `<meta>` stamps read like the page's own metadata lines (发布时间：…, 来源：…).
    const m = page.meta;
    const published =
      m.publishdate ?? m.pubdate ?? m['article:published_time'] ?? m.firstpublishedtime;
    const source = m.contentsource ?? m.source ?? m['og:site_name'];
    if (published) stamps.push(`发布时间：${published}`);
    if (source) stamps.push(`来源：${source}`);
  } else if (format === 'markdown') {
    text = stripMarkdown(text);
  }
  if (!/\p{Script=Han}/u.test(text)) return err({ kind: 'no-chinese' });
  const { cleaned, guess } = readText(input.name, text, ctx, stamps);
  if (cleaned.paragraphs.length === 0) return err({ kind: 'no-chinese' });
  return ok({ text, encoding, how, format, cleaned, guess });
}
