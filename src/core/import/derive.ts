/**
 * An own article's stored record → the `CorpusArticle` every view uses: cleaned by the bundled
 * corpus's pipeline, folded for matching, with metadata shaped like curated metadata.
 */
import { cleanArticle } from '../clean/pipeline.ts';
import type { CleanedArticle } from '../clean/pipeline.ts';
import { countHan } from '../corpus/build.ts';
import type { ArticleMeta, Place } from '../corpus/metadata.ts';
import type { CorpusArticle } from '../corpus/model.ts';
import { articleTexts, mapTexts, sameTexts } from '../corpus/texts.ts';
import { detectScript } from '../text/script.ts';
import type { KnownNames, OwnMeta } from './metadata.ts';
import { placeNames } from './metadata.ts';
import type { OwnArticle } from './record.ts';

/** Clean an own article's source text, with its (guessed or edited) title as a hint. */
export function cleanOwn(source: string, meta: Pick<OwnMeta, 'title' | 'outlet'>): CleanedArticle {
  const cleaned = cleanArticle(source, {
    hints: { title: meta.title, outletNames: meta.outlet ? [meta.outlet] : [] },
  });
  // Without apparatus entries cleaning cannot fail; keep a total function anyway.
  if (cleaned.ok) return cleaned.value;
  return {
    headline: null,
    subtitle: null,
    dateline: null,
    credits: [],
    captions: [],
    paragraphs: source.split('\n').filter((l) => l.trim()),
    kinds: [],
    damaged: [],
    removed: [],
  };
}

function placeOf(meta: OwnMeta, known: KnownNames): Place {
  const [province, prefecture, county] = placeNames(meta.place, known);
  return {
    province: province ?? { zh: '', en: '' },
    prefecture: prefecture ?? null,
    county: county ?? null,
    lat: 0,
    lon: 0,
  };
}

/** The article as the views see it. `fold` is the canonical fold (absent: no folded copy). */
export function toCorpusArticle(
  own: OwnArticle,
  known: KnownNames,
  fold?: (s: string) => string,
): CorpusArticle {
  const text = cleanOwn(own.source, {
    title: own.titleLine || own.meta.title,
    outlet: own.meta.outlet,
  });
  const script = detectScript(text.paragraphs.join('')).script;
  const { date } = own.meta;
  const meta: ArticleMeta = {
    id: own.id,
    source: own.filename,
    title: own.meta.title,
    titleSource: 'published',
    titleEn: '',
    column: null,
    outlet: { zh: own.meta.outlet, en: own.meta.outlet },
    publisher: null,
    place: placeOf(own.meta, known),
    // Views sort and group by date: an unknown date sorts by the import day, flagged in dateNote.
    date: date || own.importedAt.slice(0, 10),
    datePrecision: /^\d{4}-\d{2}$/.test(date) ? 'month' : 'day',
    dateNote: date ? 'imported' : 'import-date',
    authors: [],
    editors: [],
    script: script === 'traditional' ? 'traditional' : 'simplified',
    notes: [],
  };
  const article: CorpusArticle = {
    meta,
    text,
    hanChars: countHan(text.paragraphs),
    own: { filename: own.filename, encoding: own.encoding, importedAt: own.importedAt },
  };
  if (fold) {
    const texts = articleTexts(article);
    const folded = mapTexts(texts, fold);
    if (!sameTexts(texts, folded)) article.folded = folded;
  }
  return article;
}
