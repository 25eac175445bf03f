/**
 * The outlet an article names for itself: a 来源 credit (`来源：金山网`, `稿件来源：繁昌区融媒体中心`,
 * `来源于《锡林郭勒日报》官方微信`), a wire lead (`中乡网安徽讯`, `中新网长沙1月26日电`), an outlet
 * printed before the page stamp (`閩南日報 2022-04-06 09:18`), a reporter credit with its outlet
 * (`四川在线记者 蒲南溪`), a 融媒体中心 credit, and, last, the site a breadcrumb starts from or the
 * site's 主办单位 footer. A site's
 * own placeholder (`本站`, `本站原创`, `网络`) is no outlet.
 */

export type OutletSource =
  'credit' | 'lead' | 'dateline' | 'byline' | 'site' | 'breadcrumb' | 'footer' | 'known';

export interface OutletGuess {
  outlet: string;
  source: OutletSource;
}

export interface OutletInputs {
  dateline: string | null;
  credits: readonly string[];
  removed: readonly string[];
  paragraphs: readonly string[];
  /** Lines set aside as the site's header (its name above the article). */
  siteLines?: readonly string[];
  /** Breadcrumb lines (the trail's first step is often the site). */
  breadcrumbs?: readonly string[];
  /** Outlet names known to the library (bundled corpus), matched in the opening and the end. */
  known?: readonly string[];
}

/** Not an outlet: a site's placeholder for "ours", "the web", "unknown". */
const PLACEHOLDER =
  /^(?:本站|本网|本網|本站原创|本站原創|原创|原創|网络|網絡|网友|網友|未知|佚名|不详|不詳|综合|綜合|互联网|互聯網)$/u;

/** Words that a page glues after the source's name on the same line. */
const AFTER_SOURCE =
  /(参与互动|參與互動|浏览次数|瀏覽次數|浏览量|瀏覽量|阅读量|閱讀量|阅读次数|閱讀次數|点击数|點擊數|作者|责任编辑|責任編輯|编辑|編輯|字号|字號|字体|字體|时间|時間|发布|發佈|發布|更新|分享|打印).*$/u;

/** Words that make a name an organisation's: 网, 报, 台, 社, 中心, 政府, 镇, 县, 委, 局, 办 … */
const ORGANISATION =
  /(网|網|报|報|台|臺|社|中心|媒|政府|镇|鎮|乡|鄉|县|縣|区|區|市|省|州|旗|委|局|办|辦|部|院|厅|廳|站|处|處|所|会|會|团|團|队|隊|组|組|校|司|微信|频道|頻道|新闻|新聞|在线|在線|客户端)/u;

const SOURCE_LABEL =
  /(?:稿件来源|稿件來源|信息来源|信息來源|文章来源|文章來源|新闻来源|新聞來源|来源于|來源於|来源|來源|源自|稿源|出处|出處)\s*[:：]?\s*/u;

/** The outlet named after a 来源 label in `line`, if any. */
export function sourceOf(line: string): string | null {
  const m = SOURCE_LABEL.exec(line);
  if (!m) return null;
  let rest = line.slice(m.index + m[0].length);
  rest = rest.replace(/^《([^》]{2,30})》.*$/u, '$1');
  rest = rest.replace(AFTER_SOURCE, '');
  const name = (/^[\p{Script=Han}A-Za-z0-9·（）()\-－]+/u.exec(rest.trim())?.[0] ?? '').replace(
    /[（(][^）)]*$|[)）]$/u,
    '',
  );
  const han = Array.from(name).filter((c) => /\p{Script=Han}/u.test(c)).length;
  if (han < 2 || PLACEHOLDER.test(name)) return null;
  // A source of two or three characters with no word of an organisation in it is a person (an
  // author the template put under 来源), not an outlet.
  if (han <= 3 && !ORGANISATION.test(name)) return null;
  return name;
}

/** Endings of an outlet's name. */
const OUTLET_END =
  '(?:网|網|报|報|台|社|新闻|新聞|在线|在線|客户端|客戶端|融媒|融媒体中心|融媒體中心|发布|發佈|频道|頻道|电视|電視|广播|廣播|之声|之聲)';

/** A wire lead: `中乡网安徽讯`, `红网时刻永州1月30日讯`, `中新网长沙1月26日电`, `乌鲁木齐晚报全媒体讯`. */
const LEAD = new RegExp(
  `^([\\p{Script=Han}A-Za-z·（）()]{1,14}${OUTLET_END})(?:[\\p{Script=Han}\\d月日·]{0,14}?)(?:讯|訊|电|電)`,
  'u',
);

/** The outlet of a wire lead (the first of several: `某某报、某某网、某某讯`), or null. */
export function leadOutlet(lead: string): string | null {
  const t = lead.trim();
  const column = /^【([^】]{2,12})】/u.exec(t)?.[1];
  if (column && new RegExp(`${OUTLET_END}$`, 'u').test(column)) return column;
  const reported = /^([\p{Script=Han}]{2,12})(?:报道|報道)(?=[（(]|$)/u.exec(t)?.[1];
  if (reported && !/(记者|記者|通讯员|通訊員|摄影|攝影|综合|綜合|据|據)/u.test(reported))
    return reported;
  const m = LEAD.exec(t);
  // 本报讯, 本台讯, 本网讯: "this paper" names no outlet.
  if (m?.[1]) return /^(本报|本報|本台|本網|本网|本刊|本站)$/u.test(m[1]) ? null : m[1];
  const listed = /^([^，。！？\s]{4,60}?)(?:讯|訊)/u.exec(t)?.[1];
  const first = listed
    ?.split('、')
    .map((x) => x.replace(/\([^)]*\)|（[^）]*）/gu, ''))
    .find((x) => new RegExp(`^[\\p{Script=Han}]{2,12}${OUTLET_END}$`, 'u').test(x));
  return first ?? null;
}

