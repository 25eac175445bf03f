/**
 * The JSON contract of `npm run analyze -- --json` (see README). Pure: the CLI, tests and anything
 * else that needs the corpus "exactly as the app uses it" call this.
 */
import type { CleanedArticle, LocatedDamage } from '../clean/pipeline.ts';
import type { Phrase } from '../phrases/analyse.ts';
import type { ReadArticle } from '../import/read.ts';
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
  /**
   * Bundled: the editor's metadata (`published` or `editor`). A file: where the title was found —
   * the page's headline, the first clause of the first sentence, or only the file name.
   */
  titleSource: 'published' | 'editor' | 'page' | 'first-sentence' | 'file-name';
  date: string | null;
  datePrecision: 'day' | 'month' | null;
  /** A file's date: which text it was read from (dateline, signature, text, inferred, repost stamp). */
  dateSource?: string | null;
  dateEvidence?: string | null;
  outlet: string | null;
  outletSource?: string | null;
  /** Official names, largest first: `福建省 宁德市 霞浦县`. */
  place: string | null;
  /** The administrative code of the place's finest unit (GB/T 2260; nine digits for a township). */
  placeCode?: string | null;
  placeLevel?: 'province' | 'prefecture' | 'county' | 'township' | null;
  /** Encoding the file was read in (files only). */
  encoding?: string;
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

/** A file's id: its name as a URL slug (ASCII letters, digits and dashes), never empty. */
export function slugify(name: string): string {
  const slug = name
    .replace(/\.[^.]*$/u, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return slug || 'article';
}

/** A file read by the one path (`readArticle`) in the CLI's JSON shape. */
export function fileToJson(fileName: string, read: ReadArticle): AnalysisArticle {
  const { cleaned: c, guess: g } = read;
  return {
    id: slugify(fileName),
    source: fileName,
    title: g.title.title,
    titleSource: g.title.source,
    date: g.date?.date ?? null,
    datePrecision: g.date?.precision ?? null,
    dateSource: g.date?.source ?? null,
    dateEvidence: g.date?.evidence ?? null,
    outlet: g.outlet?.outlet ?? null,
    outletSource: g.outlet?.source ?? null,
    place: g.place?.text ?? null,
    placeCode: g.place?.code ?? null,
    placeLevel: g.place?.level ?? null,
    encoding: read.encoding,
    script: detectScript(c.paragraphs.join('')).script,
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
  };
}
