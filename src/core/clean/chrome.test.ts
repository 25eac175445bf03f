import { describe, expect, it } from 'vitest';
import {
  gluedUrls,
  isMetadataLine,
  isSiteName,
  isSpamLine,
  lineChrome,
  spamTerms,
  trailerStart,
} from './chrome.ts';

/** Lines written for these tests in the layouts of county and township sites. */
describe('lineChrome', () => {
  const cases: [string, string][] = [
    ['您当前的位置:首页 > 新闻中心 > 乡镇动态', 'breadcrumb'],
    ['您现在所在的位置: 网站首页> 政府信息公开首页 > 某镇政府> 政府会议', 'breadcrumb'],
    ['首页 > 资讯 > 焦点关注', 'breadcrumb'],
    ['某某文明网 > 某市 > 正文', 'breadcrumb'],
    ['你现在的位置:首页 >> 新闻中心 >> 某县关于延长静默管控时间的通告', 'breadcrumb'],
    ['某社某分社 • 正文', 'breadcrumb'],
    ['字号:', 'font-size'],
    ['A+', 'font-size'],
    ['【字体:大 中 小】', 'font-size'],
    ['用微信扫描二维码', 'share'],
    ['分享至好友和朋友圈', 'share'],
    ['分享到:', 'share'],
    ['×', 'share'],
    ['微信扫一扫,即刻分享!', 'share'],
    ['扫一扫在手机打开当前页', 'share'],
    ['扫码关注某某网公众号', 'follow-us'],
    ['ID:abc365', 'follow-us'],
    ['上一篇:某镇党员干部用心防控[ 01-31 ]', 'prev-next'],
    ['下一篇', 'prev-next'],
    ['返回', 'back-to-top'],
    ['顶部', 'back-to-top'],
    ['点我回到页面顶部', 'back-to-top'],
    ['皖ICP备0000000号', 'footer'],
    ['技术支持:某某科技皖公网安备 34000000000000号', 'footer'],
    ['关于我们 | About us | 联', 'footer'],
    ['某省委宣传部 某省精神文明建设办公室 主办', 'footer'],
    ['某某日报提供某地每日新闻、时事评论、专题报道、印刷服务等!', 'footer'],
    ['欢迎访问中国·某市委党校门户网站!', 'site-header'],
    ['站内搜索:', 'site-header'],
    ['转载请注明原文网址:http://www.example.com/a/1.html', 'repost-notice'],
    ['本文为某某站原创文章,转载请附上原文出处链接和本声明。', 'repost-notice'],
    ['声明:本文信息为网友自行发布,文中观点与本站无关。', 'repost-notice'],
    ['暂无评论!', 'comments'],
    ['(字数不能超过300个)', 'comments'],
    ['剩余字数:', 'comments'],
    ['TAG:核酸  疫情  防控', 'tags'],
    ['THE END', 'markup'],
    ['------分隔线----------------------------', 'markup'],
    ['| |||', 'markup'],
    ['![]() |', 'markup'],
    ['微信图片_20200101000000.jpg', 'image-file'],
    ['本篇文章386字,读完约1分钟', 'metadata'],
    ['索引号: 1134/202211-00097 组配分类: 政府会议', 'metadata'],
    ['首页|新闻|图片|评论|共青团|青年之声|教育|文化|军事|体育', 'site-header'],
    ['本帖最后由 某社区发言人1 于 2020-2-10 22:28 编辑', 'metadata'],
    ['(0)', 'markup'],
    ['登录后才能评论', 'comments'],
    ['合作热线:0551-0000000      来稿邮箱:abc@example.com', 'footer'],
    ['Powered by Discuz! X3.3 |', 'footer'],
    ['更多详细内容请关注某某APP!', 'footer'],
    ['欢迎分享,转载请注明来源:某某百科', 'repost-notice'],
    ['当前页面: 首页 > 政务公开 > 通知公告', 'breadcrumb'],
    ['【关闭本页】', 'share'],
    ['发稿时间:2021-01-08 09:20:00 来源:某某日报', 'metadata'],
    ['发布单位:某某局 发布时间: 2021-02-05 17:52 浏览次数: 字体: [ ]', 'metadata'],
    ['1152-x-/2022-0110001 | 发布机构 | 某县某镇', 'metadata'],
    ['发布机构某县疫情防控指挥部办公室', 'metadata'],
    ['发表于 2021-9-17 01:53:22 | 显示全部楼层 |阅读模式', 'comments'],
    ['使用道具 举报', 'share'],
    ['回复 列表 顶部', 'share'],
    ['- 积分:3812', 'comments'],
    ['某某网手机版移动继续看新闻', 'follow-us'],
    ['今天是2024年04月28日,欢迎您访问某某社区发展网!', 'site-header'],
    ['政府网站标识码:5118260001', 'footer'],
    ['第2版 :综合', 'site-header'],
    ['报刊搜索:', 'site-header'],
    ['下午好!我是安安', 'site-header'],
    ['点击我为您语音播报', 'share'],
    ['展开全文', 'share'],
    ['0', 'markup'],
    ['举报电话:0000-0000000 举报邮箱:a@example.com', 'footer'],
    ['建议使用1366*768分辨率/IE9.0或以上浏览器访问达到最佳效果', 'footer'],
    ['浏览次数:', 'metadata'],
  ];
  for (const [line, reason] of cases) {
    it(`${reason}: ${line}`, () => expect(lineChrome(line)).toBe(reason));
  }

  it('leaves the article’s own lines alone', () => {
    for (const line of [
      '会议要求,各村要落实外防输入要求,压实防控责任。',
      '一、检测时间',
      '佈局防控，頭等大事。第一時間公佈定點醫院名單、聯繫電話。',
      '采样地址：各村村委会',
      '镇平县新冠肺炎疫情防控指挥部',
      '2022年11月6日',
      '“大喇叭”响起来',
      '欢迎大家积极参加疫苗接种，共同筑牢免疫屏障。',
    ]) {
      expect(lineChrome(line)).toBeNull();
    }
  });
});

