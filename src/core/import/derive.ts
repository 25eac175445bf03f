/**
 * An own article's stored record → the `CorpusArticle` every view uses: cleaned by the bundled
 * corpus's pipeline, folded for matching, with metadata shaped like curated metadata.
 */
import type { CleanedArticle } from '../clean/pipeline.ts';
import { countHan } from '../corpus/build.ts';
import type { ArticleMeta, BilingualName, Place } from '../corpus/metadata.ts';
import type { CorpusArticle } from '../corpus/model.ts';
import { articleTexts, mapTexts, sameTexts } from '../corpus/texts.ts';
import { detectScript } from '../text/script.ts';
import type { KnownNames, OwnMeta } from './metadata.ts';
import { placeNames } from './metadata.ts';
import { clean } from './read.ts';
import type { OwnArticle } from './record.ts';
import { editedFields } from './record.ts';

/**
 * Clean an own article's source text exactly as the import did: the structure step finds the
 * headline by itself, so no title hint is given (a title the reader typed need not be in the
 * text, and a hint would make the stored article read differently from the imported one).
 */
export function cleanOwn(source: string, fold?: (s: string) => string): CleanedArticle {
  return clean(source, fold ? { fold } : {});
}

/**
 * The place as the views see it: the gazetteer's parts (with English names) while the place is
 * still the guessed one, sorted into province, prefecture and the finest units below; else the
 * names as the reader typed them.
 */
function placeOf(own: OwnArticle, known: KnownNames): Place {
  const meta: OwnMeta = own.meta;
  const guessed = own.guessed;
  const empty = { zh: '', en: '' };
  if (guessed && guessed.place === meta.place && guessed.placeParts.length) {
    const parts = guessed.placeParts;
    const at = (level: string): BilingualName | null => {
      const p = parts.find((x) => x.level === level);
      return p ? { zh: p.zh, en: p.en } : null;
    };
    const below = parts.filter((p) => p.level === 'county' || p.level === 'township');
    return {
      province: at('province') ?? empty,
      prefecture: at('prefecture'),
      county: below.length
        ? { zh: below.map((p) => p.zh).join(' '), en: below.map((p) => p.en).join(', ') }
        : null,
      lat: 0,
      lon: 0,
    };
  }
  const [province, prefecture, ...rest] = placeNames(meta.place, known);
  return {
    province: province ?? empty,
    prefecture: prefecture ?? null,
    county: rest.length
      ? { zh: rest.map((p) => p.zh).join(' '), en: rest.map((p) => p.en).join(', ') }
      : null,
    lat: 0,
    lon: 0,
  };
}

/** The article as the views see it. `fold` is the canonical fold (absent: no folded copy). */
export function toCorpusArticle(
  own: OwnArticle,
  known: KnownNames,
  fold?: (s: string) => string,
  /** The cleaning of `own.source` when the caller already has it (the import): not done twice. */
  cleaned?: CleanedArticle,
): CorpusArticle {
  const text = cleaned ?? cleanOwn(own.source, fold);
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
    place: placeOf(own, known),
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
    own: {
      filename: own.filename,
      encoding: own.encoding,
      importedAt: own.importedAt,
      ...(own.guessed ? { guessed: own.guessed, edited: editedFields(own) } : {}),
    },
  };
  if (fold) {
    const texts = articleTexts(article);
    const folded = mapTexts(texts, fold);
    if (!sameTexts(texts, folded)) article.folded = folded;
  }
  return article;
}