/**
 * An outlet printed with the page's date stamp: before it (`閩南日報 2022-04-06 09:18`) or after
 * its time (`©原创 2020-01-23 18:52 某某市融媒体中心 记者 某某`).
 */
function datelineOutlet(dateline: string): string | null {
  const t = dateline.trim();
  const before = new RegExp(`^([\\p{Script=Han}]{2,12}${OUTLET_END})\\s+\\d`, 'u').exec(t);
  if (before?.[1]) return before[1];
  const after = new RegExp(
    `\\d{1,2}:\\d{2}(?::\\d{2})?\\s+([\\p{Script=Han}]{2,14}${OUTLET_END})(?:\\s|$)`,
    'u',
  ).exec(t);
  return after?.[1] ?? null;
}

/** A reporter's credit with its outlet: `四川在线记者 蒲南溪`, `融媒体中心通讯员：袁正昌`. */
function bylineOutlet(credit: string): string | null {
  const m = new RegExp(
    `^[（(]?([\\p{Script=Han}]{0,14}?${OUTLET_END})(?:·[\\p{Script=Han}]{1,10}?)?(?:全媒体|全媒體)?(?:见习记者|見習記者|记者|記者|通讯员|通訊員|特约通讯员|特約通訊員)`,
    'u',
  ).exec(credit.trim());
  return m?.[1] ?? null;
}

/** The site a breadcrumb starts from: `您当前的位置：永嘉网 -> 新闻中心 -> …`. */
function breadcrumbOutlet(line: string): string | null {
  const trail = line.replace(/^[^:：]{2,12}[:：]\s*/u, '');
  const first = trail.split(/\s*(?:->|－>|>>|＞＞|>|＞|›|»|→)\s*/u)[0]?.trim() ?? '';
  const m = new RegExp(`^[\\p{Script=Han}·]{2,12}${OUTLET_END}$`, 'u').exec(first);
  return m && !/^(首页|首頁|网站首页|網站首頁)$/u.test(first) ? first : null;
}

/** `主办单位：中共天长市委组织部` in a footer. */
function footerOutlet(line: string): string | null {
  const m = /(?:主办单位|主辦單位|主办|主辦)\s*[:：]\s*([\p{Script=Han}·（）()]{2,24})/u.exec(line);
  const name = m?.[1];
  return name && !PLACEHOLDER.test(name) ? name : null;
}

/** The outlet, and where it was named. */
export function guessOutlet(input: OutletInputs): OutletGuess | null {
  for (const line of [input.dateline ?? '', ...input.credits]) {
    const s = sourceOf(line);
    if (s) return { outlet: s, source: 'credit' };
  }
  // A source line removed with the page chrome (a metadata table's 来源) still names the outlet.
  for (const line of input.removed) {
    const s = sourceOf(line);
    if (s) return { outlet: s, source: 'credit' };
  }
  // A dateline may print the date first: `2020年2月10日 临汾新闻网讯`.
  const dateline = (input.dateline ?? '').replace(/^[\d年月日:：\s/.-]+/u, '');
  const lead = leadOutlet(dateline) ?? leadOutlet(input.paragraphs[0] ?? '');
  if (lead) return { outlet: lead, source: 'lead' };
  const stamp = input.dateline ? datelineOutlet(input.dateline) : null;
  if (stamp) return { outlet: stamp, source: 'dateline' };
  for (const c of input.credits) {
    const b = bylineOutlet(c);
    if (b) return { outlet: b, source: 'byline' };
  }
  const known = [...(input.known ?? [])].sort((a, b) => b.length - a.length);
  if (known.length) {
    const text = input.paragraphs.join('\n');
    const regions = [text.slice(0, 300), text.slice(-300)];
    for (const region of regions) {
      const name = known.find((k) => region.includes(k));
      if (name) return { outlet: name, source: 'known' };
    }
  }
  for (const line of input.siteLines ?? []) {
    const name = line
      .replace(/^(欢迎访问|歡迎訪問|欢迎光临|歡迎光臨)\s*/u, '')
      .replace(/[!！]$/u, '')
      .trim();
    const m = new RegExp(
      `^([\\p{Script=Han}·]{2,12}${OUTLET_END}|[\\p{Script=Han}·]{2,12}(?:论坛|論壇|官网|官網))`,
      'u',
    ).exec(name);
    if (m?.[1]) return { outlet: m[1], source: 'site' };
  }
  for (const line of input.breadcrumbs ?? []) {
    const b = breadcrumbOutlet(line);
    if (b) return { outlet: b, source: 'breadcrumb' };
  }
  for (const line of input.removed) {
    const f = footerOutlet(line);
    if (f) return { outlet: f, source: 'footer' };
  }
  return null;
}
