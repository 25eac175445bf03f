/**
 * `npm run analyze -- [--json] [FILE...]`
 *
 * Without FILEs: the bundled corpus exactly as the app uses it. With FILEs: the same pipeline on
 * each file. Problems with one file (missing, empty, binary, undecodable, no Chinese) are reported
 * on stderr and make the exit code non-zero, but the other files are still processed and printed.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeText } from '../core/clean/decode.ts';
import type { AnalysisArticle, AnalysisJson } from '../core/corpus/analysisJson.ts';
import { analyseText, corpusToJson, phraseJson } from '../core/corpus/analysisJson.ts';
import { analysePhrases } from '../core/phrases/analyse.ts';
import { parseGlossary } from '../core/phrases/glossary.ts';
import { loadFolding } from '../core/script/opencc.ts';
import { buildCorpus } from '../core/corpus/build.ts';
import { readCorpusInputs } from '../node/corpusFiles.ts';

const MAX_BYTES = 5 * 1024 * 1024;

function usage(): string {
  return [
    'Usage: npm run analyze -- [--json] [FILE...]',
    '',
    '  (no FILE)   analyse the bundled corpus (corpus/raw + corpus/articles.json)',
    '  FILE...     run the same cleaning pipeline on text files',
    '  --json      print JSON ({ articles, phrases }) instead of a summary',
  ].join('\n');
}

function analyseFile(
  path: string,
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
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, message: decoded.error.message };
  const analysed = analyseText(basename(path), decoded.value.text);
  return analysed.ok
    ? { ok: true, article: analysed.value }
    : { ok: false, message: analysed.error };
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
    for (const path of args) {
      const result = analyseFile(path);
      if (result.ok) json.articles.push(result.article);
      else {
        failed++;
        process.stderr.write(`analyze: ${path}: ${result.message}\n`);
      }
    }
    // Phrases across the given files, on folded text, with the bundled glossary.
    const fold = await loadFolding();
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
