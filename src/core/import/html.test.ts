import { describe, expect, it } from 'vitest';
import { extractHtmlText, isHtmlFile } from './html.ts';

const HOSTILE = `<!doctype html><html><head><title>站点标题 - 某某网</title>
<style>body{background:url(https://evil.example/bg.png)}</style>
<script>window.__pwned = 1; document.title = 'pwned';</script>
<link rel="stylesheet" href="https://evil.example/x.css">
</head><body onload="window.__pwned = 2">
<nav>首页 &gt; 新闻 &gt; 正文</nav>
<header><a href="javascript:window.__pwned=3">登录</a></header>
<div class="main"><article>
<h1>吉县众志成城抗疫情</h1>
<p>2020年2月10日 来源：临汾新闻网</p>
<p>疫情来势汹汹<b>，</b>吉县众志成城。<img src="https://evil.example/p.png" onerror="window.__pwned=4" alt="图片说明"></p>
<p>全县干群勠力同心，<a href="javascript:alert(1)">共克时艰</a>。<br>他们与时间赛跑。</p>
<iframe src="https://evil.example/frame"></iframe>
<script>window.__pwned = 5</script>
</article>
<aside>相关推荐：其他文章标题一；其他文章标题二</aside></div>
<footer>版权所有 © 某某网</footer>
</body></html>`;

const lines = (html: string) => extractHtmlText(html).text.split('\n');

