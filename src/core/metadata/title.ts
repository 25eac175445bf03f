/**
 * The title of an imported article: the page's own headline when it has one, else the first
 * clause of the first sentence (marked as guessed from it), else the file name.
 *
 * A headline line found by the structure step is cleaned of what sites wrap around it — the site
 * name glued on (`…_金溪县人民政府`, `…－人民网`, `…金溪县人民政府金溪县人民政府`), `原标题：` and
 * `标题：` labels, a 【column】, a leading stamp (`02.02 `), table pipes — and must belong to the
 * text: a line that shares no words with the body is an injected or unrelated headline (a
 * sidebar's, an SEO page's), not this article's.
 */

import { isSiteName } from '../clean/chrome.ts';

export type TitleSource = 'page' | 'first-sentence' | 'file-name';

export interface TitleGuess {
  title: string;
  source: TitleSource;
}

const HAN = /\p{Script=Han}/u;
const hanCount = (s: string): number => {
  let n = 0;
  for (const c of s) if (HAN.test(c)) n++;
  return n;
};

/** Words that end a site or organisation name glued to a headline. */
const SITE_TAIL =
  '(?:人民政府|政府网|政府網|门户网站|門戶網站|网站|網站|网|網|新闻|新聞|日报|日報|晚报|晚報|报|報|在线|在線|融媒|客户端|频道|頻道|电视台|電視台|广播电视台|廣播電視台|政务网|政務網)';
/** `标题_站名`, `标题－站名`, `标题 | 站名`, `标题——站名网` — the separator and a site name at the end. */
const SITE_SUFFIX = new RegExp(
  `\\s*(?:[_｜|]|\\s[-－—–]\\s|[-－])\\s*[\\p{Script=Han}A-Za-z0-9·（）()]{2,24}?${SITE_TAIL}\\s*$`,
  'u',
);

/**
 * The site's name glued twice after a headline (`…某县人民政府某县人民政府`). Glued once and
 * without a separator, where the site's name begins cannot be told from the text alone, so the
 * headline is left as it is.
 */
function stripDoubledSite(title: string): string {
  const doubled = new RegExp(`^(.*?)([\\p{Script=Han}]{2,12}?${SITE_TAIL})\\2$`, 'u').exec(title);
  return doubled?.[1] && hanCount(doubled[1]) >= 6 ? doubled[1] : title;
}

/** A headline line as printed → the title as a reader would cite it. */
export function cleanHeadline(line: string): string {
  let t = line.trim();
  t = t.replace(/^(?:原标题|原標題|标题|標題|题目|題目)\s*[:：]\s*/u, '');
  t = t.replace(/\s*(?:[|｜]\s*)+$/u, ''); // table pipes: `标题 | |||`
  t = t.replace(
    /\s*[[【]\s*(?:打印本页|打印本頁|打印|关闭|關閉|关闭窗口|收藏|复制链接)\s*[\]】]$/u,
    '',
  ); // a tool link
  t = t.replace(/[，,]\s*第\s*\d+\s*[张張页頁]$/u, ''); // a gallery's `，第1张`
  t = t.replace(/(?<=\p{Script=Han}|[”」》）)])\s*(?:\d{4}[-./])?\d{1,2}[./]\d{1,2}$/u, ''); // `…一封信12.28`
  t = t.replace(/^\d{1,2}[.．/]\d{1,2}\s+/u, ''); // `02.02 标题`: a list stamp
  t = t.replace(/^【([^】]+)】$/u, '$1'); // the whole line in 【】
  t = t.replace(/^[^|｜]{1,12}[|｜]\s*/u, ''); // `湖南日报|标题`
  t = t.replace(/^【[^】]*】\s*(?=\S)/u, ''); // a 【column】 before the headline
  t = t.replace(/\s*<\/?[a-z][^>]*>\s*/giu, ''); // `原标题：…</p>`
  t = t.replace(SITE_SUFFIX, '');
  t = stripDoubledSite(t);
  return t.trim();
}

