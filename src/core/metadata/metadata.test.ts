import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../clean/pipeline.ts';
import type { CleanedArticle } from '../clean/pipeline.ts';
import { findDates, guessDate } from './dates.ts';
import { guessMeta } from './guess.ts';
import { guessOutlet, leadOutlet, sourceOf } from './outlet.ts';
import {
  cleanHeadline,
  firstSentenceTitle,
  guessTitle,
  headlineFitsBody,
  isSeoHeading,
} from './title.ts';

/** Fixtures are written for these tests: invented places and people, the layouts of real pages. */
const clean = (text: string): CleanedArticle => {
  const r = cleanArticle(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const id = (s: string): string => s;
const meta = (text: string, filename = 'page.txt') =>
  guessMeta({ cleaned: clean(text), filename, fold: id });

describe('findDates', () => {
  it('reads the written forms of a date', () => {
    const got = (s: string) => findDates(s).map((f) => [f.year, f.month, f.day]);
    expect(got('2022-03-28 10:20')).toEqual([[2022, 3, 28]]);
    expect(got('2022年05月17日19:52')).toEqual([[2022, 5, 17]]);
    expect(got('发布日期：2020/3/30')).toEqual([[2020, 3, 30]]);
    expect(got('２０２０年２月')).toEqual([[2020, 2, null]]);
    expect(got('21-11-08 16:50 来源')).toEqual([[2021, 11, 8]]);
    expect(got('星期日, 5月 29, 2022 900Views')).toEqual([[2022, 5, 29]]);
    expect(got('1月30日讯')).toEqual([[null, 1, 30]]);
  });
  it('ignores impossible dates and digits inside longer numbers', () => {
    expect(findDates('2020年13月40日')).toEqual([]);
    expect(findDates('电话 0550-7770830')).toEqual([]);
    expect(findDates('4.98万人次')).toEqual([]);
  });
});

describe('guessDate', () => {
  const base = { credits: [], removed: [], paragraphs: ['正文一句。'] };
  it('takes the page stamp first, in any of its forms', () => {
    expect(guessDate({ ...base, dateline: '时间：2020-08-10' })).toMatchObject({
      date: '2020-08-10',
      precision: 'day',
      source: 'dateline',
    });
    expect(guessDate({ ...base, dateline: '某某日报 2022-04-06 09:18' })?.date).toBe('2022-04-06');
    expect(guessDate({ ...base, dateline: null, credits: ['来源： 2021/07/05 16:34'] })?.date).toBe(
      '2021-07-05',
    );
  });
  it('never takes a repost stamp as the date, but bounds the month by it', () => {
    const g = guessDate({
      ...base,
      dateline: '更新时间：2022-07-28 11:05:21',
      paragraphs: ['本周将于周四（7月28日）上午进行。'],
    });
    expect(g).toMatchObject({ date: '2022-07', precision: 'month', source: 'repost-stamp' });
  });
  it('prefers a notice’s signature date to the site’s stamp', () => {
    const g = guessDate({
      ...base,
      dateline: null,
      removed: ['更新时间：2022-11-13 18:56:27'],
      paragraphs: ['请居民按时参加核酸采样。', '某县疫情防控指挥部', '2022年11月6日'],
    });
    expect(g).toMatchObject({ date: '2022-11-06', source: 'signature' });
  });
  it('rejects a stamp later than the page’s own update stamp (it belongs to something else)', () => {
    const g = guessDate({
      ...base,
      dateline: '2023-01-31',
      credits: ['更新时间：2022-07-28 11:05:21'],
    });
    expect(g).toMatchObject({ date: '2022-07', source: 'repost-stamp' });
  });
  it('dates a notice by its signature even under a reposting site’s stamp', () => {
    const g = guessDate({
      ...base,
      dateline: '发稿时间：2021-01-08 09:20:00',
      paragraphs: ['定于1月8日起开展全员核酸检测。', '某市疫情防控指挥部', '2021年1月7日'],
      notice: true,
    });
    expect(g).toMatchObject({ date: '2021-01-07', source: 'signature' });
  });
  it('reads the signature closing a notice printed on one line', () => {
    const g = guessDate({
      ...base,
      dateline: null,
      paragraphs: [
        '各位父老乡亲：为做好疫情防控工作，请大家自觉遵守以下规定，不聚集、不串门，外出佩戴口罩，特此通告。某某乡人民政府 2021年8月2日',
      ],
      notice: true,
    });
    expect(g).toMatchObject({ date: '2021-08-02', source: 'signature' });
  });
  it('takes a stamp whose source is only “the internet” for a repost stamp', () => {
    const g = guessDate({ ...base, dateline: null, credits: ['来源：互联网 2022-12-26 00:04:02'] });
    expect(g).toMatchObject({ date: '2022-12', source: 'repost-stamp' });
  });
  it('dates a report by a full date in its lead, a notice only to the month', () => {
    const lead = ['本报讯 2020年2月1日，某县组织人员开展排查。'];
    expect(guessDate({ ...base, dateline: null, paragraphs: lead })).toMatchObject({
      date: '2020-02-01',
      source: 'text',
    });
    const notice = ['为做好排查，现通告如下：', '一、检测时间', '2022年8月26日5:00至9:00'];
    expect(guessDate({ ...base, dateline: null, paragraphs: notice, notice: true })).toMatchObject({
      date: '2022-08',
      precision: 'month',
    });
  });
  it('infers the day from the text’s year and the lead’s 月日, marked as inferred', () => {
    const g = guessDate({
      ...base,
      dateline: '某网时刻某市1月30日讯',
      paragraphs: ['2020年的春节前夕，疫情突起，干部取消休假。'],
    });
    expect(g).toMatchObject({ date: '2020-01-30', source: 'inferred' });
  });
  it('gives no date for a 月日 without a year, or a year without a month', () => {
    expect(
      guessDate({ ...base, dateline: '某某网某省讯', paragraphs: ['8月4日，某镇召开会议。'] }),
    ).toBeNull();
    expect(
      guessDate({ ...base, dateline: null, paragraphs: ['2020年春节是个特殊年。'] }),
    ).toBeNull();
  });
});

describe('titles', () => {
  it('cleans what sites wrap around a headline', () => {
    expect(cleanHeadline('某镇召开疫情防控工作会议_某某县人民政府')).toBe(
      '某镇召开疫情防控工作会议',
    );
    expect(cleanHeadline('某镇召开疫情防控工作会议某某县人民政府某某县人民政府')).toBe(
      '某镇召开疫情防控工作会议',
    );
    expect(cleanHeadline('原标题：某县关于开展全员核酸检测的通告')).toBe(
      '某县关于开展全员核酸检测的通告',
    );
    expect(cleanHeadline('标题:某镇坚决打赢疫情防控阻击战')).toBe('某镇坚决打赢疫情防控阻击战');
    expect(cleanHeadline('02.02 流动“大喇叭”宣传疫情防控')).toBe('流动“大喇叭”宣传疫情防控');
    expect(cleanHeadline('核酸检测“补网查漏”网格员逐户“扫楼” | |||')).toBe(
      '核酸检测“补网查漏”网格员逐户“扫楼”',
    );
    expect(cleanHeadline('【各镇工作动态】')).toBe('各镇工作动态');
    expect(cleanHeadline('湖南日报|全面激活“免疫”系统')).toBe('全面激活“免疫”系统');
    expect(cleanHeadline('坚守在某社区抗疫一线的义工志愿者 [打印本页]')).toBe(
      '坚守在某社区抗疫一线的义工志愿者',
    );
    expect(cleanHeadline('某镇封控区管控区安排，第1张')).toBe('某镇封控区管控区安排');
    expect(cleanHeadline('致某镇父老乡亲和返乡人员的一封信12.28')).toBe(
      '致某镇父老乡亲和返乡人员的一封信',
    );
    expect(cleanHeadline('某乡镇抗疫2020年大事记')).toBe('某乡镇抗疫2020年大事记');
  });
  it('tells an SEO keyword heading from a title', () => {
    expect(isSeoHeading('某县全员核酸检测通知（某县全员核酸检测通知文件）')).toBe(true);
    expect(isSeoHeading('某县通告（2022年第21号）')).toBe(false);
  });
  it('checks that a headline belongs to its body', () => {
    expect(headlineFitsBody('某镇召开疫情防控部署会', '某镇召开会议，部署疫情防控工作。')).toBe(
      true,
    );
    expect(headlineFitsBody('2023某市积分入学什么时候开始申请', '以家庭为单位开展核酸筛查。')).toBe(
      false,
    );
  });
  it('guesses from the first clause that says something, skipping times and captions', () => {
    expect(
      firstSentenceTitle([
        '入户排查。',
        '8月4日，某省某区某镇召开疫情防控和疫苗接种工作部署会，分析形势。',
      ]),
    ).toBe('某省某区某镇召开疫情防控和疫苗接种工作部署会');
    expect(firstSentenceTitle(['连日来，某社区的党员积极响应号召，纷纷下沉一线。'])).toBe(
      '某社区的党员积极响应号召',
    );
  });
  it('falls back to the file name only when the text gives nothing', () => {
    expect(guessTitle({ headline: null, paragraphs: ['短句。'], filename: 'news-1.txt' })).toEqual({
      title: 'news-1',
      source: 'file-name',
    });
  });
});

describe('outlets', () => {
  it('reads a 来源 credit, not a placeholder or a date', () => {
    expect(sourceOf('来源：某某网 责任编辑：王某')).toBe('某某网');
    expect(sourceOf('稿件来源: 某区融媒体中心')).toBe('某区融媒体中心');
    expect(sourceOf('来源于《某某日报》官方微信')).toBe('某某日报');
    expect(sourceOf('2020年01月26日 18:56 来源：中国新闻网参与互动')).toBe('中国新闻网');
    expect(sourceOf('来源：本站原创')).toBeNull();
    expect(sourceOf('来源:    2021/07/05 16:34')).toBeNull();
    // A person under 来源 is an author, not an outlet; a three-character organisation is one.
    expect(sourceOf('来源: 季某韦 2022-04-24 16:44:22')).toBeNull();
    expect(sourceOf('来源：新华社')).toBe('新华社');
  });
  it('reads a wire lead', () => {
    expect(leadOutlet('某乡网某省讯')).toBe('某乡网');
    expect(leadOutlet('某某新闻网讯')).toBe('某某新闻网');
    expect(leadOutlet('中新网某市1月26日电')).toBe('中新网');
    expect(leadOutlet('某某晚报全媒体讯')).toBe('某某晚报');
    expect(leadOutlet('通讯员报道')).toBeNull();
    expect(leadOutlet('云上某石报道')).toBe('云上某石');
    expect(leadOutlet('【某网】')).toBe('某网');
    expect(leadOutlet('某场星报、某徽财经网(m.example.cn)、掌中某徽讯')).toBe('某场星报');
  });
  it('falls back on bylines, the stamp, the site’s name, breadcrumbs and footers', () => {
    const none = { dateline: null, removed: [], paragraphs: [] };
    expect(
      guessOutlet({
        ...none,
        dateline: '©原创   2020-01-23 18:52   某祥市融媒体中心 记者 黄某',
        credits: [],
      }),
    ).toEqual({ outlet: '某祥市融媒体中心', source: 'dateline' });
    expect(guessOutlet({ ...none, credits: [], siteLines: ['欢迎访问某通州网!'] })).toEqual({
      outlet: '某通州网',
      source: 'site',
    });
    expect(guessOutlet({ ...none, credits: ['融媒体中心通讯员：张某 李某'] })?.outlet).toBe(
      '融媒体中心',
    );
    expect(
      guessOutlet({
        ...none,
        credits: [],
        breadcrumbs: ['您当前的位置 : 某嘉网 -> 新闻中心 -> 正文'],
      }),
    ).toEqual({ outlet: '某嘉网', source: 'breadcrumb' });
    expect(
      guessOutlet({ ...none, credits: [], removed: ['主办单位：中共某市委组织部 承办：某中心'] }),
    ).toEqual({ outlet: '中共某市委组织部', source: 'footer' });
  });
});

describe('guessMeta on whole pages', () => {
  it('a report that mentions a notice is not a notice: its lead date keeps its day', () => {
    const m = meta(
      '某县1名返乡村民发热被监测：2021年1月14日，某县卫健局发出相关通知，一名返乡村民因发热被送往县疾控中心进行监测。',
    );
    expect(m.date).toMatchObject({ date: '2021-01-14', precision: 'day' });
  });
  it('a salutation is not a township', () => {
    const m = guessMeta({
      cleaned: clean('各位父老乡亲、商户：为做好疫情防控工作，现将有关事项通告如下。'),
      filename: 'x.txt',
      fold: id,
      place: () => null,
    });
    expect(m.place).toBeNull();
  });
  it('a government page: breadcrumb, headline, stamp, share bar, body', () => {
    const m = meta(
      '您当前的位置:首页 > 新闻中心 > 乡镇动态\n\n某镇召开秋冬季疫情防控工作部署会\n\n时间:2020-08-10\n来源:某区某镇\n字号:\n\n用微信扫描二维码\n分享至好友和朋友圈\n\n×\n\n8月7日上午,某镇召开秋冬季疫情防控工作部署会。全体镇干部参加会议。\n\n扫一扫在手机上查看当前页面',
    );
    expect(m.title).toEqual({ title: '某镇召开秋冬季疫情防控工作部署会', source: 'page' });
    expect(m.date).toMatchObject({ date: '2020-08-10', source: 'dateline' });
    expect(m.outlet).toEqual({ outlet: '某区某镇', source: 'credit' });
  });
  it('a roundup whose heading shares no words with the body is still the page’s, being stamped', () => {
    const m = meta(
      '【各镇工作动态】\n\n时间:2020-01-29 10:39\n\n东河镇：截止1月28日，共关停5家超市、2家娱乐场所。\n\n西河镇：组织60余名志愿者，发放宣传资料3700余份。',
    );
    expect(m.title).toEqual({ title: '各镇工作动态', source: 'page' });
  });
  it('an injected headline above the article is not its title', () => {
    const m = meta(
      '2023某市积分入学什么时候开始申请\n2023-01-31\n更新时间:2022-07-28 11:05:21作者:未知\n为有效发挥疫情监测预警作用，经县防疫领导小组研究决定，开展以家庭为单位的每周核酸筛查。现将有关事宜通告如下：',
    );
    expect(m.title.source).toBe('first-sentence');
    expect(m.date).toMatchObject({ date: '2022-07', source: 'repost-stamp' });
  });
});
