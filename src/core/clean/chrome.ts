/**
 * The vocabulary of page chrome on Chinese news and government sites: what a line is when it is
 * not the article. Each rule says why, so the cleaning report can tell the reader; the structure
 * step (structure.ts) decides what to do with a line from the rule it matches and where the line
 * stands (before, inside or after the article).
 *
 * Rules describe page templates in general — breadcrumbs, share bars, stamps and metadata tables,
 * previous/next links, footers with ICP and 公网安备 numbers, comment boxes, tag lists — not any
 * one site. Lines are tested with their bullets and edge spaces removed.
 */

/** Why a line is not part of the article body. */
export type RemovedReason =
  | 'breadcrumb'
  | 'masthead'
  | 'site-header'
  | 'duplicate-title'
  | 'duplicate-dateline'
  | 'duplicate-paragraph'
  | 'font-size'
  | 'share'
  | 'copyright'
  | 'footer'
  | 'related-list'
  | 'prev-next'
  | 'back-to-top'
  | 'follow-us'
  | 'ticker'
  | 'metadata'
  | 'repost-notice'
  | 'comments'
  | 'tags'
  | 'markup'
  | 'image-file'
  | 'label'
  | 'summary'
  | 'spam'
  | 'after-article';

/**
 * Once one of these starts a line after the article's prose, the rest of the page is chrome. Share
 * bars, "follow us" boxes and back-to-top links are not here: sites print them anywhere (above
 * the headline, between paragraphs), so they are chrome as single lines only — a share widget
 * never takes the paragraphs after it with it.
 */
export const TRAILER_START: readonly [RegExp, RemovedReason][] = [
  [
    /^(版权声明|版權聲明|版权所有|版權所有|Copyright|©(?!\s*(?:原创|原創|转载|轉載)?\s*\d))/iu,
    'copyright',
  ],
  [
    /^[【[]?(精彩推荐|精彩推薦|推荐阅读|推薦閱讀|相关文章|相關文章|相关阅读|相關閱讀|相关新闻|相關新聞|相关推荐|相關推薦|相关链接|相關鏈接|热点推荐|熱點推薦|热点新闻|熱點新聞|热门文章|熱門文章|延伸阅读|延伸閱讀|猜你喜欢|猜你喜歡|你可能感兴趣|本类热点|本類熱點|最新文章|更多新闻|更多新聞|图片新闻|圖片新聞|相关稿件|相關稿件|往期回顾|往期回顧|热门推荐|熱門推薦|热门新闻|熱門新聞|热门阅读|熱門閱讀|为你推荐|為你推薦|更多推荐|更多推薦)[】\]]?\s*[:：]?\s*$/u,
    'related-list',
  ],
  [/^(即时播报|即時播報|滚动新闻|滾動新聞)/u, 'ticker'],
];

/** Words that a site's tool bar is made of: a line of nothing else is chrome. */
const TOOL_WORDS = new Set([
  '字号',
  '字號',
  '字体',
  '字體',
  '大',
  '中',
  '小',
  '大字',
  '中字',
  '小字',
  '小字号',
  '大字号',
  '中字号',
  'A+',
  'A-',
  'A',
  'T',
  '打印',
  '打印本页',
  '打印本頁',
  '打印此页',
  '关闭',
  '關閉',
  '关闭窗口',
  '關閉窗口',
  '收藏',
  '加入收藏',
  '纠错',
  '糾錯',
  '听新闻',
  '聽新聞',
  '放大镜',
  '放大鏡',
  '繁体',
  '繁體',
  '简体',
  '簡體',
  '默认',
  '默認',
  '语音播报',
  '語音播報',
  '朗读',
  '朗讀',
  '保存',
  '分享',
  '微信',
  '微博',
  'QQ',
  'QQ空间',
  '复制链接',
  '展开全文',
  '展開全文',
  '切换',
  '切換',
  '内容纠错',
  '內容糾錯',
  '关闭本页',
  '返回顶部',
  '返回頂部',
  '回复',
  '回覆',
  '列表',
  '举报',
  '舉報',
  '使用道具',
  '只看该作者',
  '电梯直达',
  '返回列表',
  '显示全部楼层',
  '阅读模式',
  '顶部',
  '頂部',
  '返回',
  '關閉本頁',
  '打印本页',
  '打印本頁',
  '收藏本页',
  '推荐给朋友',
  '推薦給朋友',
  '打印文章',
  '关闭窗口',
  '×',
  '✕',
  '[',
  ']',
  '[]',
  '【',
  '】',
  '|',
]);

