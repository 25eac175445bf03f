/**
 * Steps 5 and 6 of the cleaning pipeline: separate the article from the page chrome that scrapers
 * saved around it, and split what remains into title, dateline, credits, captions and body blocks.
 *
 * Works line by line on text that has already been through the character-level steps (so
 * punctuation is full-width). The rules are generic — they describe how Chinese news pages are
 * laid out, not these five files — so imported articles get the same treatment. Every removed line
 * is kept with its reason: nothing disappears without a record the reader can inspect.
 */

/** Why a line is not part of the article body. */
export type RemovedReason =
  | 'breadcrumb'
  | 'masthead'
  | 'duplicate-title'
  | 'duplicate-dateline'
  | 'font-size'
  | 'share'
  | 'copyright'
  | 'related-list'
  | 'back-to-top'
  | 'follow-us'
  | 'ticker'
  | 'after-article';

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
}

export interface StructureHints {
  /** The known title (from curated metadata); lines repeating it are dropped as duplicates. */
  title?: string;
  /** A column label that may precede the title, e.g. 甘快看·疫情防控甘肃在行动. */
  column?: string | null;
  /** Outlet names that may stand alone on a line as a masthead. */
  outletNames?: string[];
}

/** Ends like a sentence: final punctuation, optionally inside a closing quote or bracket. */
const SENTENCE_END = /[。！？；…][”」』）)]?$/u;
const HAS_SENTENCE_PUNCT = /[。！？；]/u;

/** Once one of these starts a line, the rest of the page is chrome. */
const TRAILER_START: readonly [RegExp, RemovedReason][] = [
  [/^(版权声明|版權聲明|版权所有|版權所有|Copyright|©)/iu, 'copyright'],
  [
    /^(精彩推荐|精彩推薦|推荐阅读|推薦閱讀|相关文章|相關文章|相关阅读|相關閱讀|相关新闻|相關新聞|热点推荐|熱點推薦|延伸阅读|延伸閱讀)/u,
    'related-list',
  ],
  [/^(分享到|分享让更多人看到|分享讓更多人看到|分享至)/u, 'share'],
  [/^(关注我们|關注我們)/u, 'follow-us'],
  [/^(即时播报|即時播報|滚动新闻|滾動新聞)/u, 'ticker'],
  [/^(返回顶部|返回頂部|回到顶部|回到頂部)$/u, 'back-to-top'],
];

const LINE_CHROME: readonly [RegExp, RemovedReason][] = [
  [
    /^(您当前的位置|您當前的位置|当前位置|當前位置|您的位置|您现在的位置|您現在的位置)/u,
    'breadcrumb',
  ],
  [/(>>|＞＞|&gt;&gt;)/u, 'breadcrumb'],
  [/^(小字号|大字号|中字号|字号|字號)(\s*[大中小])*$/u, 'font-size'],
  ...TRAILER_START,
];

