import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripMarkup } from './markup.ts';

describe('stripMarkup', () => {
  it('turns block tags into line breaks and drops inline ones', () => {
    expect(stripMarkup('<h3>  大喇叭响起来。</h3> <h3>小喇叭走街串巷。</h3>')).toBe(
      '\n  大喇叭响起来。\n \n小喇叭走街串巷。\n',
    );
    expect(stripMarkup('标题</p>')).toBe('标题\n');
    expect(stripMarkup('<div class="a">某镇<span style="x">召开</span>会议。</div>')).toBe(
      '\n某镇召开会议。\n',
    );
  });
  it('decodes entities, but leaves a literal &amp;lt; as the text &lt;', () => {
    expect(stripMarkup('&nbsp;&nbsp;某镇&amp;某村&#x4e2d;&#20013;')).toBe('  某镇&某村中中');
    expect(stripMarkup('写作&amp;lt;p&amp;gt;')).toBe('写作&amp;lt;p&amp;gt;');
  });
  it('keeps an image’s description, drops an empty marker and table pipes', () => {
    expect(stripMarkup('正文一。\n![]() |\n正文二。')).toBe('正文一。\n\n正文二。');
    expect(stripMarkup('![志愿者为居民测温](a.jpg)')).toBe('\n志愿者为居民测温\n');
    expect(stripMarkup('核酸检测“扫楼” | |||')).toBe('核酸检测“扫楼”');
    expect(stripMarkup('湖南日报|全面激活')).toBe('湖南日报|全面激活');
    expect(stripMarkup('    | 责任编辑:某某')).toBe('责任编辑:某某');
  });
  it('leaves what is not markup: angle-bracket titles, comparisons', () => {
    expect(stripMarkup('<<人民日报>>报道，a < b > c')).toBe('<<人民日报>>报道，a < b > c');
    expect(stripMarkup('<p的位置>')).toBe('<p的位置>');
  });
  it('is idempotent', () => {
    const pieces = fc.constantFrom(
      '<p>',
      '</p>',
      '<br/>',
      '&nbsp;',
      '&amp;lt;',
      '![](x)',
      ' |',
      '某镇',
      '。',
      '\n',
      '<span>',
      '&#20013;',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), (parts) => {
        const once = stripMarkup(parts.join(''));
        expect(stripMarkup(once)).toBe(once);
      }),
    );
  });
});
