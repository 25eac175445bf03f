/**
 * The JSON contract of `npm run analyze -- --json` (see README). Pure: the CLI, tests and anything
 * else that needs the corpus "exactly as the app uses it" call this.
 */
import type { CleanedArticle, LocatedDamage } from '../clean/pipeline.ts';
import type { Phrase } from '../phrases/analyse.ts';
import { cleanArticle } from '../clean/pipeline.ts';
import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import { detectScript } from '../text/script.ts';
import { countHan } from './build.ts';
import type { Corpus } from './model.ts';
import { placeParts } from './model.ts';

/** The cleaned text's fields as the pipeline produced them, plus curated or guessed metadata. */
export interface AnalysisArticle extends Pick<
  CleanedArticle,
  'headline' | 'subtitle' | 'dateline' | 'credits' | 'captions' | 'paragraphs' | 'kinds' | 'removed'
> {
  id: string;
  source: string;
  title: string;
  titleSource: 'published' | 'editor' | 'guessed';
  date: string | null;
  datePrecision: 'day' | 'month' | null;
  outlet: string | null;
  place: string | null;
  script: 'simplified' | 'traditional' | 'unknown';
  hanChars: number;
  damaged: Pick<LocatedDamage, 'paragraph' | 'start' | 'end' | 'raw' | 'restored'>[];
}

export interface AnalysisPhrase {
  /** Folded Simplified text. */
  text: string;
  kind: 'glossary' | 'discovered';
  articles: string[];
  count: number;
  /** Offsets in code points within `paragraph` of the article (valid in every script). */
  occurrences: { article: string; paragraph: number; start: number; end: number }[];
  family?: string;
  glossaryId?: string;
}

export interface AnalysisJson {
  articles: AnalysisArticle[];
  phrases: AnalysisPhrase[];
}

const damageJson = (d: LocatedDamage): AnalysisArticle['damaged'][number] => ({
  paragraph: d.paragraph,
  start: d.start,
  end: d.end,
  raw: d.raw,
  ...(d.restored !== undefined ? { restored: d.restored } : {}),
});

/** The bundled corpus in the CLI's JSON shape. */
export function corpusToJson(corpus: Corpus): AnalysisJson {
  return {
    articles: corpus.articles.map(({ meta, text, hanChars }) => ({
      id: meta.id,
      source: meta.source,
      title: meta.title,
      titleSource: meta.titleSource,
      date: meta.date,
      datePrecision: meta.datePrecision,
      outlet: meta.outlet.zh,
      place: placeParts(meta, 'zh').join(' '),
      script: meta.script,
      headline: text.headline,
      subtitle: text.subtitle,
      dateline: text.dateline,
      credits: text.credits,
      captions: text.captions,
      paragraphs: text.paragraphs,
      kinds: text.kinds,
      hanChars,
      damaged: text.damaged.map(damageJson),
      removed: text.removed,
    })),
    phrases: corpus.phrases.map(phraseJson),
  };
}

/** A phrase in the CLI's JSON shape. */
export function phraseJson(p: Phrase): AnalysisPhrase {
  return {
    text: p.text,
    kind: p.kind,
    articles: p.articles,
    count: p.count,
    occurrences: p.occurrences,
    ...(p.family ? { family: p.family } : {}),
    ...(p.glossaryId ? { glossaryId: p.glossaryId } : {}),
  };
}

/** A date printed in a dateline or the text: 2022年05月17日, 21-11-08, 2020-02-05. */
export function guessDate(...texts: (string | null)[]): { date: string; precision: 'day' } | null {
  for (const t of texts) {
    if (!t) continue;
    const full = /(20\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})/u.exec(t);
    const short = /(?:^|\D)(\d{2})-(\d{2})-(\d{2})(?:\D|$)/u.exec(t);
    const m = full ?? (short ? [short[0], `20${short[1]}`, short[2], short[3]] : null);
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    return {
      date: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      precision: 'day',
    };
  }
  return null;
}

/** A file-name stem as a URL slug (ASCII letters, digits and dashes), never empty. */
export function slugify(name: string): string {
  const slug = name
    .replace(/\.[^.]*$/u, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return slug || 'article';
}

/** A headline without the site prefix (`湖南日报|`) or column label (`【甘快看·…】`) pages add. */
export function headlineTitle(headline: string): string {
  const bare = headline
    .replace(/^[^|｜]{1,12}[|｜]/u, '')
    .replace(/^【[^】]*】/u, '')
    .trim();
  return bare || headline;
}

/** Run the pipeline on an arbitrary decoded text (no curated metadata): what the CLI does for FILE…. */
export function analyseText(fileName: string, text: string): Result<AnalysisArticle> {
  const cleaned = cleanArticle(text);
  if (!cleaned.ok) return cleaned;
  const c = cleaned.value;
  const body = c.paragraphs.join('\n');
  if (!/\p{Script=Han}/u.test(body)) return err('no Chinese text found in the file');
  const date = guessDate(c.dateline, c.headline, body.slice(0, 400));
  const firstParagraph =
    c.paragraphs.find((_, i) => c.kinds[i] === 'paragraph') ?? c.paragraphs[0] ?? '';
  return ok({
    id: slugify(fileName),
    source: fileName,
    title: c.headline
      ? headlineTitle(c.headline)
      : Array.from(firstParagraph).slice(0, 24).join(''),
    titleSource: 'guessed',
    date: date?.date ?? null,
    datePrecision: date?.precision ?? null,
    outlet: null,
    place: null,
    script: detectScript(body).script,
    headline: c.headline,
    subtitle: c.subtitle,
    dateline: c.dateline,
    credits: c.credits,
    captions: c.captions,
    paragraphs: c.paragraphs,
    kinds: c.kinds,
    hanChars: countHan(c.paragraphs),
    damaged: c.damaged.map(damageJson),
    removed: c.removed,
  });
}
