/**
 * `npm run analyze -- [--json] [FILE...]`
 *
 * Without FILEs: the bundled corpus exactly as the app uses it. With FILEs: the same pipeline on
 * each file. Problems with one file (missing, empty, binary, undecodable, no Chinese) are reported
 * on stderr and make the exit code non-zero, but the other files are still processed and printed.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { AnalysisArticle, AnalysisJson } from '../core/corpus/analysisJson.ts';
import { corpusToJson, fileToJson, phraseJson } from '../core/corpus/analysisJson.ts';
import type { Refusal } from '../core/import/decode.ts';
import type { ReadContext } from '../core/import/read.ts';
import { readArticle } from '../core/import/read.ts';
import { analysePhrases } from '../core/phrases/analyse.ts';
import { parseGlossary } from '../core/phrases/glossary.ts';
import { loadFolding } from '../core/script/opencc.ts';
import { buildCorpus } from '../core/corpus/build.ts';
import { readCorpusInputs } from '../node/corpusFiles.ts';
import { loadPlaceGuesser } from '../node/placeGuesser.ts';

const MAX_BYTES = 5 * 1024 * 1024;

function usage(): string {
  return [
    'Usage: npm run analyze -- [--json] [FILE...]',
    '',
    '  (no FILE)   analyse the bundled corpus (corpus/raw + corpus/articles.json)',
    "  FILE...     read text or HTML files by the import's path (UTF-8, GB18030/GBK, Big5,",
    '              UTF-16): decode, extract, clean, guess title, date, outlet and place',
    '  --json      print JSON ({ articles, phrases }) instead of a summary',
  ].join('\n');
}

/** What a refused file is told, in the CLI's words. */
export function refusalMessage(r: Refusal): string {
  switch (r.kind) {
    case 'empty':
      return 'the file is empty (or holds only whitespace)';
    case 'binary':
      return `the file looks binary${r.detail ? ` (${r.detail})` : ''}, not text`;
    case 'too-large':
      return `the file is too large (${r.detail ?? '?'} bytes)`;
    case 'undecodable':
      return 'the file is not text in UTF-8, GB18030/GBK, Big5 or UTF-16';
    case 'no-chinese':
      return 'no Chinese text found in the file';
    case 'duplicate':
      return `the file duplicates ${r.detail ?? 'another article'}`;
    case 'unsupported':
      return 'the file is of a kind that cannot be read';
  }
}

function analyseFile(
  path: string,
  ctx: ReadContext,
): { ok: true; article: AnalysisArticle } | { ok: false; message: string } {
  let bytes: Uint8Array;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, message: 'is a directory, not a file' };
    if (stat.size > MAX_BYTES)
      return { ok: false, message: `is ${stat.size} bytes; the limit is ${MAX_BYTES}` };
    bytes = new Uint8Array(readFileSync(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      ok: false,
      message: code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(e)})`,
    };
  }
  const name = basename(path);
  const read = readArticle({ name, bytes }, ctx);
  if (!read.ok) return { ok: false, message: refusalMessage(read.error) };
  return { ok: true, article: fileToJson(name, read.value) };
}

function summary(json: AnalysisJson): string {
  const rows = json.articles.map((a) => {
    const restored = a.damaged.filter((d) => d.restored !== undefined).length;
    return [
      a.id,
      a.date ?? '(no date)',
      a.script,
      a.place ?? '',
      `${a.paragraphs.length} paragraphs, ${a.hanChars} Han characters`,
      `${a.damaged.length} damaged (${restored} restored)`,
      `${a.removed.length} chrome lines removed`,
    ].join(' · ');
  });
  return [`${json.articles.length} article(s)`, ...rows.map((r) => `  ${r}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const args = argv.filter((a) => a !== '--json');
  const asJson = argv.includes('--json');
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  const unknown = args.filter((a) => a.startsWith('--'));
  if (unknown.length) {
    process.stderr.write(`analyze: unknown option ${unknown.join(' ')}\n${usage()}\n`);
    return 2;
  }
  let json: AnalysisJson;
  let failed = 0;
  if (args.length === 0) {
    const built = buildCorpus({ ...readCorpusInputs(), fold: await loadFolding() });
    if (!built.ok) {
      process.stderr.write(`analyze: the bundled corpus does not build:\n${built.error}\n`);
      return 1;
    }
    json = corpusToJson(built.value.corpus);
  } else {
    json = { articles: [], phrases: [] };
    const fold = await loadFolding();
    const ctx: ReadContext = { fold, place: await loadPlaceGuesser(), limit: MAX_BYTES };
    for (const path of args) {
      const result = analyseFile(path, ctx);
      if (result.ok) json.articles.push(result.article);
      else {
        failed++;
        process.stderr.write(`analyze: ${path}: ${result.message}\n`);
      }
    }
    // Phrases across the given files, on folded text, with the bundled glossary.
    const glossary = parseGlossary(readCorpusInputs().glossary);
    const phrases = analysePhrases(
      json.articles.map((a) => ({ id: a.id, paragraphs: a.paragraphs.map(fold) })),
      glossary.ok ? glossary.value : [],
    );
    json.phrases = phrases.map(phraseJson);
  }
  process.stdout.write(asJson ? `${JSON.stringify(json, null, 2)}\n` : `${summary(json)}\n`);
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`analyze: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
