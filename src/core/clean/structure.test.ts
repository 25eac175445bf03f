import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation } from './punctuation.ts';
import { normaliseWhitespace } from './normalise.ts';
import { removeInsertedCommas } from './insertedCommas.ts';
import { stripRomanisation } from './romanisation.ts';
import { collapseCjkSpaces, structureArticle } from './structure.ts';

const raw = (name: string): string =>
  readFileSync(new URL(`../../../corpus/raw/${name}`, import.meta.url), 'utf8');
const chars = (s: string): string =>
  [normaliseWhitespace, stripRomanisation, removeInsertedCommas, fullWidthPunctuation].reduce(
    (t, step) => step(t),
    s,
  );
const structured = (name: string, title?: string, outletNames: string[] = []) =>
  structureArticle(chars(raw(name)), { title, outletNames });

/** Page chrome seen in the five files; none of it may reach the body. */
const CHROME = [
  '您当前的位置',
  '版权声明',
  '精彩推荐',
  '关注我们',
  '即时播报',
  '分享到',
  '分享让更多人看到',
  '推荐阅读',
  '返回顶部',
  '小字号',
  '相關文章',
  '人民网>>',
  '中国甘肃网微博',
  '10.9亿元中央预算内投资',
];

describe('structureArticle on the bundled corpus', () => {
  const cases = [
    {
      file: '000_6a61af9399061067.txt',
      title: '陇南徽县：战“疫”一线党旗红',
      outlets: ['中国甘肃网'],
    },
    { file: '001_4233413e716f2bf2.txt', title: '鳳臺縣城關鎮疫情防控攻堅戰見聞', outlets: [] },
    { file: '002_135e622cae84e7d9.txt', title: '吉縣眾志成城抗擊疫情', outlets: ['临汾新闻网'] },
    {
      file: '003_eca882e2324bf511.txt',
      title: '全面激活“免疫”系統 婁底市縣鄉村四級防控體系構築防疫“銅牆鐵壁”',
      outlets: ['湖南日报'],
    },
    {
      file: '004_c6ca533dfe0d7906.txt',
      title: '泽库县五项措施奋力打赢打好疫情阻击战',
      outlets: ['人民网', '人民网·青海频道'],
    },
  ];

  for (const c of cases) {
    it(`keeps only the article in the body of ${c.file}`, () => {
      const s = structured(c.file, c.title, c.outlets);
      const body = s.blocks.map((b) => b.text).join('\n');
      for (const chrome of CHROME) expect(body).not.toContain(chrome);
      expect(s.blocks.length).toBeGreaterThan(5);
      // The title is printed once as the headline at most, never inside the body.
      expect(body).not.toContain(c.title.replace(/\s/g, ''));
    });
  }

  it('000: identifies headline, dateline, credits and section headings', () => {
    const s = structured(cases[0]!.file, cases[0]!.title, cases[0]!.outlets);
    expect(s.headline).toBe('【甘快看·疫情防控甘肃在行动】陇南徽县：战“疫”一线党旗红');
    expect(s.dateline).toBe('21-11-08 16:50 来源：中国甘肃网 编辑：王烁');
    expect(s.credits).toEqual(['通讯员 朱登山 高琼 剡文斌']);
    expect(s.blocks[0]).toMatchObject({ kind: 'paragraph' });
    expect(s.blocks[0]!.text.startsWith('初冬时节，寒风凛冽')).toBe(true);
    expect(s.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      '“抗疫”决心彰显“担当作为”',
      '“硬核”措施筑牢“铜墙铁壁”',
      '“战疫”必胜守护“百姓平安”',
    ]);
    expect(s.removed.map((r) => r.reason)).toContain('breadcrumb');
    expect(s.removed.map((r) => r.reason)).toContain('copyright');
  });

  it('001: the surviving subtitle and the trailing reporters credit', () => {
    const s = structured(cases[1]!.file, cases[1]!.title);
    expect(s.subtitle).toBe('——鳳臺縣城關鎮疫情防控攻堅戰見聞');
    expect(s.credits).toEqual(['記者 張昌濤 劉銀昌 張明星 見習記者 尚家起']);
    const last = s.blocks.at(-1)!.text;
    expect(last.endsWith('全市疫情防控取得了階段性成果。')).toBe(true);
    expect(s.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toContain(
      '——精準布控織密網',
    );
  });

  it('002: photo captions become captions, the wire lead becomes the dateline', () => {
    const s = structured(cases[2]!.file, cases[2]!.title, cases[2]!.outlets);
    expect(s.captions).toEqual([
      '縣委書記崔紹民、代縣長趙松強督導檢查疫情防控工作落實情況',
      '臨時黨支部黨員重溫入黨誓詞',
      '衛生防疫站工作人員嚴格管控',
      '志愿者發放疫情防控物資和宣傳資料',
      '愛心蘋果捐贈武漢',
    ]);
    expect(s.dateline).toBe('臨汾新聞網訊');
    expect(s.blocks[0]!.text).toBe('疫情來勢洶洶，吉縣眾志成城。');
    expect(s.credits).toEqual(['組稿、供圖：吉縣融媒體中心', '責任編輯：暢任杰']);
    // A space the scraper left inside a word is gone.
    expect(s.blocks.at(-1)!.text.endsWith('構筑起疫情防控的安全屏障。')).toBe(true);
  });

  it('003: the title printed three times is kept once', () => {
    const s = structured(cases[3]!.file, cases[3]!.title, cases[3]!.outlets);
    expect(s.headline).toBe(
      '湖南日報|全面激活“免疫”系統 婁底市縣鄉村四級防控體系構築防疫“銅牆鐵壁”',
    );
    expect(s.removed.filter((r) => r.reason === 'duplicate-title')).toHaveLength(3);
    expect(s.blocks[0]!.text.startsWith('1月31日23時，雙峰縣人民醫院')).toBe(true);
  });

  it('004: masthead, breadcrumb, font-size switch and recommended list are removed', () => {
    const s = structured(cases[4]!.file, cases[4]!.title, cases[4]!.outlets);
    const reasons = new Set(s.removed.map((r) => r.reason));
    for (const r of ['masthead', 'breadcrumb', 'font-size', 'share', 'related-list'] as const)
      expect(reasons).toContain(r);
    expect(s.dateline).toBe('2022年05月17日19:52');
    expect(s.credits).toEqual(['来源：黄南州泽库县委宣传部', '责编：陈晶、张莉萍']);
    expect(s.blocks.at(-1)!.text.endsWith('向各村、社区发放。')).toBe(true);
  });
});