/** A dateline printed on its own line: “21-11-08 16:50 来源：…”, “2022年05月17日19:52 |”. */
const DATELINE =
  /^(\d{2,4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{0,2}[:：]?\d{0,2}|发布时间|發佈時間|发布日期|來源[:：]|来源[:：])/u;

/** A wire-style lead at the start of the first paragraph: “臨汾新聞網訊 ”, “新华社北京1月2日电 ”. */
const LEAD_DATELINE =
  /^(\p{Script=Han}{2,14}(?:讯|訊)|\p{Script=Han}{2,14}\d{1,2}月\d{1,2}日(?:电|電))[\s\u3000]+/u;

/** A credit line: reporters, correspondents, editors, photographers, sources. */
const CREDIT_LINE =
  /^[（(]?\s*(通讯员|通訊員|记者|記者|见习记者|見習記者|责任编辑|責任編輯|责编|責編|编辑|編輯|组稿|組稿|供图|供圖|摄影|攝影|来源|來源|作者|文\/|图\/|圖\/)[\s、：:／/]/u;

/** A parenthesised credit at the end of a paragraph: “…成果。（记者 张昌涛 …）”. */
const TRAILING_CREDIT =
  /[\s\u3000]*[（(]\s*((?:通讯员|通訊員|记者|記者|见习记者|見習記者|来源|來源|责编|責編|编辑|編輯)[^（）()]*)[）)]\s*$/u;

const compact = (s: string): string => s.replace(/[\s\u3000]+/gu, '');
/** Credit lines keep their spacing between names, as ordinary spaces (pages use NBSP or U+3000). */
const spaced = (s: string): string => s.replace(/[\s\u00a0\u3000]+/gu, ' ').trim();

/** Strip a “湖南日报|” site prefix and a 【column】 prefix, for comparing a line with the title. */
function titleCore(line: string): string {
  return compact(line)
    .replace(/^[^|｜]{1,12}[|｜]/u, '')
    .replace(/^【[^】]*】/u, '');
}

function isTitleLine(line: string, hints: StructureHints): boolean {
  if (!hints.title) return false;
  const title = compact(hints.title);
  const core = titleCore(line);
  if (core.length < 4) return false;
  return core === title || title.includes(core);
}

function chromeReason(line: string): RemovedReason | null {
  for (const [re, reason] of LINE_CHROME) if (re.test(line)) return reason;
  return null;
}

function trailerReason(line: string): RemovedReason | null {
  for (const [re, reason] of TRAILER_START) if (re.test(line)) return reason;
  return null;
}

/** A line that reads as running prose (so the body has begun). */
function isProse(line: string): boolean {
  return HAS_SENTENCE_PUNCT.test(line) || [...line].length > 60;
}

/** Short line without sentence punctuation at its end: a heading inside the body. */
function isHeadingLike(line: string): boolean {
  return [...line].length <= 30 && !SENTENCE_END.test(line);
}

/** Collapse spaces that scrapers leave between Chinese characters (“屏 障”, “。 一場”). */
export function collapseCjkSpaces(s: string): string {
  const cjk = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’《》【】…—\\ufffd';
  const re = new RegExp(`(?<=[${cjk}])[ \\t\\u00a0\\u3000]+(?=[${cjk}])`, 'gu');
  return s.replace(re, '');
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
  };
  const outlets = (hints.outletNames ?? []).map(compact).filter(Boolean);
  let inBody = false;
  let trailer: RemovedReason | null = null;
  const pendingHead: string[] = [];

  lines.forEach((line, n) => {
    if (line === '') return;
    if (trailer) {
      out.removed.push({ line: n, text: line, reason: trailerReason(line) ?? 'after-article' });
      return;
    }
    const startsTrailer = trailerReason(line);
    if (startsTrailer) {
      trailer = startsTrailer;
      out.removed.push({ line: n, text: line, reason: startsTrailer });
      return;
    }
    const chrome = chromeReason(line);
    if (chrome) {
      out.removed.push({ line: n, text: line, reason: chrome });
      return;
    }
    if (isTitleLine(line, hints)) {
      if (out.headline === null && !inBody) out.headline = line;
      else out.removed.push({ line: n, text: line, reason: 'duplicate-title' });
      return;
    }
    if (CREDIT_LINE.test(line) && !isProse(line.replace(/^[（(]|[）)]$/gu, ''))) {
      out.credits.push(spaced(line.replace(/^[（(]\s*|\s*[）)]$/gu, '')));
      return;
    }
    if (!inBody) {
      if (outlets.includes(compact(line))) {
        out.removed.push({ line: n, text: line, reason: 'masthead' });
        return;
      }
      if (DATELINE.test(line) && !isProse(line)) {
        const dateline = line.replace(/[\s|｜]+$/u, '');
        // A second dateline is never dropped silently: a repeat is recorded as removed, a
        // different one (often with 来源/编辑) is kept with the credits.
        if (out.dateline === null) out.dateline = dateline;
        else if (out.dateline === dateline)
          out.removed.push({ line: n, text: line, reason: 'duplicate-dateline' });
        else out.credits.push(spaced(dateline));
        return;
      }
      if (/^——/u.test(line) && out.subtitle === null && !isProse(line)) {
        out.subtitle = line;
        return;
      }
      if (!isProse(line)) {
        pendingHead.push(line);
        return;
      }
      inBody = true;
      // Short lines before the body that are neither title nor dateline: with a known title they
      // are photo captions; without one, the first is the page's own headline.
      // A site name standing alone (人民网) is too short to be a headline.
      const guess =
        hints.title || out.headline !== null
          ? -1
          : pendingHead.findIndex((h) => [...h].length >= 6);
      pendingHead.forEach((h, i) => {
        if (i === guess) out.headline = h;
        else out.captions.push(h);
      });
      const lead = LEAD_DATELINE.exec(line);
      if (lead && out.dateline === null) {
        out.dateline = lead[1] ?? null;
        line = line.slice(lead[0].length);
      }
    }
    const credit = TRAILING_CREDIT.exec(line);
    if (credit?.[1] && credit.index > 0) {
      out.credits.push(spaced(credit[1]));
      line = line.slice(0, credit.index);
    }
    const text = collapseCjkSpaces(line);
    out.blocks.push({ kind: isHeadingLike(text) ? 'heading' : 'paragraph', text });
  });
  if (!inBody) {
    // No prose at all: whatever was held back is the text.
    for (const h of pendingHead) out.blocks.push({ kind: 'paragraph', text: collapseCjkSpaces(h) });
  }
  return out;
}
