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
