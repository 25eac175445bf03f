import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../node/testing.ts';
import { articleTexts } from '../corpus/texts.ts';
import { branchingEntropy, clausesOf, discoverPhrases } from './discover.ts';

const built = { value: await bundledCorpus() };
const articles = built.value.corpus.articles;
const ids = articles.map((a) => a.meta.id);
const found = discoverPhrases(articles.map((a) => (a.folded ?? articleTexts(a)).paragraphs));
const byText = new Map(found.map((p) => [p.text, p.docs.map((d) => ids[d]).sort()]));

describe('discoverPhrases on the bundled corpus (folded, so Traditional articles take part)', () => {
  const expected: Record<string, string[]> = {
    外防输入: [
      'anhui-fengtai-2022-04',
      'gansu-huixian-2021-11',
      'hunan-loudi-2020-02',
      'qinghai-zeku-2022-05',
    ],
    网格化: ['gansu-huixian-2021-11', 'hunan-loudi-2020-02', 'qinghai-zeku-2022-05'],
    联防联控: ['gansu-huixian-2021-11', 'hunan-loudi-2020-02', 'shanxi-jixian-2020-02'],
    众志成城: [
      'anhui-fengtai-2022-04',
      'gansu-huixian-2021-11',
      'hunan-loudi-2020-02',
      'shanxi-jixian-2020-02',
    ],
    下沉一线: ['anhui-fengtai-2022-04', 'gansu-huixian-2021-11', 'qinghai-zeku-2022-05'],
    靠前指挥: ['gansu-huixian-2021-11', 'hunan-loudi-2020-02', 'shanxi-jixian-2020-02'],
    内防反弹: ['anhui-fengtai-2022-04', 'qinghai-zeku-2022-05'],
    内防扩散: ['gansu-huixian-2021-11', 'hunan-loudi-2020-02'],
    动态清零: ['anhui-fengtai-2022-04', 'qinghai-zeku-2022-05'],
    铜墙铁壁: ['gansu-huixian-2021-11', 'hunan-loudi-2020-02'],
  };
  for (const [text, articlesExpected] of Object.entries(expected)) {
    it(`finds ${text} in the right articles`, () => {
      expect(byText.get(text)).toEqual([...articlesExpected].sort());
    });
  }

  it('does not list fragments', () => {
    for (const fragment of [
      '实疫情防控',
      '查疫情防控',
      '疫情防控的',
      '各级党组织和',
      '个临时党支部',
      '控工作',
      '防输入',
      '民群众',
    ]) {
      expect(byText.has(fragment), fragment).toBe(false);
    }
  });

  it('lists only phrases in two or more articles, widest spread first', () => {
    expect(found.every((p) => p.docs.length >= 2)).toBe(true);
    for (let i = 1; i < found.length; i++)
      expect(found[i - 1]!.docs.length).toBeGreaterThanOrEqual(found[i]!.docs.length);
  });

  it('is deterministic', () => {
    const again = discoverPhrases(articles.map((a) => (a.folded ?? articleTexts(a)).paragraphs));
    expect(again.map((p) => p.text)).toEqual(found.map((p) => p.text));
  });
});

describe('building blocks', () => {
  it('branching entropy is 0 for one neighbour and grows with variety', () => {
    expect(branchingEntropy(new Map([['落', 4]]))).toBe(0);
    expect(
      branchingEntropy(
        new Map([
          ['a', 1],
          ['b', 1],
        ]),
      ),
    ).toBe(1);
    expect(
      branchingEntropy(
        new Map([
          ['a', 1],
          ['b', 1],
          ['c', 1],
          ['d', 1],
        ]),
      ),
    ).toBe(2);
  });

  it('cuts clauses at anything that is not Han', () => {
    expect(clausesOf(['外防输入、内防扩散，KN95口罩'])).toEqual(['外防输入', '内防扩散', '口罩']);
  });

  it('never crosses a clause boundary', () => {
    const p = discoverPhrases([['甲乙，丙丁'], ['甲乙。丙丁']], { minEntropy: 0, minVariety: 1 });
    expect(p.some((x) => x.text.includes('乙丙'))).toBe(false);
  });
});

describe('function-word edges (own sentences)', () => {
  // Eight short reports built from the same pieces, so every piece recurs with varying neighbours.
  const who = ['志愿者', '老党员', '医护人员', '网格员', '民警', '干部', '村医', '居民'];
  const act = ['值守', '巡查', '登记', '宣传', '消杀', '服务', '排查', '站岗'];
  const reports = (swap: (s: string) => string = (s) => s) =>
    who.map((w, i) => {
      const a = (k: number) => act[(i + k) % act.length] ?? '';
      const b = (k: number) => who[(i + k) % who.length] ?? '';
      return [
        `${w}在社区${a(0)}，${b(1)}走进社区${a(1)}，${b(2)}回到社区${a(2)}。社区${a(3)}有序。`,
        `${b(3)}同舟共济${a(4)}，同舟共济是${b(4)}的选择。`,
        `${b(5)}在线教育${a(5)}，在线教育让${b(6)}满意。`,
        `${w}工作中${a(6)}，工作${a(7)}认真，工作是${b(7)}的本分。`,
        `全县上下${a(1)}，全县上下${b(2)}齐心。`,
        `各乡镇${a(2)}，${b(3)}下乡镇${a(3)}，乡镇${a(4)}到位，${b(4)}去乡镇。`,
        `${b(5)}各司其职，各司其职${a(6)}。`,
        `${b(6)}开展全员核酸${a(7)}，全员核酸${a(0)}，全县核酸${a(2)}，抓好核酸${a(1)}，${b(7)}做核酸。`,
        `${b(1)}通过微信${a(3)}，微信${a(4)}及时，${b(2)}看微信。`,
      ].map(swap);
    });
  const texts = (docs: string[][]) => new Set(discoverPhrases(docs).map((p) => p.text));
  const found = texts(reports());

  it('drops a preposition, a deictic with its measure, or a locative in front of a free word', () => {
    for (const collocation of ['在社区', '各乡镇', '全县核酸', '工作中', '通过微信'])
      expect(found.has(collocation), collocation).toBe(false);
  });

  it('the same statistics keep the phrase when the edge is not a function word (control)', () => {
    const control = texts(
      reports((s) =>
        s
          .replaceAll('在社区', '去社区')
          .replaceAll('各乡镇', '小乡镇')
          .replaceAll('工作中', '工作组')
          .replaceAll('全县核酸', '全程核酸'),
      ),
    );
    for (const unit of ['去社区', '小乡镇', '工作组', '全程核酸'])
      expect(control.has(unit), unit).toBe(true);
  });

  it('keeps words whose edge belongs to them: what is left is not free', () => {
    for (const word of ['在线教育', '同舟共济', '各司其职', '全员核酸', '全县上下'])
      expect(found.has(word), word).toBe(true);
  });

  it('on the bundled corpus: no 在… or …下 edge, no trailing 不 or numeral; 内防扩散 and 外防输入 stay', () => {
    for (const fragment of ['在社区', '在全县', '在一线', '领导下', '疫情不', '连续两'])
      expect(byText.has(fragment), fragment).toBe(false);
    for (const unit of ['内防扩散', '外防输入', '第一线', '全覆盖'])
      expect(byText.has(unit), unit).toBe(true);
  });
});