describe('trailerStart', () => {
  it('opens the related list and the copyright notice, not a share bar', () => {
    expect(trailerStart('相关文章')).toBe('related-list');
    expect(trailerStart('【相关文章】')).toBe('related-list');
    expect(trailerStart('猜你喜欢')).toBe('related-list');
    expect(trailerStart('圖片新聞')).toBe('related-list');
    expect(trailerStart('热门推荐')).toBe('related-list');
    expect(trailerStart('版权所有：某某网')).toBe('copyright');
    expect(trailerStart('分享到：')).toBeNull();
    expect(trailerStart('相关文章显示，各地积极行动。')).toBeNull();
  });
});

describe('metadata and spam', () => {
  it('tells a disclosure table row from a sentence that has a colon', () => {
    expect(isMetadataLine('发布机构: 某镇政府 主题分类: 卫生、体育')).toBe(true);
    expect(isMetadataLine('名称: 某镇召开疫情防控工作会议 文号:')).toBe(true);
    expect(
      isMetadataLine(
        '时间：从即日起至疫情结束，全体干部取消休假，坚守岗位，做好值班值守和信息报送工作。',
      ),
    ).toBe(false);
  });
  it('sets aside gambling names and link farms, and finds URLs glued into prose', () => {
    expect(isSpamLine('某某娱乐城注册送彩金')).toBe(true);
    expect(isSpamLine('a.example.com b.example.cn c.example.net')).toBe(true);
    expect(isSpamLine('国产一区二区精品久久_久久激情视频')).toBe(true);
    // An injected brand inside a sentence does not make the sentence spam: the term alone is.
    const line =
      '2月5日，中共澳门金沙城中心_某某足球网-【投注官网平台】委召开全县农村地区疫情防控工作会议。';
    expect(isSpamLine(line)).toBe(false);
    expect(spamTerms(line).map((t) => t.text)).toEqual([
      '澳门金沙城中心_某某足球网-【投注官网平台】',
    ]);
    expect(isSpamLine('某某比分直播')).toBe(true);
    expect(isSpamLine('某镇召开会议。')).toBe(false);
    expect(gluedUrls('程某出诊的医院 http://m.example.com/a.html为贯彻落实会议精神')).toEqual([
      { start: 8, end: 35, text: 'http://m.example.com/a.html' },
    ]);
    expect(gluedUrls('http://example.com 是网址')).toEqual([]);
  });
});

describe('isSiteName', () => {
  it('tells a site’s name standing alone from a headline', () => {
    for (const name of [
      '某某县融媒体中心',
      '某某论坛',
      '某某新闻网乡镇融',
      '欢迎访问某通州网!',
      '某某区某镇政府官网',
    ])
      expect(isSiteName(name)).toBe(true);
    for (const line of [
      '某镇召开疫情防控工作会议',
      '网格员对返乡人员进行健康排查',
      '织密农村地区疫情防控网',
    ])
      expect(isSiteName(line)).toBe(false);
  });
});
