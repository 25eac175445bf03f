/**
 * All metadata guesses for one cleaned article, from the parts the structure step separated:
 * title, date, outlet and place, each with where it came from. Pure; the import view, the import
 * worker, `npm run analyze -- FILE` and `npm run quality` call exactly this.
 */
import { spamTerms } from '../clean/chrome.ts';
import type { CleanedArticle } from '../clean/pipeline.ts';
import type { PlaceGuess, PlaceInput } from '../places/guess.ts';
import type { DateGuess } from './dates.ts';
import { guessDate } from './dates.ts';
import type { OutletGuess } from './outlet.ts';
import { guessOutlet } from './outlet.ts';
import type { TitleGuess } from './title.ts';
import { guessTitle } from './title.ts';

export type { PlaceGuess, PlaceInput, PlacePart } from '../places/guess.ts';
export type { Level as PlaceLevel } from '../places/gazetteer.ts';

/** A line without the gambling brands injected into it (they name no outlet and no place). */
function despam(line: string): string {
  let out = line;
  for (const t of spamTerms(line).reverse()) out = out.slice(0, t.start) + out.slice(t.end);
  return out;
}

/** Lines set aside as page furniture that name the publisher (the place guesser weighs them). */
const SITE_REASONS = new Set(['masthead', 'site-header', 'breadcrumb', 'footer', 'copyright']);

/** A place guesser bound to its gazetteer (see core/places). */
export type PlaceGuesser = (input: PlaceInput) => PlaceGuess | null;

export interface MetaGuess {
  title: TitleGuess;
  date: DateGuess | null;
  outlet: OutletGuess | null;
  place: PlaceGuess | null;
}

/** Openings of a clause that only set the time: what comes after them is the clause's subject. */
const TIME_OPENING =
  /^(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}[日号])?(?:[上下中]午|早上|晚上|一大早|凌晨)?(?:近日|日前|连日来|近期|目前|当前|今年以来)?/u;
/** A township named at the head of a clause: `福田镇：…`, `长安镇网格管理中心督促…`. */
const TOWNSHIP_HEAD =
  /^((\p{Script=Han}{2,5}?)(?:镇(?![压定守静痛])|乡(?![亲村民镇间下里土音情愁邻])|街道|苏木))/u;
/** Stems that are not names: 全镇, 本乡, 各街道, 我镇, 该镇, 城关镇 is a name but shared by hundreds. */
const NOT_A_NAME = /^(?:全|本|各|我|该|此|这|那|每|乡|镇|城|村|县|市|区)/u;

/**
 * When the gazetteer cannot place an article (the name is shared by several places and nothing
 * says which, or it is not in the 2023 divisions), the township its title or first sentence opens
 * with is still what the article is about: it is given by name, with no code and no province —
 * never a guessed one.
 */
function namedTownship(title: string | null, paragraphs: readonly string[]): PlaceGuess | null {
  const first =
    (paragraphs.find((p) => /\p{Script=Han}/u.test(p)) ?? '').split(/[。！？]/u)[0] ?? '';
  const clauses = [...(title ? [title] : []), ...first.split(/[，,：:；;“”"]/u)];
  for (const clause of clauses) {
    const head = clause
      .trim()
      .replace(TIME_OPENING, '')
      .replace(
        /^(?:经|經|由|在|据|據|按|对|對|为|為|从|從|自|向|于|於|将|將|把|被|让|讓|使|请|請|凡|各位|全体|全體)/u,
        '',
      );
    const m = TOWNSHIP_HEAD.exec(head);
    const name = m?.[1];
    if (!name || !m[2] || NOT_A_NAME.test(m[2])) continue;
    return {
      text: name,
      code: '',
      level: 'township',
      parts: [{ zh: name, en: name, code: '', level: 'township' }],
      evidence: `${name} named ${title && clause === title ? 'in the title' : 'in the opening'}; not located (shared by several places, or not in the gazetteer)`,
    };
  }
  return null;
}

const NOTICE = /(通告|通知|公告|告知书|告知書|倡议书|倡議書|公开信|公開信|的一封信|通報|通报)/u;

/** Guess everything. `fold` folds to canonical Simplified (identity when unavailable). */
export function guessMeta(input: {
  cleaned: CleanedArticle;
  filename: string;
  fold: (s: string) => string;
  place?: PlaceGuesser | null;
  knownOutlets?: readonly string[];
  /** Stamps the page carried outside its text (an HTML page's `<meta>` publish date and source). */
  pageStamps?: readonly string[];
}): MetaGuess {
  const { cleaned: c, fold } = input;
  const body = c.paragraphs;
  const removedLines = [
    ...c.removed.filter((r) => r.reason === 'metadata').map((r) => r.text),
    ...(input.pageStamps ?? []),
  ];
  const footer = c.removed.filter((r) => r.reason === 'footer').map((r) => r.text);
  // A notice by its headline (…的通告) or its own words (现将有关事项通告如下); a report that
  // mentions a notice (县卫健局发出通知) is not one.
  const notice =
    NOTICE.test(c.headline ?? '') ||
    /^(?:关于|關於)/u.test(body[0] ?? '') ||
    /(?:通告|公告|通知|告知)如下|特此(?:通告|公告|通知)|现将有关(?:事项|事宜)/u.test(
      body.join('\n'),
    );
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
    alternatives: [
      ...c.captions.filter((line) => !/[。！？]$/u.test(line) && Array.from(line).length <= 60),
      // A notice's own title opening the body (关于…的通告) when the page's headline is not it.
      ...(c.kinds[0] === 'heading' && /^(关于|關於).{2,60}(通知|通告|公告)$/u.test(body[0] ?? '')
        ? [body[0] ?? '']
        : []),
    ],
    paragraphs: body,
    filename: input.filename,
    fold,
    stamped: stampTrusted,
  });
  // Outlets are matched folded, so a Traditional page's 臨汾新聞網 is the known 临汾新闻网.
  const outlet = guessOutlet({
    dateline: c.dateline ? fold(c.dateline) : null,
    credits: c.credits.map(fold),
    removed: [...removedLines, ...footer].map((l) => fold(despam(l))),
    breadcrumbs: c.removed
      .filter((r) => r.reason === 'breadcrumb')
      .map((r) => fold(despam(r.text))),
    siteLines: c.removed.filter((r) => r.reason === 'site-header').map((r) => fold(despam(r.text))),
    paragraphs: body.slice(0, 2).concat(body.slice(-2)).map(fold),
    known: input.knownOutlets ?? [],
  });
  const located =
    input.place?.({
      title: title.source === 'page' ? fold(title.title) : null,
      paragraphs: body.map(fold),
      dateline: c.dateline ? fold(c.dateline) : null,
      credits: c.credits.map(fold),
      outlet: outlet?.outlet ?? null,
      filename: input.filename,
      site: c.removed.filter((r) => SITE_REASONS.has(r.reason)).map((r) => fold(despam(r.text))),
    }) ?? null;
  const place =
    located ??
    (input.place
      ? namedTownship(title.source === 'page' ? fold(title.title) : null, body.map(fold))
      : null);
  return {
    title,
    date,
    outlet,
    place,
  };
}