describe('extractHtmlText', () => {
  it('takes the article’s text, block by block, without scripts, styles, chrome or images', () => {
    const { title, text } = extractHtmlText(HOSTILE);
    expect(title).toBe('吉县众志成城抗疫情');
    expect(text.split('\n')).toEqual([
      '吉县众志成城抗疫情',
      '2020年2月10日 来源：临汾新闻网',
      '疫情来势汹汹，吉县众志成城。',
      '全县干群勠力同心，共克时艰。',
      '他们与时间赛跑。',
    ]);
    expect(text).not.toMatch(/pwned|javascript|evil|首页|相关推荐|版权|图片说明|站点标题/);
  });

  it('never outputs script, style or template content, wherever it is', () => {
    const html = `<body><div><p>正文第一段，讲防疫。</p>
      <script>var s = "脚本里的中文"; if (a < b) { document.write("<p>写入的段落</p>"); }</script>
      <style>p::after { content: "样式里的中文" }</style>
      <template><p>模板里的中文</p></template>
      <noscript><p>请启用脚本</p></noscript>
      <svg><text>图形里的中文</text><title>图形标题</title></svg>
      <textarea>输入框里的中文</textarea>
      <p>正文第二段。</p></div></body>`;
    const { text, title } = extractHtmlText(html);
    expect(text).toBe('正文第一段，讲防疫。\n正文第二段。');
    expect(title).toBeNull();
  });

  it('without <article>, prefers the densest Chinese block over menus and lists', () => {
    const html = `<body><div id="menu"><ul><li>首页</li><li>新闻</li><li>图片</li></ul></div>
      <div id="wrap"><div id="content"><p>第一段很长的中文内容，写了很多很多的字。</p>
      <p>第二段也是很长的中文内容，继续写了很多字。</p></div>
      <div id="side">热点</div></div></body>`;
    expect(extractHtmlText(html).text).toBe(
      '第一段很长的中文内容，写了很多很多的字。\n第二段也是很长的中文内容，继续写了很多字。',
    );
  });

  it('finds the article in nested divs past a share widget and a footer', () => {
    const html = `<html><body><div class="page"><div class="top">
      <div class="logo">某某县融媒体中心</div></div>
      <div class="wrap"><div class="con"><div class="title"><h1>全县开展核酸检测</h1></div>
      <div class="info"><span>发布时间：2022-04-03</span> <span>来源：县融媒体中心</span></div>
      <div class="text"><div><p>4月2日，全县开展全员核酸检测，各检测点秩序井然。</p>
      <p>志愿者们早早来到检测点，协助医护人员登记信息。</p></div></div>
      <div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div></div></div>
      <div class="foot"><p>主办：某某县人民政府办公室 备案号：某ICP备00000000号</p></div>
      </div></body></html>`;
    expect(lines(html)).toEqual([
      '全县开展核酸检测',
      '发布时间：2022-04-03 来源：县融媒体中心',
      '4月2日，全县开展全员核酸检测，各检测点秩序井然。',
      '志愿者们早早来到检测点，协助医护人员登记信息。',
      '分享到：微信微博QQ空间',
    ]);
  });

  it('decodes entities and trims &nbsp; and full-width indents', () => {
    const html = `<body><div>
      <p>&nbsp;&nbsp;&nbsp;&nbsp;疫情防控&amp;复工复产两手抓。</p>
      <p style="text-indent:2em">&#x3000;&#x3000;&#x4e2d;&#22269;加油&lt;武汉&gt;</p>
      <p>&#12288;&#12288;第三段&hellip;</p></div></body>`;
    expect(lines(html)).toEqual(['疫情防控&复工复产两手抓。', '中国加油<武汉>', '第三段…']);
  });

  it('puts the <h1> inside the article first and uses it as the title', () => {
    const html = `<html><head><title>某某县召开疫情防控工作会议_某某县人民政府</title></head>
      <body><header><h1>某某县人民政府</h1></header><article><header><h1>某某县召开疫情防控工作会议</h1>
      <p>2020-02-01</p></header><p>会议要求，各乡镇要压实责任，做好排查工作。</p></article></body></html>`;
    const { title, text } = extractHtmlText(html);
    expect(title).toBe('某某县召开疫情防控工作会议');
    expect(text.split('\n')).toEqual([
      '某某县召开疫情防控工作会议',
      '会议要求，各乡镇要压实责任，做好排查工作。',
    ]);
  });

  it('without <h1>, takes the <title> with its site suffix (the cleaner judges it)', () => {
    const html = `<html><head><title>一个标题_某某县人民政府</title></head><body>
      <div class="nav">首页</div><div class="article"><p>正文第一段，有很多中文字。</p>
      <p>正文第二段，也有很多中文字。</p></div></body></html>`;
    const { title, text } = extractHtmlText(html);
    expect(title).toBe('一个标题_某某县人民政府');
    expect(text.split('\n')).toEqual([
      '一个标题_某某县人民政府',
      '正文第一段，有很多中文字。',
      '正文第二段，也有很多中文字。',
    ]);
  });

  it('a page-level <h1> in chrome is not the headline; the first non-empty one is', () => {
    const html = `<body><nav><h1>导航</h1></nav><div><h1><img alt="标志"></h1><h1>真正的标题</h1>
      <p>正文有中文。</p></div></body>`;
    expect(extractHtmlText(html).title).toBe('真正的标题');
  });

  it('returns the <meta> values by lower-cased name', () => {
    const html = `<html><head><meta charset="gbk"><meta http-equiv="refresh" content="5">
      <meta name="PubDate" content=" 2020-02-10 09:30 "><meta name="ContentSource" content="临汾日报">
      <meta property="article:published_time" content="2020-02-10T09:30:00+08:00">
      <meta name="ArticleTitle" content="吉县众志成城抗疫情"><meta name="pubdate" content="later">
      <meta name="__proto__" content="x"><meta name="empty" content="">
      </head><body><p>正文。</p></body></html>`;
    const { meta } = extractHtmlText(html);
    expect(meta).toEqual({
      pubdate: '2020-02-10 09:30',
      contentsource: '临汾日报',
      'article:published_time': '2020-02-10T09:30:00+08:00',
      articletitle: '吉县众志成城抗疫情',
      ['__proto__']: 'x',
    });
    expect(Object.getPrototypeOf(meta)).toBe(Object.prototype);
  });

  it('puts <br> breaks, list items and table cells on their own lines', () => {
    const html = `<body><div><p>第一行<br>第二行<br/>第三行</p>
      <ul><li>一、排查</li><li>二、消杀</li></ul>
      <table><tr><th>乡镇</th><th>人数</th></tr><tr><td>城关镇</td><td>1200</td></tr>
      <tr><td>东关镇</td><td>800</td></table></div></body>`;
    expect(lines(html)).toEqual([
      '第一行',
      '第二行',
      '第三行',
      '一、排查',
      '二、消杀',
      '乡镇',
      '人数',
      '城关镇',
      '1200',
      '东关镇',
      '800',
    ]);
  });

  it('copes with malformed markup: unclosed tags, stray closers, no <head> or <body>', () => {
    const html = `<title>标题</title><meta name="source" content="某某网"><div class=main><p>第一段没有闭合
      <p>第二段<b>加粗没闭合<p>第三段</i></span></td>
      <div><font color=red>第四段<div>第五段`;
    const { title, text, meta } = extractHtmlText(html);
    expect(title).toBe('标题');
    expect(meta.source).toBe('某某网');
    expect(text.split('\n')).toEqual([
      '标题',
      '第一段没有闭合',
      '第二段加粗没闭合',
      '第三段',
      '第四段',
      '第五段',
    ]);
  });

  it('body content left inside an unclosed <head> is still read', () => {
    const html = `<html><head><title>题</title><div><p>头部里的正文段落。</p></div></html>`;
    expect(lines(html)).toEqual(['题', '头部里的正文段落。']);
  });

  it('skips elements the page hides', () => {
    const html = `<body><div><p>看得见的正文。</p><div hidden>隐藏的文字</div>
      <div style="color:red; display: none">也隐藏</div><p>第二段。</p></div></body>`;
    expect(lines(html)).toEqual(['看得见的正文。', '第二段。']);
  });

  it('gives an empty text for an empty page', () => {
    expect(extractHtmlText('<html><body><script>x()</script></body></html>')).toEqual({
      title: null,
      text: '',
      meta: {},
    });
    expect(extractHtmlText('').text).toBe('');
  });

  it('survives very deep nesting, in time linear in the page', () => {
    const deep = `<body>${'<div>'.repeat(50_000)}深处的文字${'</div>'.repeat(10)}</body>`;
    expect(extractHtmlText(deep).text).toBe('深处的文字');
    // 2 MB of unclosed tags (htmlparser2 alone takes minutes on this: see MAX_DEPTH).
    const hostile = `<body><p>开头。</p>${'<b>'.repeat(650_000)}结尾。</body>`;
    const t0 = performance.now();
    expect(extractHtmlText(hostile).text).toBe('开头。\n结尾。');
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('reads a 2 MB page in reasonable time', () => {
    const para =
      '<p>&nbsp;&nbsp;全县上下众志成城，<span>坚决打赢</span>疫情防控阻击战，确保人民群众生命安全。</p>\n';
    const chrome = '<div class="nav"><a href="/">首页</a><a href="/x">新闻</a></div>\n';
    const bytes = (s: string) => new TextEncoder().encode(s).length;
    const parts = ['<html><head><title>大页面</title></head><body><div id="c">'];
    let size = bytes(parts[0] ?? '');
    for (let n = 0; size < 2_000_000; n++) {
      const part = n % 10 === 0 ? chrome : para;
      parts.push(part);
      size += bytes(part);
    }
    parts.push('</div></body></html>');
    const html = parts.join('');
    const t0 = performance.now();
    const { text } = extractHtmlText(html);
    const ms = performance.now() - t0;
    expect(text.split('\n').length).toBeGreaterThan(10_000);
    expect(text).toContain('全县上下众志成城，坚决打赢疫情防控阻击战，确保人民群众生命安全。');
    // About 150 ms on one core of the development machine; generous for a loaded CI machine.
    expect(ms).toBeLessThan(3000);
  });
});

describe('isHtmlFile', () => {
  it('knows an HTML file by its name or its opening', () => {
    expect(isHtmlFile('a.HTM', '')).toBe(true);
    expect(isHtmlFile('page.html', '')).toBe(true);
    expect(isHtmlFile('x.txt', '  <!DOCTYPE html><html>')).toBe(true);
    expect(isHtmlFile('x.txt', '<html lang="zh">')).toBe(true);
    expect(isHtmlFile('x.txt', '新闻正文 <b>')).toBe(false);
  });
});
