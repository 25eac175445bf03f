import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlaceGuesser } from '../metadata/guess.ts';
import { readArticle } from '../import/read.ts';
import { loadPlaceGuesser } from '../../node/placeGuesser.ts';
import { rawArticles } from '../../node/testing.ts';
import { cleanArticle } from '../clean/pipeline.ts';
import { loadFolding } from '../script/opencc.ts';
import { FIXTURE_PAGES } from './fixtures.ts';
import { ledger, scoreFile } from './score.ts';

let fold: (s: string) => string = (s) => s;
let place: PlaceGuesser | null = null;
beforeAll(async () => {
  fold = await loadFolding();
  place = await loadPlaceGuesser();
}, 60_000);

const read = (name: string, text: string) => {
  const r = readArticle({ name, text }, { fold, place });
  if (!r.ok) throw new Error(`${name}: ${r.error.kind}`);
  return r.value;
};

describe('the one path on pages in the layouts of real sites', () => {
  for (const page of FIXTURE_PAGES) {
    it(page.name, () => {
      const r = read(page.name, page.text);
      const { guess, cleaned } = r;
      const reading = cleaned.paragraphs.join('\n');
      if (page.title) expect(guess.title).toEqual({ title: page.title, source: 'page' });
      else expect(guess.title.source).toBe(page.titleSource);
      expect(guess.date?.date ?? null).toBe(page.date);
      expect(guess.outlet?.outlet ?? null).toBe(page.outlet);
      if (page.place) expect(guess.place?.text ?? '').toContain(page.place);
      for (const c of page.chrome) expect(reading).not.toContain(c);
      for (const p of page.prose) expect(reading).toContain(p);
      expect(ledger(r.text, cleaned).missing).toBe(0);
    });
  }

  it('never guesses the origin of returnees as the place', () => {
    const r = read(
      'o.txt',
      FIXTURE_PAGES.find((p) => p.name === 'origins-not-place.txt')?.text ?? '',
    );
    expect(r.guess.place?.parts[0]?.zh).toBe('广东省');
  });
});

describe('the Han-character ledger', () => {
  const clean = (text: string) => {
    const r = cleanArticle(text);
    if (!r.ok) throw new Error(r.error);
    return r.value;
  };

  it('balances on every bundled article (without the editor’s restorations)', () => {
    for (const a of rawArticles)
      expect(ledger(a.text, clean(a.text))).toEqual({ missing: 0, chars: '' });
  });

  it('notices a character that went missing', () => {
    const c = clean('某镇召开会议。');
    c.paragraphs = ['某镇召开会'];
    expect(ledger('某镇召开会议。', c)).toEqual({ missing: 1, chars: '议' });
  });

  // Generated pages: the lines of the fixtures, the chrome of every kind, markup and damage,
  // shuffled and repeated. Every Han character must end up somewhere the reader can see.
  const lines = FIXTURE_PAGES.flatMap((p) => p.text.split('\n')).filter((l) => l.trim());
  const chrome = fc.constantFrom(
    '您当前的位置：首页 > 新闻中心',
    '上一篇：某镇召开会议',
    '分享到：',
    '×',
    '相关文章',
    '皖ICP备0000000号',
    '<div>',
    '</p>',
    '&nbsp;',
    '![]() |',
    '| |||',
    '(jian)(jian)',
    ',,',
    '??箵粢咔椋',
    '原标题：某县通告',
    '核心提示：某镇启动联防联控机制。',
    '（王某 李某）',
    '责任编辑：某某',
    '宣传\n广播\n喇叭\n防疫',
    'http://example.com/a.html',
    '某某娱乐城注册送',
    '发布时间：2020-02-05 10:20 来源：某县融媒体中心 【字体：大 中 小】 浏览次数：',
    '2月5日，中共澳门金沙城中心_某某网-【投注官网平台】委召开全县疫情防控工作会议。',
    '政府信息公开',
    '- 积分:3812',
    '某某报·某某财立方见习记者赵某1月27日，村口设立检查点。',
    '截至目前，全镇取消宴席30户。 记者：方某 来源：某县融媒体中心 责任编辑：冷某',
    '时间：2021-08-16 14:48:34 来源：某江广播电视台为打赢疫情防控阻击战，党员干部坚守一线。',
    '关于开展全员核酸检测的通知',
    '某疫防发〔2021〕5号',
    '广大市民朋友们：',
  );
  const page = fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...lines) },
        { weight: 2, arbitrary: chrome },
      ),
      { minLength: 1, maxLength: 25 },
    )
    .map((parts) => parts.join('\n'));

  it('balances on generated pages', () => {
    fc.assert(
      fc.property(page, (text) => {
        expect(ledger(text, clean(text)).chars).toBe('');
      }),
      { numRuns: 500 },
    );
  });
});

describe('scoreFile', () => {
  it('counts chrome left, prose removed, residue and verdicts against expectations', () => {
    const text =
      '某镇召开会议\n时间：2020-08-10\n8月7日，某镇召开疫情防控会议，落实联防联控。\n分享到：\n扫一扫在手机上查看当前页面';
    const r = read('a.txt', text);
    const folded = r.cleaned.paragraphs.map(fold);
    const s = scoreFile({
      file: 'a.txt',
      source: r.text,
      cleaned: r.cleaned,
      guess: r.guess,
      fold,
      foldedParagraphs: folded,
      marks: [{ paragraph: 0, start: 18, end: 22 }],
      expected: {
        file: 'a.txt',
        title: '某镇召开会议',
        titleRaw: '某镇召开会议',
        date: '2020-08-10',
        place: null,
        province: null,
        outlet: null,
        chrome: ['时间：2020-08-10', '分享到：', '扫一扫在手机上查看当前页面'],
        residue: [],
        formulas: ['联防联控', '外防输入'],
      },
    });
    expect(s).toMatchObject({
      title: 'right',
      date: 'right',
      chromeLeft: [],
      proseRemoved: [],
      pinyinLeft: [],
      ledgerMissing: 0,
      formulasPresent: 2,
      formulasMarked: 1,
      formulasMissed: ['外防输入 (not in the reading text)'],
    });
  });
});
