import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import { decodeText } from '../clean/decode.ts';
import { parseApparatus } from '../clean/apparatus.ts';
import { cleanArticle, PIPELINE_DESCRIPTION } from '../clean/pipeline.ts';
import { isHan } from '../text/codepoints.ts';
import type { Corpus, CorpusArticle } from './model.ts';
import { parseMetadata } from './metadata.ts';
import { articleTexts, mapTexts, sameTexts } from './texts.ts';
import { analysePhrases } from '../phrases/analyse.ts';
import { parseGlossary } from '../phrases/glossary.ts';

export interface CorpusInputs {
  /** corpus/raw/<name> → bytes. */
  raw: ReadonlyMap<string, Uint8Array>;
  /** Parsed JSON of corpus/articles.json. */
  metadata: unknown;
  /** Parsed JSON of corpus/apparatus.json. */
  apparatus: unknown;
  /** Parsed JSON of corpus/glossary.json. */
  glossary: unknown;
  /** The canonical fold (script/opencc.ts `loadFolding`); without it no folded copies are made. */
  fold?: (s: string) => string;
}

export function countHan(paragraphs: readonly string[]): number {
  let n = 0;
  for (const p of paragraphs) for (const ch of p) if (isHan(ch)) n++;
  return n;
}

/**
 * Build the derived corpus from the raw files and the editor's data. Fails with every problem
 * listed (unknown file, raw file without metadata, stale apparatus entry…): a corpus that does not
 * match its sources must not ship.
 */
export function buildCorpus(
  inputs: CorpusInputs,
): Result<{ corpus: Corpus; raw: Record<string, string> }> {
  const meta = parseMetadata(inputs.metadata);
  if (!meta.ok) return meta;
  const apparatus = parseApparatus(inputs.apparatus);
  if (!apparatus.ok) return err(`apparatus.json: ${apparatus.error}`);
  const glossary = parseGlossary(inputs.glossary);
  if (!glossary.ok) return err(`glossary.json: ${glossary.error}`);
  const problems: string[] = [];
  const described = new Set(meta.value.articles.map((a) => a.source));
  for (const name of inputs.raw.keys()) {
    if (!described.has(name)) problems.push(`corpus/raw/${name} has no entry in articles.json`);
  }
  for (const entry of apparatus.value) {
    if (!described.has(entry.article))
      problems.push(`apparatus entry for unknown article ${entry.article}`);
  }
  const articles: CorpusArticle[] = [];
  const raw: Record<string, string> = {};
  for (const m of meta.value.articles) {
    const bytes = inputs.raw.get(m.source);
    if (!bytes) {
      problems.push(`articles.json names ${m.source}, which is not in corpus/raw`);
      continue;
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      problems.push(`${m.source}: ${decoded.error.message}`);
      continue;
    }
    const cleaned = cleanArticle(decoded.value.text, {
      hints: {
        title: m.title,
        column: m.column,
        outletNames: [m.outlet.zh, ...m.outlet.zh.split('·')],
      },
      apparatus: apparatus.value.filter((e) => e.article === m.source),
    });
    if (!cleaned.ok) {
      problems.push(`${m.source}: ${cleaned.error}`);
      continue;
    }
    raw[m.id] = decoded.value.text;
    const article: CorpusArticle = {
      meta: m,
      text: cleaned.value,
      hanChars: countHan(cleaned.value.paragraphs),
    };
    if (inputs.fold) {
      const own = articleTexts(article);
      const folded = mapTexts(own, inputs.fold);
      if (!sameTexts(own, folded)) article.folded = folded;
    }
    articles.push(article);
  }
  if (problems.length) return err(problems.join('\n'));
  const phrases = analysePhrases(
    articles.map((a) => ({ id: a.meta.id, paragraphs: (a.folded ?? articleTexts(a)).paragraphs })),
    glossary.value,
  );
  return ok({
    corpus: {
      version: 1,
      articles,
      pipeline: PIPELINE_DESCRIPTION,
      glossary: glossary.value,
      phrases,
    },
    raw,
  });
}
