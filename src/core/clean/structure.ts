/**
 * Steps 5 and 6 of the cleaning pipeline: separate the article from the page chrome that scrapers
 * saved around it, and split what remains into title, dateline, credits, captions and body blocks.
 *
 * Works line by line on text that has already been through the character-level steps (so
 * punctuation is full-width). The rules are generic — they describe how Chinese news and
 * government pages are laid out (chrome.ts holds the vocabulary), not particular files — so
 * imported articles get the same treatment as the bundled ones. Every removed or moved line is
 * kept with its reason: nothing disappears without a record the reader can inspect.
 *
 * Three phases: the head (before the first line of prose: site header, breadcrumb, headline,
 * stamps, tool bars), the body, and trailers (related lists, copyright, share bars after the
 * article). A trailer ends where the article's prose resumes, so a share widget printed between
 * paragraphs never takes the paragraphs after it with it.
 */
import type { RemovedReason } from './chrome.ts';
import {
  gluedUrls,
  isMetadataLine,
  isSiteName,
  isSpamLine,
  lineChrome,
  spamTerms,
  trailerStart,
} from './chrome.ts';

export type { RemovedReason } from './chrome.ts';

export interface RemovedLine {
  /** 0-based line number in the normalised source text. */
  line: number;
  text: string;
  reason: RemovedReason;
}

export type BlockKind = 'paragraph' | 'heading';

export interface Block {
  kind: BlockKind;
  text: string;
}

export interface StructuredArticle {
  /** The headline as found in the text (first occurrence), if any. */
  headline: string | null;
  /** A line such as “——鳳臺縣城關鎮疫情防控攻堅戰見聞” printed under or instead of the headline. */
  subtitle: string | null;
  /** Date/source line (“21-11-08 16:50 来源：…”) or wire-style lead (“臨汾新聞網訊”). */
  dateline: string | null;
  /** Credit lines as printed: reporters, correspondents, editors, sources. */
  credits: string[];
  /** Photo captions, kept as captions. */
  captions: string[];
  blocks: Block[];
  removed: RemovedLine[];
  /** True when the page's own date stamp is printed right under the headline (a unit). */
  headlineStamped: boolean;
}

export interface StructureHints {
  /** The known title (from curated metadata); lines repeating it are dropped as duplicates. */
  title?: string;
  /** A column label that may precede the title, e.g. 甘快看·疫情防控甘肃在行动. */
  column?: string | null;
  /** Outlet names that may stand alone on a line as a masthead. */
  outletNames?: string[];
  /** Folds to canonical Simplified, so a title repeated in the other script is a repeat. */
  fold?: (s: string) => string;
}

/** Ends like a sentence: final punctuation, optionally inside a closing quote or bracket. */
const SENTENCE_END = /[。！？；…][”」』）)]?$/u;
const HAS_SENTENCE_PUNCT = /[。！？；]/u;
const HAN = /\p{Script=Han}/u;
const hanCount = (s: string): number => {
  let n = 0;
  for (const c of s) if (HAN.test(c)) n++;
  return n;
};

/** A dateline printed on its own line: a date first, a publication label, an outlet and a date. */
const DATELINE =
  /^(?:[©Ⓒ]?\s*(?:原创|原創|转载|轉載)?\s*\d{2,4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|(?:发布时间|發佈時間|發布時間|发布日期|發佈日期|發布日期|发表时间|發表時間|发稿时间|發稿時間|发文时间|時間|时间|日期|更新时间|更新時間)\s*[:：]|\p{Script=Han}{2,12}\s+\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2})/u;

/**
 * A wire-style lead at the start of the first paragraph: an outlet, perhaps a place and a date,
 * then 讯 (`中乡网安徽讯`, `红网时刻永州1月30日讯`, `乌鲁木齐晚报全媒体讯`) or a date then 电
 * (`中新网长沙1月26日电`, `新华社北京1月2日电`).
 */
