import type { ArticleMeta } from './metadata.ts';
import type { CleanedArticle } from '../clean/pipeline.ts';
import type { ArticleTexts } from './texts.ts';
import type { Phrase } from '../phrases/analyse.ts';
import type { GlossaryEntry } from '../phrases/glossary.ts';
import type { GuessedMeta } from '../import/record.ts';

/** One article as the app and the CLI use it: curated metadata plus the cleaned text. */
export interface CorpusArticle {
  meta: ArticleMeta;
  text: CleanedArticle;
  /** Han characters in the body (the length shown on library cards). */
  hanChars: number;
  /**
   * The canonical folded form, `hk→cn(tw→cn(text))`, computed at build time: the Simplified
   * rendering the reader sees for `script=cn`, and the text search, phrases and notes match on.
   * Absent when folding changes nothing (the article is already canonical Simplified).
   */
  folded?: ArticleTexts;
  /** Set for the reader's own (imported) articles, absent for the bundled corpus. */
  own?: OwnArticleInfo;
}

/** Where an imported article came from. */
export interface OwnArticleInfo {
  filename: string;
  /** The encoding the file was decoded with (utf-8, gb18030, big5, utf-16le, utf-16be). */
  encoding: string;
  /** ISO time of the import. */
  importedAt: string;
  /** How the import guessed each field (absent for records imported before it was recorded). */
  guessed?: GuessedMeta;
  /** Fields the reader changed since the import: their guess no longer applies. */
  edited?: { title: boolean; date: boolean; outlet: boolean; place: boolean };
}

/** The derived corpus, generated at build time from corpus/raw + corpus/*.json. */
export interface Corpus {
  version: 1;
  articles: CorpusArticle[];
  /** The cleaning steps that produced this corpus, for the reader's "how this text was cleaned". */
  pipeline: readonly { name: string; summary: string }[];
  /** The curated glossary of policy formulations (corpus/glossary.json). */
  glossary: GlossaryEntry[];
  /** Glossary phrases found in the corpus and discovered recurring phrases, with occurrences. */
  phrases: Phrase[];
}

/** Raw source files keyed by article id, loaded lazily by the "source text" view. */
export type RawSources = Record<string, string>;

/** Where a place sits, most specific last: 甘肃省 · 陇南市 · 徽县. */
export function placeParts(meta: ArticleMeta, lang: 'zh' | 'en'): string[] {
  const { province, prefecture, county } = meta.place;
  // An own article's place may lack its province (a township named but not located): no blank part.
  return [province, prefecture, county].flatMap((p) => (p && p[lang] ? [p[lang]] : []));
}