/** Labels of a page's metadata stamps and disclosure tables (`索引号：…`, `浏览次数：…`). */
const META_KEYS =
  '发布单位|發佈單位|發布單位|发布部门|發佈部門|发文单位|發文單位|阅读|閱讀|评论|評論|访问次数|訪問次數|点击次数|點擊次數|阅读数|閱讀數|浏览数|瀏覽數|发稿时间|發稿時間|发文时间|發文時間|刊发时间|刊發時間|上传时间|上傳時間|录入时间|錄入時間|添加时间|添加時間|索引号|索引號|组配分类|組配分類|发布机构|發佈機構|發布機構|主题分类|主題分類|名称|名稱|文号|文號|生成日期|发布日期|發佈日期|發布日期|公开时限|公開時限|所属分类|所屬分類|信息分类|信息分類|公开方式|公開方式|公开范围|公開範圍|公开日期|公開日期|成文日期|有效性|浏览次数|瀏覽次數|阅读次数|閱讀次數|阅读量|閱讀量|浏览量|瀏覽量|点击数|點擊數|点击量|點擊量|访问量|訪問量|点击|點擊|发布时间|發佈時間|發布時間|更新时间|更新時間|时间|時間|日期|来源|來源|信息来源|信息來源|稿件来源|稿件來源|源自|作者|编辑|編輯|责任编辑|責任編輯|字体|字體|字号|字號|文章分类|文章分類|分类|分類|栏目|欄目|发布人|發佈人|发表时间|發表時間|供稿|审核|審核|签发|簽發';

/** The keys of a government disclosure table (信息公开目录), which never open a sentence. */
const TABLE_KEYS =
  '索引号|索引號|发布机构|發佈機構|發布機構|组配分类|組配分類|主题分类|主題分類|生成日期|公开时限|公開時限|公开方式|公開方式|所属分类|所屬分類|成文日期|信息分类|信息分類|发文机关|發文機關|发文字号|發文字號';
const TABLE_KEY_EXACT = new RegExp(`^(?:${TABLE_KEYS})\\s*[:：]?$`, 'u');
const TABLE_KEY_GLUED = new RegExp(`^(?:${TABLE_KEYS})(?![:：])`, 'u');
const META_LINE = new RegExp(`^(?:${META_KEYS})\\s*[:：]`, 'u');
/** The same labels anywhere in a line, counted to tell a metadata line from a sentence. */
const META_ANY = new RegExp(`(?:${META_KEYS})\\s*[:：]`, 'gu');

/** A line is a breadcrumb trail: `首页 > 资讯 > 焦点关注`, `江苏文明网 > 镇江 > 正文`. */
function isBreadcrumb(line: string): boolean {
  if (
    /^(您当前的位置|您當前的位置|当前位置|當前位置|您的位置|您现在的位置|您現在的位置|你现在的位置|你現在的位置|您现在所在的位置|您現在所在的位置|您所在的位置|所在位置|您当前浏览位置|您當前瀏覽位置|当前浏览位置|當前瀏覽位置|您当前所在位置|当前所在位置|当前页面|當前頁面|您当前的页面|所在栏目)/u.test(
      line,
    )
  )
    return true;
  if (/(>>|＞＞|&gt;&gt;|->|－>|→|»)/u.test(line) && !/[。！？]$/u.test(line)) return true;
  const parts = line.split(/\s*[>＞›]\s*/u).filter(Boolean);
  if (parts.length >= 2 && !/[。！？；]/u.test(line)) {
    if (/^(首页|首頁|网站首页|網站首頁|主页|主頁)$/u.test(parts[0] ?? '')) return true;
    if (/^(正文|详情|詳情|内容|內容|正文内容)$/u.test(parts[parts.length - 1] ?? '')) return true;
  }
  return /[•·|｜]\s*(正文|详情|詳情)$/u.test(line);
}