/** Character bigrams of the Han text of `s`. */
function bigrams(s: string): Set<string> {
  const han = Array.from(s).filter((c) => HAN.test(c));
  const out = new Set<string>();
  for (let i = 0; i + 1 < han.length; i++) out.add(`${han[i]}${han[i + 1]}`);
  return out;
}

/**
 * True when a headline belongs to the body: it shares at least two words' worth of bigrams with
 * it, or a fifth of its own. `fold` makes a Simplified headline meet a Traditional body.
 */
export function headlineFitsBody(headline: string, body: string): boolean {
  const h = bigrams(headline);
  if (h.size === 0) return false;
  const b = bigrams(body);
  let shared = 0;
  for (const g of h) if (b.has(g)) shared++;
  return shared >= 2 || shared / h.size >= 0.2;
}

/** Openings that are only a time or a transition, not the subject of the sentence. */
const TIME_CLAUSE =
  /^(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}[日号])?(?:[上下中]午|早上|晚上|凌晨|傍晚|夜里|一大早|早晨)?(?:\d{1,2}[点時时:：]\d{0,2}分?)?(?:许|多|左右)?$|^(?:近日|日前|连日来|連日來|近期|目前|当前|當前|今年以来|今年以來|自.{0,12}以来|自.{0,12}以來|为此|為此|据悉|據悉|另外|同时|同時|此外|首先|其次|记者了解到|記者了解到)$/u;

const MAX_TITLE = 40;

/** The first clause of the first sentence that says something: the guessed title. */
export function firstSentenceTitle(paragraphs: readonly string[]): string | null {
  for (const p of paragraphs) {
    if (hanCount(p) < 8) continue; // a caption or a label, not the opening sentence
    const sentence = p.split(/[。！？!?]/u)[0] ?? '';
    const clauses = sentence
      .split(/[，,；;：:]/u)
      .map((c) => c.replace(/^[\s“”"'‘’「」『』（）()]+|[\s“”"'‘’「」『』（）()]+$/gu, '').trim())
      .filter(Boolean);
    const clause = clauses.find(
      (c) => hanCount(c) >= 6 && !TIME_CLAUSE.test(c.replace(/\s/gu, '')),
    );
    if (!clause) continue;
    const cps = Array.from(clause);
    return cps.length > MAX_TITLE ? `${cps.slice(0, MAX_TITLE - 1).join('')}…` : clause;
  }
  return null;
}

/**
 * A keyword heading made for search engines, not the article's title: the title repeated in
 * brackets with a word added (`X通知（X通知文件）`, `X（X全文）`).
 */
export function isSeoHeading(title: string): boolean {
  const m = /^(.{4,}?)[（(](.+)[）)]$/u.exec(title.replace(/\s+/gu, ''));
  return !!m?.[1] && !!m[2] && m[2].startsWith(m[1]);
}

/** The title, and how it was found. */
export function guessTitle(input: {
  headline: string | null;
  /** Other headline-like lines above the body (an injected headline may stand first). */
  alternatives?: readonly string[];
  paragraphs: readonly string[];
  filename: string;
  /** Folds a string to canonical Simplified, so a headline in one script meets a body in another. */
  fold?: (s: string) => string;
  /**
   * True when the page's own date stamp, trusted by the date guess, is printed under the
   * headline: headline and stamp are one unit of the page template, so the headline is the
   * page's even when it shares no words with the body (a roundup's 【各镇工作动态】).
   */
  stamped?: boolean;
}): TitleGuess {
  const fold = input.fold ?? ((s: string) => s);
  const body = fold(input.paragraphs.join('\n'));
  const candidates = [input.headline, ...(input.alternatives ?? [])].filter(
    (c): c is string => !!c,
  );
  for (const [i, line] of candidates.entries()) {
    const title = cleanHeadline(line);
    const ok =
      hanCount(title) >= 4 &&
      !isSeoHeading(title) &&
      !isSiteName(title) &&
      ((i === 0 && input.stamped) || headlineFitsBody(fold(title), body));
    if (ok) return { title, source: 'page' };
  }
  const first = firstSentenceTitle(input.paragraphs);
  if (first) return { title: first, source: 'first-sentence' };
  return { title: input.filename.replace(/\.[^.]+$/u, '') || input.filename, source: 'file-name' };
}
