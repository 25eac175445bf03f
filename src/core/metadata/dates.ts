/**
 * The date of an article, from the places a Chinese news page prints it — and only from those.
 *
 * Pages carry several dates: the page's own stamp under the headline (`2022-03-28 10:20`,
 * `发布时间：2020-02-08`, `閩南日報 2022-04-06 09:18`), a wire lead's 月日 (`1月30日讯`), a notice's
 * signature at its end (`…指挥部2022年10月8日`), dates of events inside the text (a testing day, a
 * meeting), and the stamps of the site that reposted it (`更新时间：…`). They are tried in that
 * order of trust; a repost stamp only bounds the date (month precision), and a 月日 without a
 * year is used only with a year the text itself gives, marked as inferred. A date is never made
 * up from a day and month alone.
 */

export type DatePrecision = 'day' | 'month';

/** Where a date came from, for the reader's "how we know" note. */
export type DateSource =
  /** The page's own stamp: a dateline under the headline, 发布时间, a metadata line. */
  | 'dateline'
  /** The signature date at the end of a notice or letter. */
  | 'signature'
  /** A full date in the opening of the text. */
  | 'text'
  /** The text's year with the 月日 of the dateline or the lead. */
  | 'inferred'
  /** A repost or update stamp (更新时间): the month only. */
  | 'repost-stamp';

export interface DateGuess {
  /** `YYYY-MM-DD` or `YYYY-MM`. */
  date: string;
  precision: DatePrecision;
  source: DateSource;
  /** The text the date was read from, as printed. */
  evidence: string;
}

/** Where the date-bearing text of an article sits, as the structure step separated it. */
export interface DateInputs {
  /** The dateline the structure step found (`2022年05月17日19:52`, `臨汾新聞網訊`). */
  dateline: string | null;
  /** Credit and metadata lines (`发布日期：2022-11-25`, `来源：…`). */
  credits: readonly string[];
  /** Lines removed as page chrome (metadata tables, update stamps). */
  removed: readonly string[];
  /** Body paragraphs in reading order. */
  paragraphs: readonly string[];
  /** True for notices (通告, 通知): dates inside them are schedules, not the issuing date. */
  notice?: boolean;
}

interface Found {
  year: number | null;
  month: number;
  day: number | null;
  text: string;
  /** Code-unit offset in the searched string. */
  at: number;
}

const FULLWIDTH_DIGIT = /[０-９]/gu;
const halfWidth = (s: string): string =>
  s.replace(FULLWIDTH_DIGIT, (d) => String(d.charCodeAt(0) - 0xff10));

const valid = (y: number | null, m: number, d: number | null): boolean =>
  (y === null || (y >= 1990 && y <= 2100)) &&
  m >= 1 &&
  m <= 12 &&
  (d === null || (d >= 1 && d <= 31));

/**
 * Every date written in `text`, in order: `2022年05月17日`, `2022-03-28`, `2020/3/30`, `2020.3.5`,
 * `21-11-08` (two-digit year before a time), `5月 29, 2022` (blog stamps), `2022年4月`, and 月日
 * without a year (`1月30日`). Digits glued to other digits (phone numbers, codes) do not count.
 */