const LEAD_DATELINE =
  /^((?:[\p{Script=Han}A-Za-z·（）()、.]{1,40}?(?:网|網|报|報|台|社|中心|媒体|媒體|新闻|新聞|在线|在線|客户端|融媒|之声|之聲|时刻|時刻))(?:[\p{Script=Han}\d·]{0,14}?\d{1,2}月\d{1,2}日(?:电|電)|(?:[\p{Script=Han}\d月日·、]|\([A-Za-z0-9.]+\)){0,24}?(?:讯|訊))|[\p{Script=Han}]{2,12}(?:报道|報道)(?=[（(])|【[^】]{2,12}】(?=[（(]))[：:]?[\s\u3000]*/u;

/** A credit line: reporters, correspondents, editors, photographers, sources. */
const CREDIT_WORDS =
  '初审|初審|复审|複審|终审|終審|一审|二审|三审|值班编辑|值班編輯|网络编辑|網絡編輯|本期编辑|本期編輯|美编|美編|制作|製作|策划|策劃|特约通讯员|特約通訊員|通讯员|通訊員|总台记者|總臺記者|总台央视记者|见习记者|見習記者|记者|記者|责任编辑|責任編輯|责编|責編|编辑|編輯|编审|編審|审核|審核|审校|審校|校对|校對|签发|簽發|组稿|組稿|供图|供圖|供稿|摄影|攝影|摄像|攝像|撰稿|主编|主編|监制|監製|来源于|來源於|稿件来源|稿件來源|信息来源|信息來源|来源|來源|源自|作者|文\\/图|文\\/圖|图\\/文|圖\\/文|文\\/|图\\/|圖\\/';
const CREDIT_LINE = new RegExp(
  `^[（(【[]?\\s*(?:[\\p{Script=Han}]{1,12}?(?:网|網|报|報|台|社|中心|融媒|在线|在線|新闻|新聞|客户端|客戶端)|[\\p{Script=Han}]{2,8}·[\\p{Script=Han}]{2,8}?)?(?:${CREDIT_WORDS})\\s*[\\s、：:／/《]`,
  'u',
);
/** A credit run in at the end of a paragraph: `…成果。（记者 张昌涛 …）`, `【编辑：张燕玲】`. */
const TRAILING_CREDIT = new RegExp(
  `[\\s\\u3000]*[（(【]\\s*((?:[\\p{Script=Han}]{0,12}?)(?:${CREDIT_WORDS})[^（）()【】]*)[）)】]\\s*$`,
  'u',
);
/** Names alone in brackets: `（常奇 蔡彦）`, `（刘建国）` — the reporters, at the end of a report. */
const NAMES_IN_BRACKETS =
  /[（(]\s*(\p{Script=Han}{2,4}(?:[\s、，]+\p{Script=Han}{2,4}){0,5})\s*[）)]$/u;
/** A credit naming a unit and its part: `某乡党政办 图文`, `某某 供图`. */
const UNIT_CREDIT =
  /^(?:[\p{Script=Han}]{2,8}(?:电视台|電視台|台|报|報|网|網|社)\s+\p{Script=Han}{2,4}(?:\s+\p{Script=Han}{2,4})*|[\p{Script=Han}]{2,8}·[\p{Script=Han}]{2,8}?(?:见习记者|見習記者|记者|記者|通讯员|通訊員)\p{Script=Han}{2,4}|[\p{Script=Han}]{2,14}(?:融媒体中心|融媒體中心|新闻中心|新聞中心|电视台|電視台|报社|報社)\s*[:：]\s*\p{Script=Han}{2,4}(?:\s+\p{Script=Han}{2,4})*|[\p{Script=Han}·]{2,16}\s+(?:图文|圖文|文图|文圖|供图|供圖|供稿|摄|攝|摄影|攝影)|(?:视频制作|視頻製作|视频|視頻|摄像|攝像|剪辑|剪輯|配音|后期|後期)\s*\p{Script=Han}{2,4}(?:\s+\p{Script=Han}{2,4})*)$/u;
/**
 * Credits run in at the end of the last paragraph without brackets: `…30户。 记者：方某 程某
 * 来源：某县融媒体中心 责任编辑：冷某 / 编审：严某`. They start after a finished sentence with a
 * credit label and a colon, and are made of such fields.
 */
const RUN_IN_CREDITS = new RegExp(
  `(?<=[。！？”」])[\\s\\u3000|｜]*((?:${CREDIT_WORDS})\\s*[:：][^。！？]{1,120})$`,
  'u',
);
const CREDIT_LABEL = new RegExp(`(?:${CREDIT_WORDS})\\s*[:：]`, 'gu');
/** A photographer's credit closing a line: `… 熊其雨 摄`, `王云波 摄`. */
const PHOTO_CREDIT =
  /[\s\u3000]+(\p{Script=Han}{2,4}(?:[\s、]+\p{Script=Han}{2,4}){0,3}\s*(?:摄|攝|摄影|攝影))$/u;
/**
 * A credit in brackets after a wire lead: `（记者 景泊）`, `(黄绍玲 文/图)`, `（通讯员 罗米娜）`. A
 * run-in byline (`張維、桂英傑攝影報道：…`) is part of the lead sentence and stays in it.
 */
const LEAD_CREDIT = new RegExp(
  `^[（(]\\s*((?:${CREDIT_WORDS})?[^（）()]{1,30}?)\\s*[）)]\\s*`,
  'u',
);
/** Empty tool labels a stamp line ends with: `字号：`, `字体：[ ]`, `浏览次数：`, `阅读：1522`. */
const STAMP_TAIL =
  /(?:\s*[【[]?(?:字号|字號|字体|字體|浏览次数|瀏覽次數|阅读次数|閱讀次數|阅读量|閱讀量|浏览量|瀏覽量|点击数|點擊數|点击量|访问量|訪問量|访问次数|訪問次數|打印|关闭|關閉|收藏|分享到)\s*[:：]?\s*[[【]?[\s大中小T|]*[\]】]?\s*[-\d]*)+$/u;
/** A stamp whose 来源 runs into the first sentence: `…来源：某某广播电视台为打赢…`. */
const STAMP_RUN_ON =
  /^(.{0,40}?(?:来源|來源)[:：]\s*[\p{Script=Han}]{2,16}?(?:电视台|電視臺|電視台|广播电视台|廣播電視臺|融媒体中心|融媒體中心|新闻网|新聞網|日报|日報|网|網|报|報|台|臺|社))(\p{Script=Han}.{20,})$/u;
/** A document's own title (关于…的通知) and its number (〔2021〕5号, 2022年第16号). */
const DOC_TITLE =
  /^(?:关于|關於|关於).{2,60}(?:通知|通告|公告|意见|意見|决定|決定|方案|办法|辦法|倡议书|倡議書|公开信|公開信|的信)$/u;
const DOC_NUMBER = /(?:[〔[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d+\s*号|第\s*\d+\s*[号號])\s*[)）]?$/u;
/** A site's column name standing alone above the article: 政府信息公开, 乡镇动态, 通知公告 … */
const COLUMN_LABEL =
  /^(?:政府信息公开|政府信息公開|信息公开|信息公開|政务公开|政務公開|通知公告|公示公告|工作动态|工作動態|乡镇动态|鄉鎮動態|部门动态|部門動態|基层动态|基層動態|新闻中心|新聞中心|本地新闻|本地新聞|时政要闻|時政要聞|今日要闻|今日要聞|要闻|要聞|新闻动态|新聞動態|最新动态|最新動態|图片新闻|圖片新聞|疫情防控|防疫专题|防疫專題|专题专栏|專題專欄)$/u;
/** An outlet's byline glued to the first sentence, before a date or a quotation. */
const LEAD_BYLINE =
  /^((?:[\p{Script=Han}]{2,10}(?:报|報|网|網|台|社))(?:·[\p{Script=Han}]{2,8}?)?(?:见习记者|見習記者|记者|記者|通讯员|通訊員)\p{Script=Han}{2,3})(?=\d{1,2}月|[“「])/u;
/** A numbered section heading (一、…, （二）…, 3. …): never a headline. */
const ENUMERATION =
  /^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.]\s*\D)/u;
const TITLE_LABEL = /^(?:原标题|原標題|标题|標題)\s*[:：]\s*/u;
const SUMMARY_LABEL = /^(?:核心提示|内容提要|內容提要|摘要|导读|導讀)\s*[:：]\s*/u;
const BULLET = /^[•·●◆■▪◇□►▶※\u2022\u25cf]\s*/u;

const compact = (s: string): string => s.replace(/[\s\u3000]+/gu, '');
/** Credit lines keep their spacing between names, as ordinary spaces (pages use NBSP or U+3000). */
const spaced = (s: string): string => s.replace(/[\s\u00a0\u3000]+/gu, ' ').trim();

/** Strip a “湖南日报|” site prefix and a 【column】 prefix, for comparing a line with the title. */
function titleCore(line: string): string {
  return compact(line)
    .replace(TITLE_LABEL, '')
    .replace(/^[^|｜]{1,12}[|｜]/u, '')
    .replace(/^【[^】]*】/u, '');
}

/** Collapse spaces that scrapers leave between Chinese characters (“屏 障”, “。 一場”). */
export function collapseCjkSpaces(s: string): string {
  const cjk = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’《》【】…—\\ufffd';
  const re = new RegExp(`(?<=[${cjk}])[ \\t\\u00a0\\u3000]+(?=[${cjk}])`, 'gu');
  return s.replace(re, '');
}

/** A line that reads as running prose (so the body has begun). */
function isProse(line: string): boolean {
  if (HAS_SENTENCE_PUNCT.test(line) || [...line].length > 60) return true;
  return (line.match(/[，,]/gu)?.length ?? 0) >= 2 && hanCount(line) >= 25;
}

/**
 * Before the body, a line ending with a colon opens the text (`广大市民朋友们：`), and a headline may hold an exclamation or a question inside it (`这个小区真暖！邻里
 * 互助…`): a short line whose only sentence mark is one ！ or ？ inside it is not yet prose.
 */
function isHeadProse(line: string): boolean {
  // A salutation or an announcement's lead-in ends with a colon: the text begins there.
  if (/[：:]$/u.test(line) && hanCount(line) >= 4) return true;
  if (!isProse(line)) return false;
  const marks = line.match(/[。！？；]/gu) ?? [];
  const single = marks.length === 1 && /[！？]/u.test(marks[0] ?? '');
  // `…真暖！邻里互助…` (inside), or `平阳一镇发布防疫通告：今年取消！` (a short line closing on it).
  const inner = single && !SENTENCE_END.test(line) && [...line].length <= 40;
  const closing = single && /[！？]$/u.test(line) && [...line].length <= 30;
  return !(inner || closing);
}

/** Short line without sentence punctuation at its end: a heading inside the body. */
function isHeadingLike(line: string): boolean {
  return [...line].length <= 30 && !SENTENCE_END.test(line);
}

/** Could this line before the body be the page's headline? */
function headlineCandidate(line: string): boolean {
  const bare = line.replace(TITLE_LABEL, '');
  return (
    [...compact(bare)].length >= 6 &&
    hanCount(bare) >= 4 &&
    !ENUMERATION.test(bare) &&
    !DATELINE.test(bare) &&
    !isMetadataLine(bare)
  );
}

/**
 * Split cleaned text into the parts of a news article. Pure; the input's line numbers are kept in
 * `removed` so a reader can see exactly which source lines were set aside and why.
 */
export function structureArticle(text: string, hints: StructureHints = {}): StructuredArticle {
  const lines = text.split('\n').map((l) => l.trim());
  const out: StructuredArticle = {
    headline: null,
    subtitle: null,
    dateline: null,
    credits: [],
    captions: [],
    blocks: [],
    removed: [],
    headlineStamped: false,
  };
  /** Source lines of the headline and of the dateline stamp (-1: none). */
  let headLine = -1;
  let stampLine = -1;
  const fold = hints.fold ?? ((s: string) => s);
  const outlets = (hints.outletNames ?? []).map(compact).filter(Boolean);
  const knownTitle = hints.title ? compact(hints.title) : null;
  /** Source line of each block, and its text before spaces were collapsed, for the post-passes. */
  const blockLines: number[] = [];
  const blockRaw: string[] = [];
  const seenBlocks = new Map<string, number>();
  let phase: 'head' | 'body' | 'trailer' = 'head';
  const pendingSummary: { n: number; text: string }[] = [];
  let pendingHead: { line: string; n: number }[] = [];
  const remove = (n: number, line: string, reason: RemovedReason): void => {
    out.removed.push({ line: n, text: line, reason });
  };

  const sameAsTitle = (line: string): boolean => {
    const core = titleCore(line);
    if ([...core].length < 4) return false;
    if (knownTitle) return core === knownTitle || knownTitle.includes(core);
    if (out.headline === null) return false;
    const head = titleCore(out.headline);
    return core === head || fold(core) === fold(head);
  };

  const pushBlock = (n: number, raw: string, kind?: BlockKind): void => {
    let line = raw;
    const spam: string[] = [];
    const credits: string[] = [];
    for (const u of gluedUrls(line).reverse()) {
      // An injected link comes with its anchor text at the head of the line (`某某出诊的医院
      // http://…为贯彻…`): a short unpunctuated stretch before it goes with it.
      const before = line.slice(0, u.start);
      const start =
        before.length <= 20 && !/[，。！？、；：,.!?;:]/u.test(before) && u.start > 0 ? 0 : u.start;
      spam.push(line.slice(start, u.end).trim());
      line = line.slice(0, start) + line.slice(u.end);
    }
    const photo = PHOTO_CREDIT.exec(line);
    if (photo?.[1] && photo.index > 0) {
      credits.push(spaced(photo[1]));
      line = line.slice(0, photo.index);
    }
    const credit = TRAILING_CREDIT.exec(line);
    if (credit?.[1] && credit.index > 0) {
      credits.unshift(spaced(credit[1]));
      line = line.slice(0, credit.index);
    }
    const runIn = RUN_IN_CREDITS.exec(line);
    if (runIn?.[1] && runIn.index > 0) {
      const fields = runIn[1].match(CREDIT_LABEL)?.length ?? 0;
      if (fields >= 2 || Array.from(runIn[1]).length <= 30) {
        credits.unshift(spaced(runIn[1]));
        line = line.slice(0, runIn.index);
      }
    }
    const text = collapseCjkSpaces(line);
    const key = fold(compact(text));
    if (hanCount(text) >= 8 && seenBlocks.has(key)) {
      // A paragraph printed twice is kept once; the repeat, credits and all, is on record.
      remove(n, raw, 'duplicate-paragraph');
      return;
    }
    for (const u of spam) remove(n, u, 'spam');
    for (const c of credits) out.credits.push(c);
    if (text === '') return;
    seenBlocks.set(key, out.blocks.length);
    out.blocks.push({ kind: kind ?? (isHeadingLike(text) ? 'heading' : 'paragraph'), text });
    blockLines.push(n);
    blockRaw.push(line);
  };

  /**
   * A wire lead opening one of the first paragraphs: it becomes the dateline (unless the page's
   * stamp already is), and a bracketed credit right after it goes to the credits.
   */
  const takeLead = (line: string): string => {
    // A byline glued to the first sentence: `某某报·某某财立方见习记者赵某1月27日，…`.
    const byline = LEAD_BYLINE.exec(line);
    if (byline?.[1]) {
      out.credits.push(spaced(byline[1]));
      return line.slice(byline[0].length);
    }
    const lead = LEAD_DATELINE.exec(line);
    if (!lead?.[1] || lead[0].length >= line.length) return line;
    let rest = line.slice(lead[0].length);
    const credit = LEAD_CREDIT.exec(rest);
    if (credit?.[1]) {
      out.credits.push(spaced(credit[1]));
      rest = rest.slice(credit[0].length);
    }
    if (out.dateline === null) {
      out.dateline = lead[1];
      return rest;
    }
    return credit ? `${lead[0]}${rest}` : line;
  };

  /** The body begins at `line`: the held-back head lines become headline, captions or labels. */
  const beginBody = (): void => {
    phase = 'body';
    const guess =
      hints.title || out.headline !== null
        ? -1
        : pendingHead.findIndex((h) => headlineCandidate(h.line));
    // Many short lines before the first sentence are not captions but text broken into lines
    // (a transcript, a page that lost its punctuation): they stay text, in order.
    const broken = !hints.title && pendingHead.length > 7;
    pendingHead.forEach((h, i) => {
      if (broken && i !== guess && !sameAsTitle(h.line)) {
        pushBlock(h.n, h.line);
        return;
      }
      // A notice reposted under a page headline opens with its own title and number: text.
      if (
        i !== guess &&
        (DOC_TITLE.test(h.line) || DOC_NUMBER.test(h.line)) &&
        (out.headline !== null || guess >= 0 || i > 0)
      ) {
        pushBlock(h.n, h.line, 'heading');
        return;
      }
      if (i === guess) {
        out.headline = h.line;
        headLine = h.n;
      } else if (
        hanCount(h.line) <= 5 &&
        !HAS_SENTENCE_PUNCT.test(h.line) &&
        [...h.line].length <= 8
      )
        remove(h.n, h.line, 'label');
      else if (sameAsTitle(h.line)) remove(h.n, h.line, 'duplicate-title');
      else out.captions.push(h.line);
    });
    pendingHead = [];
  };

  lines.forEach((rawLine, n) => {
    if (rawLine === '') return;
    let line = rawLine.replace(BULLET, '').trim();
    if (line === '') return;
    if (!isSpamLine(line)) {
      // A gambling brand injected into a sentence or a byline: it goes, on record; the rest stays.
      for (const t of spamTerms(line).reverse()) {
        remove(n, t.text, 'spam');
        line = (line.slice(0, t.start) + line.slice(t.end)).trim();
      }
      if (line === '') return;
    }

    if (phase === 'trailer') {
      remove(n, rawLine, trailerStart(line) ?? lineChrome(line) ?? 'after-article');
      return;
    }
    const starts = trailerStart(line);
    if (starts) {
      // At the top of a page these are tool bars and sidebars, not the end of the article.
      if (phase === 'body') phase = 'trailer';
      remove(n, rawLine, starts);
      return;
    }
    if (TITLE_LABEL.test(line)) {
      if (out.headline === null && !knownTitle) {
        out.headline = line;
        headLine = n;
      } else if (sameAsTitle(line) || (knownTitle && titleCore(line) === knownTitle))
        remove(n, rawLine, 'duplicate-title');
      else if (out.headline === null) {
        out.headline = line;
        headLine = n;
      } else remove(n, rawLine, 'metadata');
      return;
    }
    const chrome = lineChrome(line);
    if (chrome && chrome !== 'metadata') {
      if (chrome === 'breadcrumb' && phase === 'head') {
        // What stands above a breadcrumb is the site's header (its name, a region), not the article.
        for (const h of pendingHead) remove(h.n, h.line, 'site-header');
        pendingHead = [];
      }
      remove(n, rawLine, chrome);
      return;
    }
    if (isSpamLine(line)) {
      remove(n, rawLine, 'spam');
      return;
    }
    if (sameAsTitle(line)) {
      if (out.headline === null && phase === 'head') {
        out.headline = line;
        headLine = n;
      } else remove(n, rawLine, 'duplicate-title');
      return;
    }
    const bare = line.replace(/^[（(【[]\s*|\s*[）)】\]]$/gu, '');
    if (CREDIT_LINE.test(line) && !isProse(bare)) {
      out.credits.push(spaced(bare));
      return;
    }
    if (
      /^[（(]\s*\p{Script=Han}{2,4}(?:[\s、，]+\p{Script=Han}{2,4}){0,5}\s*[）)]$/u.test(line) ||
      UNIT_CREDIT.test(line)
    ) {
      out.credits.push(spaced(bare));
      return;
    }
    if (phase === 'head') {
      if (outlets.includes(compact(line))) {
        remove(n, rawLine, 'masthead');
        return;
      }
      if (COLUMN_LABEL.test(line)) {
        remove(n, rawLine, 'label');
        return;
      }
      // A site's name alone above the article: 某某县融媒体中心, 某某论坛, 某某新闻网乡镇融.
      if (isSiteName(line)) {
        remove(n, rawLine, 'site-header');
        return;
      }
      const runOn = DATELINE.test(line) && isProse(line) ? STAMP_RUN_ON.exec(line) : null;
      if (runOn?.[1] && runOn[2] && out.dateline === null) {
        // `时间：… 来源：某某电视台为打赢…`: the stamp and the first sentence on one line.
        out.dateline = runOn[1].trim();
        stampLine = n;
        beginBody();
        pushBlock(n, runOn[2]);
        return;
      }
      if (DATELINE.test(line) && !isProse(line)) {
        // Empty tool labels at its end (字号：, 浏览次数：) go, on record.
        const tail = STAMP_TAIL.exec(line)?.[0].trim();
        if (tail) remove(n, tail, 'metadata');
        const dateline = line.replace(STAMP_TAIL, '').replace(/[\s|｜]+$/u, '');
        // A second dateline is never dropped silently: a repeat is recorded as removed, a
        // different one (often with 来源/编辑) is kept with the credits.
        if (out.dateline === null) {
          out.dateline = dateline;
          stampLine = n;
        } else if (out.dateline === dateline) remove(n, rawLine, 'duplicate-dateline');
        else out.credits.push(spaced(dateline));
        return;
      }
      if (chrome === 'metadata' || !HAN.test(line)) {
        remove(n, rawLine, 'metadata');
        return;
      }
      if (/^——/u.test(line) && out.subtitle === null && !isProse(line)) {
        out.subtitle = line;
        return;
      }
      if (SUMMARY_LABEL.test(line)) {
        remove(n, (SUMMARY_LABEL.exec(line)?.[0] ?? '').trim(), 'summary');
        pendingSummary.push({ n, text: line.replace(SUMMARY_LABEL, '') });
        return;
      }
      if (!isHeadProse(line)) {
        pendingHead.push({ line, n });
        return;
      }
      beginBody();
    } else if (chrome === 'metadata') {
      remove(n, rawLine, 'metadata');
      return;
    }
    if (out.blocks.length < 2) line = takeLead(line);
    pushBlock(n, line);
  });
  if (phase === 'head') {
    // No prose at all: whatever was held back is the text.
    const held = pendingHead;
    pendingHead = [];
    if (out.headline === null && !knownTitle) {
      const i = held.findIndex((h) => headlineCandidate(h.line));
      if (i >= 0 && held.length > 1) {
        out.headline = held[i]?.line ?? null;
        held.splice(i, 1);
      }
    }
    for (const h of held) pushBlock(h.n, h.line, 'paragraph');
  }
  out.headlineStamped = headLine >= 0 && stampLine > headLine;
  resolveSummary(out, blockLines, blockRaw, pendingSummary);
  trailingNames(out, blockRaw);
  trailingTags(out, blockLines, blockRaw);
  return out;
}

/**
 * A 核心提示 summary that repeats the body (sites print the first paragraph twice) is recorded as
 * removed; one that says something of its own opens the body.
 */
function resolveSummary(
  out: StructuredArticle,
  blockLines: number[],
  blockRaw: string[],
  summaries: readonly { n: number; text: string }[],
): void {
  const kept: { n: number; text: string }[] = [];
  for (const s of summaries) {
    const key = compact(s.text);
    const repeated =
      out.blocks.some((b) => compact(b.text).includes(key)) ||
      kept.some((k) => compact(k.text) === key);
    if (repeated) out.removed.push({ line: s.n, text: s.text, reason: 'duplicate-paragraph' });
    else kept.push(s);
  }
  for (const s of kept.reverse()) {
    out.blocks.unshift({ kind: 'paragraph', text: collapseCjkSpaces(s.text) });
    blockLines.unshift(s.n);
    blockRaw.unshift(s.text);
  }
}

/** A unit's name in brackets closing a report: `（市中区安办）`, `（某县融媒体中心）`. */
const UNIT_IN_BRACKETS =
  /[（(]\s*(\p{Script=Han}{2,10}(?:办|辦|局|委|部|中心|站|所|院|组|組|队|隊|会|會|社|台|臺|报|報|网|網|办公室|辦公室))\s*[）)]$/u;

/** Not names: what a report may close with in brackets. */
const NOT_NAMES =
  /^(完|待续|待續|未完待续|未完待續|续|續|全文完|图|圖|摄|攝|图文|圖文|转载|轉載|原创|原創)$/u;

/**
 * `（常奇 蔡彦）` closing the last paragraph, after its last sentence: the reporters' names, a
 * credit. Judged on the paragraph as printed, before spaces between Han were collapsed (names are
 * separated by spaces).
 */
function trailingNames(out: StructuredArticle, blockRaw: string[]): void {
  const last = out.blocks.length - 1;
  const block = out.blocks[last];
  const raw = blockRaw[last];
  if (!block || raw === undefined) return;
  const m = NAMES_IN_BRACKETS.exec(raw) ?? UNIT_IN_BRACKETS.exec(raw);
  if (!m?.[1] || m.index === 0 || NOT_NAMES.test(m[1])) return;
  const before = raw.slice(0, m.index).trimEnd();
  if (!SENTENCE_END.test(before)) return;
  out.credits.push(spaced(m[1]));
  block.text = collapseCjkSpaces(before);
  block.kind = isHeadingLike(block.text) ? 'heading' : 'paragraph';
  blockRaw[last] = before;
}

/** A run of one-word lines closing the page (宣传 / 广播 / 喇叭 …) is its tag list. */
function trailingTags(out: StructuredArticle, blockLines: number[], blockRaw: string[]): void {
  let start = out.blocks.length;
  while (start > 0) {
    const b = out.blocks[start - 1];
    if (!b || hanCount(b.text) > 4 || [...b.text].length > 5 || /[，。！？、；：]/u.test(b.text))
      break;
    start--;
  }
  if (out.blocks.length - start < 4) return;
  for (let i = start; i < out.blocks.length; i++) {
    out.removed.push({
      line: blockLines[i] ?? -1,
      text: out.blocks[i]?.text ?? '',
      reason: 'tags',
    });
  }
  out.blocks.splice(start);
  blockLines.splice(start);
  blockRaw.splice(start);
}
