// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { defuse, extractHtmlText } from './html.ts';

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
<p>疫情来势汹汹<b>，</b>吉县众志成城。<img src="https://evil.example/p.png" onerror="window.__pwned=4"></p>
<p>全县干群勠力同心，<a href="javascript:alert(1)">共克时艰</a>。<br>他们与时间赛跑。</p>
<iframe src="https://evil.example/frame"></iframe>
<script>window.__pwned = 5</script>
</article>
<aside>相关推荐：其他文章标题一；其他文章标题二</aside></div>
<footer>版权所有 © 某某网</footer>
</body></html>`;

declare global {
  interface Window {
    __pwned?: number;
  }
}

afterEach(() => {
  delete window.__pwned;
});

describe('extractHtmlText', () => {
  it('takes the article’s text, block by block, and runs nothing', () => {
    const { title, text } = extractHtmlText(HOSTILE);
    expect(title).toBe('吉县众志成城抗疫情');
    expect(text.split('\n')).toEqual([
      '吉县众志成城抗疫情',
      '2020年2月10日 来源：临汾新闻网',
      '疫情来势汹汹，吉县众志成城。',
      '全县干群勠力同心，共克时艰。',
      '他们与时间赛跑。',
    ]);
    expect(text).not.toMatch(/pwned|javascript|evil|首页|相关推荐|版权/);
    expect(window.__pwned).toBeUndefined();
    expect(document.title).not.toBe('pwned');
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

  it('defuses handlers, sources and active elements before parsing', () => {
    expect(
      defuse('<IMG src="x.png" onError="a()"><Script>b()</SCRIPT><a href=javascript:c()>'),
    ).toBe(
      '<IMG data-x-src="x.png" data-x-onError="a()"><x-script>b()</x-script><a data-x-href=javascript:c()>',
    );
  });

  it('gives an empty text for an empty page', () => {
    expect(extractHtmlText('<html><body><script>x()</script></body></html>').text).toBe('');
  });
});