describe('structureArticle on generic pages', () => {
  it('takes the first short line as the headline when no title is known', () => {
    const s = structureArticle(
      '某县抗疫纪实\n2020年2月5日\n疫情发生以来，某县迅速行动。\n相关文章\n其他文章',
    );
    expect(s.headline).toBe('某县抗疫纪实');
    expect(s.dateline).toBe('2020年2月5日');
    expect(s.blocks).toEqual([{ kind: 'paragraph', text: '疫情发生以来，某县迅速行动。' }]);
    expect(s.removed.map((r) => r.reason)).toEqual(['related-list', 'after-article']);
  });

  it('keeps text without any prose rather than losing it', () => {
    expect(structureArticle('网格化管理').blocks).toEqual([
      { kind: 'paragraph', text: '网格化管理' },
    ]);
  });
});

describe('collapseCjkSpaces', () => {
  it('removes spaces between Chinese characters only', () => {
    expect(collapseCjkSpaces('安全屏 障。 一場')).toBe('安全屏障。一場');
    expect(collapseCjkSpaces('11 个交通管控检查站')).toBe('11 个交通管控检查站');
    expect(collapseCjkSpaces('KN95 口罩')).toBe('KN95 口罩');
  });
});

describe('a second dateline', () => {
  // Found by the pipeline's "never loses a Han character" property: the second line vanished.
  it('is recorded as removed when it repeats the first', () => {
    const s = structureArticle(
      '2022年05月17日19:52 |\n2022年05月17日19:52 |\n正文第一段，内容很长很长很长。',
    );
    expect(s.dateline).toBe('2022年05月17日19:52');
    expect(s.removed).toEqual([
      { line: 1, text: '2022年05月17日19:52 |', reason: 'duplicate-dateline' },
    ]);
  });
  it('is kept with the credits when it differs', () => {
    const s = structureArticle(
      '2022年05月17日19:52 |\n21-11-08 16:50 来源:中国甘肃网 编辑:王烁\n正文。',
    );
    expect(s.credits.join()).toContain('来源:中国甘肃网');
  });
});