/** The reason a line (bullets and edge spaces already removed) is chrome wherever it stands. */
export function lineChrome(line: string): RemovedReason | null {
  if (isBreadcrumb(line)) return 'breadcrumb';
  if (
    /^(返回|顶部|頂部|TOP|返回顶部|返回頂部|回到顶部|点我回到页面顶部|點我回到頁面頂部)$/iu.test(
      line,
    )
  )
    return 'back-to-top';
  const tokens = line.split(/[\s:：|｜/【】[\]()（）]+/u).filter(Boolean);
  if (line.length <= 40 && tokens.length > 0 && tokens.every((t) => TOOL_WORDS.has(t)))
    return /字|A/u.test(line) ? 'font-size' : 'share';
  if (/^(字号|字號|字体|字體)\s*[:：]?/u.test(line) && Array.from(line).length <= 16)
    return 'font-size';
  if (/^A\s*[+＋-－]$/u.test(line)) return 'font-size';
  if (
    /^(分享到|分享让更多人看到|分享讓更多人看到|分享至|用微信扫描二维码|用微信掃描二維碼|微信扫一扫|微信掃一掃|扫一扫|掃一掃|手机扫扫|手機掃掃|手机扫一扫|扫描二维码|掃描二維碼|扫码阅读|手机阅读|手机看|手機看|用手机|打开微信|分享给|分享給|一键分享)/u.test(
      line,
    ) ||
    (/(二维码|二維碼|扫一扫|掃一掃|分享至好友|朋友圈)/u.test(line) && Array.from(line).length <= 30)
  )
    return 'share';
  if (
    /^(关注我们|關注我們|扫码关注|掃碼關注|扫描关注|長按識別|长按识别|长按二维码)/u.test(line) ||
    (/(公众号|公眾號)/u.test(line) && Array.from(line).length <= 30 && !/[。！？]$/u.test(line)) ||
    /^(ID|微信号|微信號)\s*[:：]\s*[\w-]+$/u.test(line)
  )
    return 'follow-us';
  // A navigation bar: four or more short entries between pipes (首页|新闻|图片|评论|…).
  const entries = line.split(/\s*[|｜]\s*/u).filter(Boolean);
  const short = entries.filter((e) => Array.from(e).length <= 10).length;
  if (entries.length >= 4 && short >= entries.length * 0.8 && !/[。！？，]/u.test(line))
    return 'site-header';
  // A forum's post header: 发表于 … | 显示全部楼层 | 阅读模式, 使用道具 举报, 评论1.
  if (
    !/[。！？]/u.test(line) &&
    /(显示全部楼层|顯示全部樓層|阅读模式|閱讀模式|使用道具|只看该作者|只看該作者|电梯直达|電梯直達|来自手机|來自手機|^发表于|^發表於)/u.test(
      line,
    )
  )
    return 'comments';
  if (/^(评论|評論|回复|回覆)\s*\d+$/u.test(line)) return 'comments';
  // A forum member's card: 基础资料, - 积分:3812, - 帖子:0, - 粉丝:.
  if (
    /^(?:[-–·]\s*)?(?:基础资料|基礎資料|主题|主題|积分|積分|帖子|金币|金幣|精华|精華|关注|關注|粉丝|粉絲|在线时间|在線時間|注册时间|註冊時間|最后登录|最後登錄|阅读权限|閱讀權限|威望|贡献|貢獻)\s*[:：]?\s*[\d.]*$/u.test(
      line,
    )
  )
    return 'comments';
  // A voice reader's button: 点击我为您语音播报.
  if (
    Array.from(line).length <= 20 &&
    /(语音播报|語音播報|为您播报|為您播報|听全文|聽全文)/u.test(line)
  )
    return 'share';
  // A counter standing alone where a widget was: 0, 12.
  if (/^\d{1,4}$/u.test(line)) return 'markup';
  // An app's promotion: 某某网手机版, 打开APP, 继续看新闻.
  if (
    Array.from(line).length <= 30 &&
    /(手机版|手機版|打开APP|打開APP|下载APP|下載APP|继续看新闻|繼續看新聞|阅读原文|閱讀原文|APP内打开|APP內打開)/iu.test(
      line,
    )
  )
    return 'follow-us';
  // A welcome banner anywhere on a short line: 今天是…，欢迎您访问某某网！
  if (Array.from(line).length <= 50 && /(欢迎您?访问|歡迎您?訪問|欢迎光临|歡迎光臨)/u.test(line))
    return 'site-header';
  if (/^(上一篇|下一篇|上一条|下一条|上一條|下一條|上篇|下篇|上一页|下一页)/u.test(line))
    return 'prev-next';
  if (
    (!/[。！？]/u.test(line) &&
      /(ICP备|ICP證|ICP证|ICP備|公网安备|公網安備|网安备|網安備|技术支持|技術支持|版权所有|版權所有|Copyright|©(?!\s*(?:原创|原創|转载|轉載)?\s*\d)|主办单位|主辦單位|承办单位|承辦單位|联系电话|聯繫電話|聯絡電話|关于我们|關於我們|About us|网站地图|網站地圖|联系我们|聯繫我們|设为首页|設為首頁|网站声明|網站聲明|隐私政策|网站标识码|網站標識碼)/iu.test(
        line,
      )) ||
    /^(投稿|邮箱|郵箱|E-?mail)\s*[:：]/iu.test(line) ||
    /(分辨率|浏览器访问|瀏覽器訪問|违法和不良信息举报|違法和不良信息舉報)/u.test(line) ||
    /(举报电话|舉報電話|举报邮箱|舉報郵箱|合作热线|合作熱線|来稿邮箱|來稿郵箱|投稿邮箱|投稿郵箱|新闻热线|新聞熱線|爆料热线|爆料熱線)\s*[:：]/u.test(
      line,
    ) ||
    /^Powered by\b/iu.test(line) ||
    /^(更多|更多详细|更多詳細).{0,8}(内容|內容|资讯|資訊|新闻|新聞).{0,4}(请关注|請關注|请下载|請下載)/u.test(
      line,
    ) ||
    /^(请|請)(下载|下載|关注|關注).{0,12}(APP|客户端|客戶端)/iu.test(line) ||
    (/(主办|主辦|承办|承辦)$/u.test(line) && Array.from(line).length <= 40)
  )
    return 'footer';
  // A site describing itself: `某某日报提供……新闻、……服务等！`, `本网致力于……`.
  if (
    /^(?:本站|本网|本網|本报|本報|[\p{Script=Han}]{2,12}(?:日报|日報|晚报|晚報|网|網|新闻|新聞|电视台|電視台))(?:提供|为您提供|為您提供|致力于|致力於|专注|專注)[^。]{4,80}(?:服务|服務|资讯|資訊|新闻|新聞|报道|報導)等?[!！。]?$/u.test(
      line,
    )
  )
    return 'footer';
  if (
    /^(欢迎访问|歡迎訪問|欢迎光临|歡迎光臨|站内搜索|站內搜索|搜索|全站搜索|网站导航|網站導航|报刊搜索|報刊搜索|全文检索|全文檢索)/u.test(
      line,
    ) ||
    // An e-paper's page label: 第2版：综合.
    /^第\s*\d+\s*版(?:\s*[:：].{0,10})?$/u.test(line) ||
    // A site's greeting widget: 下午好！我是某某.
    /^(?:上午好|中午好|下午好|晚上好|您好)[!！，,]?\s*我是/u.test(line)
  )
    return 'site-header';
  if (
    /^(欢迎分享|歡迎分享|转载请注明|轉載請註明|转载请|轉載請|本文地址|原文地址|原文链接|原文鏈接|原文网址|原文網址|声明[:：]|聲明[:：]|免责声明|免責聲明|本文来源于网络|本文為|本文为.{0,24}(原创|原創|转载|轉載)|文章来源于网络)/u.test(
      line,
    ) ||
    /^(地址|网址|網址|链接|鏈接)\s*[:：]\s*https?:/iu.test(line) ||
    /^https?:\/\/\S+$/iu.test(line)
  )
    return 'repost-notice';
  if (
    /^(暂无评论|暫無評論|发表评论|發表評論|网友评论|網友評論|我要评论|我要評論|评论|評論|姓名|昵称|暱稱|剩余字数|剩餘字數|验证码|驗證碼|登录|登錄|注册|註冊|提交|匿名)\s*[:：!！]?\s*$/u.test(
      line,
    ) ||
    /^[（(]?字数不能超过\d+个[)）]?$/u.test(line) ||
    /^(登录后才能评论|登錄後才能評論|评论列表|評論列表|看不清|发表我的评论|發表我的評論|网友评论仅供)/u.test(
      line,
    ) ||
    /^\d+\s*条评论$/u.test(line) ||
    /^(剩余字数|剩餘字數)/u.test(line)
  )
    return 'comments';
  if (/^(TAG|Tag|Tags|标签|標籤|关键词|關鍵詞|关键字|關鍵字)\s*[:：]/u.test(line)) return 'tags';
  if (
    /^(The Beginning|THE END|The End|END|完|-{3,}.*|—{4,}.*|={3,}.*|\*{3,}|分隔线|分隔線)$/u.test(
      line,
    )
  )
    return 'markup';
  if (/^[\s|｜:：\-—+*`#=]+$/u.test(line) || /^!\[[^\]]*\]\([^)]*\)[\s|｜]*$/u.test(line))
    return 'markup';
  if (/^[^\s]{1,60}\.(jpe?g|png|gif|webp|bmp)$/iu.test(line)) return 'image-file';
  if (/^本篇文章\s*\d+\s*字/u.test(line) || /\d+\s*Views\b/iu.test(line)) return 'metadata';
  // A forum's edit stamp: 本帖最后由 某某 于 2020-2-10 22:28 编辑.
  if (/^(本帖最后由|本帖最後由).{1,40}(编辑|編輯)$/u.test(line)) return 'metadata';
  // A counter or an empty bracket left where a widget was: (0), ( ), [ ].
  if (/^[（(【[]\s*\d*\s*[)）】\]]$/u.test(line)) return 'markup';
  if (isMetadataLine(line)) return 'metadata';
  return null;
}

/** A site or outlet name standing alone: it heads the page, it is not a headline. */
export function isSiteName(line: string): boolean {
  const bare = line.replace(/^(欢迎访问|歡迎訪問)|[!！]$/gu, '');
  // 防控网, 安全网: a net of measures, not a web site.
  if (
    /(防控|防护|防護|安全|天罗地|天羅地|互联|互聯|联防|聯防|保护|保護|防疫|关系|關係)[网網]$/u.test(
      bare,
    )
  )
    return false;
  return (
    Array.from(bare).length <= 14 &&
    /^[\p{Script=Han}·]{2,12}(?:网|網|网站|網站|官网|官網|论坛|論壇|日报|日報|晚报|晚報|电视台|電視台|广播电视台|廣播電視台|融媒体中心|融媒體中心|新闻网|新聞網|门户网站|門戶網站|政府网|政府網)(?:[\p{Script=Han}]{0,3})$/u.test(
      bare,
    )
  );
}

/**
 * A metadata stamp or table row: it begins with a metadata label and is made of `label：value`
 * fields, not of a sentence (`索引号：… 组配分类：…`, `浏览次数：`, `名称：…`).
 */
export function isMetadataLine(line: string): boolean {
  // A disclosure table flattened into one line: `1152…/2022-0110001 | 发布机构 | 某镇`.
  const cells = line.split(/\s*[|｜]\s*/u).map((c) => c.trim());
  if (cells.length >= 2 && cells.some((c) => TABLE_KEY_EXACT.test(c)) && !/[。！？]/u.test(line))
    return true;
  // The same keys glued to their value: `发布机构某县疫情防控指挥部办公室`.
  if (TABLE_KEY_GLUED.test(line) && Array.from(line).length <= 40 && !/[。！？，]/u.test(line))
    return true;
  if (!META_LINE.test(line)) return false;
  if (/[。！？]$/u.test(line) && Array.from(line).length > 40) return false;
  const labels = line.match(META_ANY)?.length ?? 0;
  return labels >= 2 || Array.from(line).length <= 60;
}

/** The reason a line starts a trailer (see TRAILER_START), or null. */
export function trailerStart(line: string): RemovedReason | null {
  for (const [re, reason] of TRAILER_START) if (re.test(line)) return reason;
  return null;
}

/** Gambling and link-farm vocabulary injected into scraped pages. */
const SPAM =
  /(比分直播|欧洲杯足球|歐洲杯足球|投注官网|投注官網|一区二区|一區二區|激情视频|激情視頻|日韩欧美|日韓歐美|久久国产|久久國產|精品久久|国产精品|國產精品|无码|無碼|成人视频|成人視頻|色情|蜘蛛池|博彩|娱乐城|娛樂城|澳门金沙|澳門金沙|葡京|威尼斯人|百家乐|百家樂|六合彩|时时彩|時時彩|赌场|賭場|真人娱乐|真人娛樂|棋牌游戏|注册送|註冊送|开户送|體育投注|体育投注|足球投注|彩票网|彩票網|老虎机|老虎機|菠菜|赌博网站)/u;
const URL_OR_DOMAIN =
  /(?:https?:\/\/|www\.)[\x21-\x7e]+|\b[a-z0-9-]+\.(?:com|cn|net|org|cc|vip|top|xyz)(?:\.cn)?\b/giu;

/**
 * True for a spam line: gambling or porn vocabulary on a line that is not running prose, or a run
 * of links. Inside a sentence the injected term alone is spam (see `spamTerms`): the sentence stays.
 */
export function isSpamLine(line: string): boolean {
  if (SPAM.test(line)) {
    // What is left once the injected terms are out: a sentence or a headline of its own stays.
    let rest = line;
    for (const t of spamTerms(line).reverse()) rest = rest.slice(0, t.start) + rest.slice(t.end);
    const han = Array.from(rest).filter((c) => /\p{Script=Han}/u.test(c)).length;
    if (han < 12) return true;
  }
  return (line.match(URL_OR_DOMAIN)?.length ?? 0) >= 2;
}

/** Gambling brands injected into sentences, with the suffix they come with (官网, 娱乐城 …). */
const SPAM_TERM = new RegExp(
  `(?:${SPAM.source.slice(1, -1)}|开云|開雲)(?:城中心|娱乐城|娛樂城|娱乐|娛樂|官网|官網|官方网站|体育|體育|平台|平臺|网址|網址|网站|網站|app|APP)?` +
    // and the run of keywords chained to it: `…_某某足球网-【投注官网平台】`
    `(?:[_\\-—|·]+[\\p{Script=Han}A-Za-z0-9]{1,12}|[_\\-—|·]*【[^】]{1,16}】)*`,
  'gu',
);

/** Spam terms inside a line: their spans, to be set aside while the sentence stays. */
export function spamTerms(line: string): { start: number; end: number; text: string }[] {
  return [...line.matchAll(SPAM_TERM)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    text: m[0],
  }));
}

/** URLs glued into a sentence, to be set aside from it. */
export function gluedUrls(line: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (const m of line.matchAll(/(?:https?:\/\/|www\.)[\x21-\x7e]+/giu)) {
    const at = m.index ?? 0;
    // Only inside Chinese prose: Han on either side.
    const before = line.slice(0, at);
    if (/\p{Script=Han}/u.test(before)) out.push({ start: at, end: at + m[0].length, text: m[0] });
  }
  return out;
}