export function findDates(raw: string): Found[] {
  const text = halfWidth(raw);
  const out: Found[] = [];
  const push = (m: RegExpMatchArray, y: number | null, mo: number, d: number | null): void => {
    if (valid(y, mo, d)) out.push({ year: y, month: mo, day: d, text: m[0], at: m.index ?? 0 });
  };
  const patterns: [RegExp, (m: RegExpMatchArray) => void][] = [
    [
      /(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(?:(\d{1,2})\s*[日号號])?/gu,
      (m) => push(m, Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : null),
    ],
    [
      /(?<![\d.-])((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/gu,
      (m) => push(m, Number(m[1]), Number(m[3]), Number(m[4])),
    ],
    [
      // 21-11-08 16:50: a two-digit year is only trusted with a time after it.
      /(?<![\d-])(\d{2})-(\d{2})-(\d{2})(?=\s+\d{1,2}:\d{2})/gu,
      (m) => push(m, 2000 + Number(m[1]), Number(m[2]), Number(m[3])),
    ],
    [
      /(?<!\d)(\d{1,2})月\s*(\d{1,2}),\s*((?:19|20)\d{2})(?!\d)/gu,
      (m) => push(m, Number(m[3]), Number(m[1]), Number(m[2])),
    ],
    [
      /(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]/gu,
      (m) => push(m, null, Number(m[1]), Number(m[2])),
    ],
  ];
  for (const [re, f] of patterns) for (const m of text.matchAll(re)) f(m);
  // One written date can match two patterns (年月日 and 月日): keep the fuller, earliest.
  out.sort((a, b) => a.at - b.at || b.text.length - a.text.length);
  const kept: Found[] = [];
  for (const f of out) {
    const last = kept[kept.length - 1];
    if (last && f.at < last.at + last.text.length) continue;
    kept.push(f);
  }
  return kept;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function asGuess(f: Found, source: DateSource, precision?: DatePrecision): DateGuess | null {
  if (f.year === null) return null;
  const p = precision ?? (f.day === null ? 'month' : 'day');
  const date =
    p === 'day' && f.day !== null
      ? `${f.year}-${pad(f.month)}-${pad(f.day)}`
      : `${f.year}-${pad(f.month)}`;
  return { date, precision: p, source, evidence: f.text.trim() };
}

/** Stamps that belong to the site that reposted or updated a page, not to the article. */
const REPOST_STAMP =
  /(更新时间|更新時間|更新于|更新於|修改时间|修改時間|转载时间|轉載時間|采集时间|採集時間|(?:来源|來源)\s*[:：]\s*(?:互联网|互聯網|网络|網絡|网友|網友|本站|综合))/u;
/** Labels of the page's own publication stamp. */
const PAGE_STAMP =
  /(发布时间|發佈時間|發布時間|发布日期|發佈日期|發布日期|生成日期|成文日期|时间|時間|日期|发表于|發表於)[:：]?\s*$/u;

/** A line that is a page stamp: a label before the date, or only a date (and a time, an outlet). */
function stampDate(line: string): Found | null {
  if (REPOST_STAMP.test(line)) return null;
  for (const f of findDates(line)) {
    if (f.year === null) continue;
    const before = halfWidth(line).slice(0, f.at);
    // `时间：2020-08-10`, `閩南日報 2022-04-06`, `2021-01-26 08:00:00 来源：…`, `• 发布日期：…`.
    if (PAGE_STAMP.test(before) || Array.from(before.replace(/[\s•·|｜]/gu, '')).length <= 12)
      return f;
  }
  return null;
}

/** The month-and-day of a wire lead (`红网时刻永州1月30日讯`) or of the dateline. */
function leadMonthDay(dateline: string | null, first: string): Found | null {
  const lead = dateline ?? '';
  const fromDateline = findDates(lead).find((f) => f.day !== null);
  if (fromDateline) return fromDateline;
  const opening = first.slice(0, 24);
  const m = findDates(opening).find((f) => f.year === null && f.at <= 12);
  return m ?? null;
}

/** The signature date: a date closing one of the last lines (`…指挥部2022年10月8日`, `2022年11月6日`). */
function signatureDate(paragraphs: readonly string[]): Found | null {
  const tail = paragraphs.slice(-4).reverse();
  for (const p of tail) {
    const t = halfWidth(p).trim();
    const dates = findDates(t).filter((f) => f.year !== null && f.day !== null);
    const last = dates[dates.length - 1];
    if (!last) continue;
    // Anything after the date but spaces, a full stop or a forum's ASCII junk means it is not
    // the closing date.
    const after = t.slice(last.at + last.text.length).replace(/[\s。.）)\x21-\x7e]/gu, '');
    // A signature line, or a one-line notice whose signature closes it (…人民政府 2021年8月2日).
    const signer =
      /(人民政府|政府|指挥部|指揮部|委员会|委員會|办公室|辦公室|领导小组|領導小組|村委会|村委會|居委会|居委會|党委|黨委|支部)\s*$/u;
    const before = t.slice(Math.max(0, last.at - 30), last.at);
    if (after === '' && (Array.from(t).length <= 60 || signer.test(before))) return last;
  }
  return null;
}

/** The text's own year, when it names one for the events it reports (`2020年的春节前夕`). */
function textYear(paragraphs: readonly string[]): number | null {
  const years = new Set<number>();
  for (const p of paragraphs.slice(0, 6)) {
    for (const m of halfWidth(p).matchAll(/(?<!\d)((?:19|20)\d{2})\s*年/gu)) {
      years.add(Number(m[1]));
    }
  }
  // Two different years in the opening (a review, a plan) say nothing about the report's own.
  return years.size === 1 ? ([...years][0] ?? null) : null;
}

/** The article's date, or null when the text does not give it. */
export function guessDate(input: DateInputs): DateGuess | null {
  const stampLines = [input.dateline ?? '', ...input.credits, ...input.removed].filter(Boolean);
  const repost = stampLines
    .filter((l) => REPOST_STAMP.test(l))
    .flatMap((l) => findDates(l).filter((d) => d.year !== null));
  const latest = repost.reduce<string | null>((max, f) => {
    const key = asGuess(f, 'repost-stamp')?.date ?? '';
    return max === null || key > max ? key : max;
  }, null);
  // A notice is dated by its signature; a page stamp may be a reposting site's.
  const signature = signatureDate(input.paragraphs);
  const signed = signature ? asGuess(signature, 'signature') : null;
  if (signed && input.notice) return signed;
  for (const line of stampLines) {
    const f = stampDate(line);
    const g = f && asGuess(f, 'dateline');
    // A page cannot be published after it was last updated: such a stamp belongs to something
    // else on the page (an injected headline, a sidebar).
    if (g && (latest === null || g.date <= latest)) return g;
  }
  if (signed) return signed;
  const first = input.paragraphs.find((p) => /\p{Script=Han}/u.test(p)) ?? '';
  // A full date in the opening of a report dates the report; in a notice it is a schedule
  // (the testing day), which dates it to the month only.
  const opening = input.paragraphs.slice(0, 3).join('\n').slice(0, 400);
  const inText = findDates(opening).find((f) => f.year !== null);
  if (inText) {
    const early = inText.at <= 60;
    const g = asGuess(inText, 'text', input.notice || !early ? 'month' : undefined);
    if (g) return g;
  }
  const year = textYear(input.paragraphs);
  const md = leadMonthDay(input.dateline, first);
  if (year !== null && md) {
    return asGuess({ ...md, year }, 'inferred');
  }
  // A notice with its year (its number: 2022年第25号) and the 月日 it schedules: the month.
  if (year !== null && input.notice) {
    const scheduled = findDates(opening).find((f) => f.year === null);
    if (scheduled) return asGuess({ ...scheduled, year }, 'inferred', 'month');
  }
  const stamp = repost[0];
  return stamp ? asGuess(stamp, 'repost-stamp', 'month') : null;
}