describe('structureArticle on real-world layouts (own fixtures)', () => {
  const s = (text: string) =>
    structureArticle(
      text
        .split('\n')
        .map((l) => l.trim())
        .join('\n'),
    );

  it('a share widget between the stamp and the body does not end the article', () => {
    const r = s(
      '某社区党员志愿者带头抗疫\n• 来源： 2021/07/05 16:34\n分享到：\n刚经过卡口，党员志愿者正在小区值守。\n社区是联防联控的第一线，也是最有效的防线。\n手机扫扫打开当前页面\n相关新闻',
    );
    expect(r.blocks.map((b) => b.text)).toEqual([
      '刚经过卡口，党员志愿者正在小区值守。',
      '社区是联防联控的第一线，也是最有效的防线。',
    ]);
    expect(r.removed.map((x) => x.reason)).toEqual(['share', 'share', 'related-list']);
  });

  it('takes the site header above a breadcrumb and a stray label under the headline out', () => {
    const r = s(
      '某县某镇政府\n您现在所在的位置：网站首页 > 政府会议\n某镇召开疫情防控工作会议\n南梁镇\n近日，某镇召开会议，部署疫情防控工作。',
    );
    expect(r.headline).toBe('某镇召开疫情防控工作会议');
    expect(r.removed.map((x) => [x.reason, x.text])).toEqual([
      ['site-header', '某县某镇政府'],
      ['breadcrumb', '您现在所在的位置：网站首页 > 政府会议'],
      ['label', '南梁镇'],
    ]);
  });

  it('reads wire leads with their credits, even under a page stamp', () => {
    const a = s('金山网讯（记者 张某）17日，全市疫情防控工作会议召开。');
    expect(a.dateline).toBe('金山网讯');
    expect(a.credits).toEqual(['记者 张某']);
    expect(a.blocks[0]?.text).toBe('17日，全市疫情防控工作会议召开。');
    const b = s(
      '某某题目很长的标题\n发布时间：2020-02-19\n某某新闻网2月19日讯（通讯员 罗某）近日，党员到社区报到。',
    );
    expect(b.dateline).toBe('发布时间：2020-02-19');
    expect(b.credits).toEqual(['通讯员 罗某']);
    expect(b.blocks[0]?.text).toBe('某某新闻网2月19日讯近日，党员到社区报到。');
  });

  it('moves bracketed names, photographers and run-in credits to the credits', () => {
    const r = s(
      '防疫宣传到村。各村设立卡点，严格测温登记。（王某 李某）\n来源于《某某日报》官方微信',
    );
    expect(r.credits).toEqual(['来源于《某某日报》官方微信', '王某 李某']);
    expect(r.blocks[0]?.text).toBe('防疫宣传到村。各村设立卡点，严格测温登记。');
    const p = s('为提高应急处置能力，近日，某镇开展疫情防控综合应急演练。 王某某 摄');
    expect(p.credits).toEqual(['王某某 摄']);
  });

  it('keeps a repeated paragraph once, and a 核心提示 that repeats the body as removed', () => {
    const para = '为全力做好疫情防控工作，某镇迅速启动联防联控机制，开展地毯式排查。';
    const r = s(`某镇谱写防疫进行曲\n核心提示：${para}\n${para}\n第二段内容，继续排查。\n${para}`);
    expect(r.blocks.map((b) => b.text)).toEqual([para, '第二段内容，继续排查。']);
    expect(r.removed.map((x) => x.reason)).toEqual([
      'summary',
      'duplicate-paragraph',
      'duplicate-paragraph',
    ]);
  });

  it('takes a trailing run of one-word tag lines out', () => {
    const r = s('某乡四个喇叭助力疫情防控。\n宣传\n广播\n喇叭\n防疫\n疫情');
    expect(r.blocks.map((b) => b.text)).toEqual(['某乡四个喇叭助力疫情防控。']);
    expect(r.removed.filter((x) => x.reason === 'tags')).toHaveLength(5);
  });

  it('a title given as 标题： at the foot of the page, or as 原标题：, is the headline', () => {
    expect(
      s('疫情发生以来，某镇反应迅速。\n来源：某某新闻\n标题：某镇坚决打赢疫情防控阻击战').headline,
    ).toBe('标题：某镇坚决打赢疫情防控阻击战');
    expect(s('原标题：某县关于开展全员核酸检测的通告\n为排查风险，现通告如下。').headline).toBe(
      '原标题：某县关于开展全员核酸检测的通告',
    );
  });

  it('never takes a numbered section heading for the headline', () => {
    const r = s('一、检测时间\n二、检测范围\n凡是居住在我县的居民，均应参加检测。');
    expect(r.headline).toBeNull();
  });

  it('takes URLs glued into prose out of it, on record', () => {
    const r = s('某医院 http://m.example.com/a.html为认真贯彻落实会议精神，各乡镇召开会议。');
    // The link's anchor text at the head of the line goes with it.
    expect(r.blocks[0]?.text).toBe('为认真贯彻落实会议精神，各乡镇召开会议。');
    expect(r.removed).toEqual([
      { line: 0, text: '某医院 http://m.example.com/a.html', reason: 'spam' },
    ]);
    const mid = s('各乡镇召开会议，详见 http://m.example.com/a.html。');
    expect(mid.blocks[0]?.text).toBe('各乡镇召开会议，详见。');
  });

  it('reads the other forms of a wire lead', () => {
    const a = s('某上某石报道（通讯员 彭某 曹某）从某镇某村路口进去，三个村一线贯穿。');
    expect([a.dateline, a.credits]).toEqual(['某上某石报道', ['通讯员 彭某 曹某']]);
    const b = s('【某网】（记者 史某 通讯员 殷某）“口罩一戴，福气常在！”全县大喇叭响起来。');
    expect([b.dateline, b.credits]).toEqual(['【某网】', ['记者 史某 通讯员 殷某']]);
    const c = s('某勒泰新闻网讯：（通讯员 马某）体温正常，记得每天测量体温。');
    expect([c.dateline, c.credits]).toEqual(['某勒泰新闻网讯', ['通讯员 马某']]);
    const d = s(
      '某场星报、某徽财经网(m.example.cn)、掌中某徽讯（王某）农村地区是疫情防控的重中之重。',
    );
    expect(d.dateline).toBe('某场星报、某徽财经网(m.example.cn)、掌中某徽讯');
    expect(s('群众闻讯赶来，纷纷报名参加志愿服务。').dateline).toBeNull();
  });

  it('moves unbracketed credits run in after the last sentence', () => {
    const r = s(
      '截至目前，全镇先后取消婚丧宴操办30户。 记者：方某 程某 来源：某县融媒体中心 责任编辑：冷某 / 编审：严某',
    );
    expect(r.blocks[0]?.text).toBe('截至目前，全镇先后取消婚丧宴操办30户。');
    expect(r.credits).toEqual(['记者：方某 程某 来源：某县融媒体中心 责任编辑：冷某 / 编审：严某']);
    const unit = s('各村积极行动。\n某某乡党政办 图文\n视频制作 孙某');
    expect(unit.credits).toEqual(['某某乡党政办 图文', '视频制作 孙某']);
  });

  it('opens the text at a salutation, and keeps an exclamation inside a headline', () => {
    const r = s(
      '某某区疫情防控指挥部关于进行全员核酸检测的公告\n广大市民朋友们:\n经区指挥部研究，决定开展全员核酸检测。',
    );
    expect(r.headline).toBe('某某区疫情防控指挥部关于进行全员核酸检测的公告');
    expect(r.blocks[0]?.text).toBe('广大市民朋友们:');
    const h = s('某仑这个小区真暖！邻里互助分享物资\n10月20日上午，小区业主在群里发起互助。');
    expect(h.headline).toBe('某仑这个小区真暖！邻里互助分享物资');
  });

  it('splits a stamp that runs into the first sentence', () => {
    const r = s(
      '某某小河镇：严防死守\n时间：2021-08-16 14:48:34 来源：某江广播电视台为打赢新一轮疫情防控阻击战，小河镇党员干部坚守一线。',
    );
    expect(r.dateline).toBe('时间：2021-08-16 14:48:34 来源：某江广播电视台');
    expect(r.blocks[0]?.text).toBe('为打赢新一轮疫情防控阻击战，小河镇党员干部坚守一线。');
  });

  it('keeps a reposted notice’s own title and number in the text', () => {
    const r = s(
      '8日起，某市四地开展全员核酸检测\n发稿时间：2021-01-08 09:20:00\n关于开展相关地区全员核酸检测工作的通知\n某疫防发〔2021〕5号\n各区、县（市）疫情防控指挥部：\n为加大筛查力度，定于1月8日起开展全员核酸检测。',
    );
    expect(r.captions).toEqual([]);
    expect(r.blocks.slice(0, 2).map((b) => b.text)).toEqual([
      '关于开展相关地区全员核酸检测工作的通知',
      '某疫防发〔2021〕5号',
    ]);
  });

  it('drops a column label and takes an injected gambling brand out of the headline and the text', () => {
    const r = s(
      '政府信息公开\n澳门金沙城中心_某足球网-【投注官网平台】召开农村地区疫情防控工作会议\n2月5日，中共澳门金沙城中心_某足球网-【投注官网平台】委召开全县农村地区疫情防控工作会议。',
    );
    expect(r.headline).toBe('召开农村地区疫情防控工作会议');
    expect(r.blocks[0]?.text).toBe('2月5日，中共委召开全县农村地区疫情防控工作会议。');
    expect(r.removed.map((x) => x.reason)).toEqual(['label', 'spam', 'spam']);
  });

  it('takes a byline glued to the first sentence to the credits', () => {
    const r = s(
      '某某报·某某财立方见习记者赵某1月27日，在连续两天的阴雨过后，某市终于迎来了晴朗的好天气。',
    );
    expect(r.credits).toEqual(['某某报·某某财立方见习记者赵某']);
    expect(r.blocks[0]?.text.startsWith('1月27日')).toBe(true);
  });

  it('keeps many short lines before the first sentence as text, not captions', () => {
    const lines = [
      '农村成为疫情防控的重点地区',
      '那么节日期间',
      '镇村干部有无坚守岗位',
      '下面随着记者一起',
      '深入农村走访一下',
      '在某镇的市场',
      '菜品摆放整齐',
      '市场经营井然有序',
      '市民正按照要求接受体温测量。',
    ];
    const r = s(lines.join('\n'));
    expect(r.captions).toEqual([]);
    expect(r.blocks).toHaveLength(lines.length - 1);
  });

  it('takes a unit named in brackets at the end, and e-paper labels, to where they belong', () => {
    const r = s(
      '第2版 ：综合\n某镇积极开展疫苗接种工作\n本报讯（黄某 张某）5月15日，某镇卫生院继续推进疫苗接种。\n各村组织群众有序接种，严防复工过程中发生聚集。（市中区安办）',
    );
    expect(r.headline).toBe('某镇积极开展疫苗接种工作');
    expect([r.dateline, r.credits]).toEqual(['本报讯', ['黄某 张某', '市中区安办']]);
    expect(r.removed.map((x) => x.reason)).toEqual(['site-header']);
  });

  it('reads initial and final reviewers as credits', () => {
    expect(s('某镇开展演练。\n编辑:吴某 初审:陈某 终审:谢某').credits).toEqual([
      '编辑:吴某 初审:陈某 终审:谢某',
    ]);
  });
});
