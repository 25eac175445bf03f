/**
 * Every piece of Chinese text the app shows for an article, gathered in one structure so a script
 * conversion handles all of it in one pass: body, head, captions, credits, and the metadata names
 * (outlet, place, people). Converting the same structure keeps offsets: each string keeps its
 * code-point length (see script/variants.ts).
 */
import type { CorpusArticle } from './model.ts';

export interface ArticleTexts {
  title: string;
  column: string | null;
  subtitle: string | null;
  dateline: string | null;
  credits: string[];
  captions: string[];
  paragraphs: string[];
  outlet: string;
  publisher: string | null;
  /** Province, prefecture, county (those present). */
  place: string[];
  authors: string[];
  editors: string[];
}

/** The texts of an article as stored (original script; metadata names in Simplified). */
export function articleTexts(a: CorpusArticle): ArticleTexts {
  const { meta, text } = a;
  return {
    title: meta.title,
    column: meta.column,
    subtitle: text.subtitle,
    dateline: text.dateline,
    credits: text.credits,
    captions: text.captions,
    paragraphs: text.paragraphs,
    outlet: meta.outlet.zh,
    publisher: meta.publisher?.zh ?? null,
    place: [meta.place.province, meta.place.prefecture, meta.place.county].flatMap((p) =>
      p && p.zh ? [p.zh] : [],
    ),
    authors: meta.authors.map((p) => p.zh),
    editors: meta.editors.map((p) => p.zh),
  };
}

const SEP = '\n';

/** Convert a list of strings in one call when the separator allows it, else one by one. */
function convertAll(xs: readonly string[], convert: (s: string) => string): string[] {
  if (xs.length === 0) return [];
  if (!xs.some((s) => s.includes(SEP))) {
    const parts = convert(xs.join(SEP)).split(SEP);
    if (parts.length === xs.length) return parts;
  }
  return xs.map(convert);
}

/**
 * Apply `convert` to the article's own text and `convertNames` to the metadata names (which are
 * stored in Simplified whatever the article's script, so they need a conversion from Simplified).
 */
export function mapTexts(
  t: ArticleTexts,
  convert: (s: string) => string,
  convertNames: (s: string) => string = convert,
): ArticleTexts {
  const own = [t.title, t.column, t.subtitle, t.dateline].filter((x): x is string => x !== null);
  const body = convertAll([...own, ...t.credits, ...t.captions, ...t.paragraphs], convert);
  const names = [t.outlet, t.publisher].filter((x): x is string => x !== null);
  const meta = convertAll([...names, ...t.place, ...t.authors, ...t.editors], convertNames);
  let i = 0;
  let j = 0;
  const b = (): string => body[i++] ?? '';
  const m = (): string => meta[j++] ?? '';
  const opt = (x: string | null, next: () => string): string | null => (x === null ? null : next());
  return {
    title: b(),
    column: opt(t.column, b),
    subtitle: opt(t.subtitle, b),
    dateline: opt(t.dateline, b),
    credits: t.credits.map(b),
    captions: t.captions.map(b),
    paragraphs: t.paragraphs.map(b),
    outlet: m(),
    publisher: opt(t.publisher, m),
    place: t.place.map(m),
    authors: t.authors.map(m),
    editors: t.editors.map(m),
  };
}

/** True when two text sets are identical (used to store a folded copy only when it differs). */
export function sameTexts(a: ArticleTexts, b: ArticleTexts): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
