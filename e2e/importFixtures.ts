/**
 * Files for the import spec, generated in each encoding (Node's TextDecoder decodes GBK and Big5
 * but cannot encode: src/node/legacyEncode.ts builds the reverse table).
 */
import { legacyEncode, utf16Encode } from '../src/node/legacyEncode.ts';
import type { FixtureFile } from './pages/ImportPage.ts';

const text = (name: string, bytes: Uint8Array, mimeType = 'text/plain'): FixtureFile => ({
  name,
  mimeType,
  buffer: Buffer.from(bytes),
});
const utf8 = (s: string) => new TextEncoder().encode(s);

/** Simplified, GBK. Shares the phrase 移动方舱核酸站 with the Big5 article. */
export const GBK_TEXT = [
  '全市移动方舱核酸站投入使用',
  '2022年4月12日 来源：兰州日报',
  '全市新建移动方舱核酸站三座，移动方舱核酸站每天开放。',
  '市民说，移动方舱核酸站很方便；社区也有移动方舱核酸站。',
].join('\n');

/** Traditional, Big5. */
export const BIG5_TEXT = [
  '縣裡首個移動方艙核酸站建成',
  '2022年4月15日',
  '縣裡的移動方艙核酸站建成了，首個移動方艙核酸站投入使用。',
  '今後移動方艙核酸站會更多，鄉鎮移動方艙核酸站也在建設。',
].join('\n');

/** UTF-16 LE without a byte-order mark. */
export const UTF16_TEXT = [
  '网格员走村入户排查登记',
  '2020/2/3 湖南日报',
  '网格员挨家挨户敲门登记，一个不漏。',
  '长沙市的网格员连续奋战二十多天，守住了社区防线。',
].join('\n');

/** UTF-8 with the scraper's damage: romanisation after characters, commas before punctuation. */
export const ARTIFACT_TEXT = [
  '抗擊疫情的關(guān)鍵時刻',
  '2020-03-05',
  '在抗擊疫情的關(guān)鍵時刻,,黨員幹部下沉一線,。',
  '大家齊心協力,!共同戰(zhàn)勝困難。',
].join('\n');

/**
 * A county page as scrapers save it (written for the test): a breadcrumb, the headline, a stamp
 * line, inserted readings, doubled punctuation, credits run in after the last sentence, and
 * previous/next links. Traditional, like the Taiwan-converted copies of mainland reports.
 */
export const REAL_PAGE_TEXT = [
  '您當前的位置：首頁 > 新聞中心 > 鄉鎮動態',
  '',
  '霞浦縣長(zhǎng)春鎮開展第二輪全員核酸檢測',
  '',
  '發布時間:2022-04-09 10:20 來源:霞浦縣融媒體中心 字號:',
  '',
  '4月8日,,長春鎮組織鎮村幹部全面開(kāi)展核酸檢測工作,做到應檢盡檢、不漏一人。',
  '全鎮設置採樣點12個,醫務人員分組入戶,為行動不便的群眾上門採樣。 記者:張某 通訊員:李某 責任編輯:王某',
  '',
  '上一篇：某鎮召開疫情防控會議',
  '下一篇：某鄉開展環境整治',
].join('\n');

export const REAL_PAGE: FixtureFile = text('county-page.txt', utf8(REAL_PAGE_TEXT));

export const GOOD_FILES: FixtureFile[] = [
  text('gbk-article.txt', legacyEncode(GBK_TEXT, 'gbk')),
  text('big5-article.txt', legacyEncode(BIG5_TEXT, 'big5')),
  text('utf16-article.txt', utf16Encode(UTF16_TEXT, 'le')),
  text('artifacts.txt', utf8(ARTIFACT_TEXT)),
];

/** A page that tries everything: scripts, handlers, javascript: links, remote images and frames. */
export const HOSTILE_HTML: FixtureFile = text(
  'hostile.html',
  utf8(`<!doctype html><html><head><meta charset="utf-8"><title>恶意页面</title>
<script>window.__pwned = 'script';</script>
<link rel="stylesheet" href="https://evil.example/style.css">
<style>@import url(https://evil.example/import.css); body { background: url(https://evil.example/bg.png) }</style>
</head><body onload="window.__pwned = 'onload'">
<nav>首页 &gt; 新闻</nav>
<article>
<h1>社区志愿者坚守防疫一线</h1>
<p>2020年2月20日</p>
<p>社区志愿者每天测量体温<img src="https://evil.example/pixel.png" onerror="window.__pwned = 'onerror'">，登记来往人员。</p>
<p>他们说：<a href="javascript:window.__pwned='link'">守护家园</a>是我们的责任。</p>
<iframe src="https://evil.example/frame.html"></iframe>
<img src="https://evil.example/photo.jpg" alt="图">
<script>window.__pwned = 'inline';</script>
</article>
</body></html>`),
  'text/html',
);

const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
]);

/** Each bad file with the words its message must contain (besides the file's name). */
export const BAD_FILES: { file: FixtureFile; says: RegExp }[] = [
  { file: text('empty.txt', new Uint8Array()), says: /empty/ },
  { file: text('blank.txt', utf8('  \n\t\n ')), says: /empty or holds only whitespace/ },
  { file: text('photo.txt', PNG), says: /not a text file \(PNG\)/ },
  { file: text('huge.txt', utf8('中'.repeat(800_000))), says: /larger than 2 MB/ },
  {
    file: text('garbled.txt', new Uint8Array([0x41, 0xff, 0xff, 0x80, 0x80, 0xff, 0x41])),
    says: /not text in any encoding/,
  },
  { file: text('english.txt', utf8('Only English text here.')), says: /no Chinese text/ },
  {
    file: text(
      'broken.json',
      utf8('{"format":"refrain-collection","version":1,'),
      'application/json',
    ),
    says: /not a valid Refrain collection/,
  },
  {
    file: text(
      'future.json',
      utf8(JSON.stringify({ format: 'refrain-collection', version: 2, articles: [], notes: [] })),
      'application/json',
    ),
    says: /newer version of Refrain/,
  },
];

/** `n` distinct UTF-8 articles of about `bytes` bytes each. */
export function manyFiles(n: number, bytes: number): FixtureFile[] {
  const sentences = [GBK_TEXT, UTF16_TEXT, ARTIFACT_TEXT].join('\n').split('\n').slice(2);
  return Array.from({ length: n }, (_, i) => {
    const lines = [`第${i + 1}篇测试文章`, `第${i + 1}篇文章的第一段，内容各不相同。`];
    let size = 0;
    for (let j = 0; size < bytes; j++) {
      const line = `${sentences[j % sentences.length] ?? ''}（${i + 1}-${j}）`;
      lines.push(line);
      size += line.length * 3;
    }
    return text(`bulk-${i + 1}.txt`, utf8(lines.join('\n')));
  });
}
