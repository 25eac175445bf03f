/**
 * All metadata guesses for one cleaned article, from the parts the structure step separated:
 * title, date, outlet and place, each with where it came from. Pure; the import view, the import
 * worker, `npm run analyze -- FILE` and `npm run quality` call exactly this.
 */
import type { CleanedArticle } from '../clean/pipeline.ts';
import type { DateGuess } from './dates.ts';
import { guessDate } from './dates.ts';
import type { OutletGuess } from './outlet.ts';
import { guessOutlet } from './outlet.ts';
import type { TitleGuess } from './title.ts';
import { guessTitle } from './title.ts';

/** What a place guesser is given: the article's parts, folded to canonical Simplified. */
export interface PlaceInput {
  title: string | null;
  paragraphs: string[];
  dateline: string | null;
  credits: string[];
  outlet: string | null;
  filename: string;
}

/** One administrative unit of a guessed place, largest first. */
export interface PlacePart {
  zh: string;
  en: string;
  code: string;
  level: PlaceLevel;
}

export type PlaceLevel = 'province' | 'prefecture' | 'county' | 'township';

export interface PlaceGuess {
  /** Official names, largest first, separated by spaces: `福建省 宁德市 霞浦县`. */
  text: string;
  /** The finest unit's administrative code. */
  code: string;
  level: PlaceLevel;
  parts: PlacePart[];
  /** Which mention decided, for the reader. */
  evidence: string;
}

/** A place guesser bound to its gazetteer (see core/places). */
export type PlaceGuesser = (input: PlaceInput) => PlaceGuess | null;

export interface MetaGuess {
  title: TitleGuess;
  date: DateGuess | null;
  outlet: OutletGuess | null;
  place: PlaceGuess | null;
}

const NOTICE = /(通告|通知|公告|告知书|告知書|倡议书|倡議書|公开信|公開信|的一封信|通報|通报)/u;

/** Guess everything. `fold` folds to canonical Simplified (identity when unavailable). */
export function guessMeta(input: {
  cleaned: CleanedArticle;
  filename: string;
  fold: (s: string) => string;
  place?: PlaceGuesser | null;
  knownOutlets?: readonly string[];
}): MetaGuess {
  const { cleaned: c, fold } = input;
  const body = c.paragraphs;
  const removedLines = c.removed.filter((r) => r.reason === 'metadata').map((r) => r.text);
  const footer = c.removed.filter((r) => r.reason === 'footer').map((r) => r.text);
  const notice = NOTICE.test(c.headline ?? '') || NOTICE.test((body[0] ?? '').slice(0, 80));
  const date = guessDate({
    dateline: c.dateline,
    credits: c.credits,
    removed: removedLines,
    paragraphs: body,
    notice,
  });
  // The stamp under the headline vouches for it only when the date guess trusted that stamp.
  const stampTrusted =
    !!c.headlineStamped &&
    date?.source === 'dateline' &&
    !!c.dateline &&
    c.dateline
      .replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10))
      .includes(date.evidence);
  const title = guessTitle({
    headline: c.headline,
    paragraphs: body,
    filename: input.filename,
    fold,
    stamped: stampTrusted,
  });
  // Outlets are matched folded, so a Traditional page's 臨汾新聞網 is the known 临汾新闻网.
  const outlet = guessOutlet({
    dateline: c.dateline ? fold(c.dateline) : null,
    credits: c.credits.map(fold),
    removed: [...removedLines, ...footer].map(fold),
    breadcrumbs: c.removed.filter((r) => r.reason === 'breadcrumb').map((r) => fold(r.text)),
    paragraphs: body.slice(0, 2).concat(body.slice(-2)).map(fold),
    known: input.knownOutlets ?? [],
  });
  const place =
    input.place?.({
      title: title.source === 'page' ? fold(title.title) : null,
      paragraphs: body.map(fold),
      dateline: c.dateline ? fold(c.dateline) : null,
      credits: c.credits.map(fold),
      outlet: outlet?.outlet ?? null,
      filename: input.filename,
    }) ?? null;
  return {
    title,
    date,
    outlet,
    place,
  };
}
