import { describe, expect, it } from 'vitest';
import type { AnalysedDoc, Occurrence } from './analyse.ts';
import { analysePhrases, locate, locateAll, skeletonOf } from './analyse.ts';

// Sentences written for these tests, in the manner of local reports.
const doc = (...paragraphs: string[]): AnalysedDoc[] => [{ id: 'x', paragraphs }];
/** The text each occurrence covers. */
const texts = (docs: AnalysedDoc[], occ: Occurrence[]): string[] =>
  occ.map((o) =>
    Array.from(docs.find((d) => d.id === o.article)!.paragraphs[o.paragraph]!)
      .slice(o.start, o.end)
      .join(''),
  );
const found = (needles: string[], ...paragraphs: string[]): string[] => {
  const d = doc(...paragraphs);
  return texts(d, locate(d, needles));
};

describe('skeletonOf', () => {
  it('drops quotes and spaces, and notes where a separator may stand', () => {
    expect(skeletonOf('外防输入、内防反弹')).toEqual({
      key: '外防输入内防反弹',
      length: 8,
      gaps: [false, false, false, false, true, false, false, false],
    });
    expect(skeletonOf('战“疫”')?.key).toBe('战疫');
    expect(skeletonOf('“外防输入”，“内防反弹”')?.gaps[4]).toBe(true);
    expect(skeletonOf('“、”')).toBeNull();
  });
});

describe('locate', () => {
  it('finds a paired formula whatever stands between its halves, quotes included', () => {
    const pair = ['外防输入、内防反弹'];
    expect(found(pair, '全镇坚持外防输入、内防反弹不放松。')).toEqual(['外防输入、内防反弹']);
    expect(found(pair, '坚持“外防输入、内防反弹”。')).toEqual(['外防输入、内防反弹']);
    expect(found(pair, '坚持“外防输入”“内防反弹”。')).toEqual(['“外防输入”“内防反弹”']);
    expect(found(pair, '坚持“外防输入”、“内防反弹”。')).toEqual(['“外防输入”、“内防反弹”']);
    expect(found(pair, '坚持外防输入，内防反弹。')).toEqual(['外防输入，内防反弹']);
    expect(found(pair, '坚持外防输入；内防反弹。')).toEqual(['外防输入；内防反弹']);
    expect(found(pair, '坚持外防输入内防反弹。')).toEqual(['外防输入内防反弹']);
  });

  it('never crosses a sentence end, nor a separator the needle does not have', () => {
    expect(found(['外防输入、内防反弹'], '做好外防输入。内防反弹也不能松。')).toEqual([]);
    expect(found(['外防输入、内防反弹'], '做好外防输入！内防反弹')).toEqual([]);
    expect(found(['外防输入'], '外防，输入病例')).toEqual([]);
    expect(found(['大考'], '范围扩大，考虑到')).toEqual([]);
  });

  it('finds the halves of a pair on their own, and keeps outer quotes outside', () => {
    expect(found(['外防输入'], '筑牢“外防输入”防线，织密网格。')).toEqual(['外防输入']);
    expect(found(['网格化'], '开展网格化、地毯式排查')).toEqual(['网格化']);
    expect(found(['不漏一户'], '逐户登记，确保不漏一户。')).toEqual(['不漏一户']);
    expect(found(['内防反弹'], '持续巩固成果，严格内防反弹。')).toEqual(['内防反弹']);
  });

  it('steps over quotes inside a word, keeping them balanced', () => {
    expect(found(['战疫'], '打好这场战“疫”。')).toEqual(['战“疫”']);
    expect(found(['网格化管理'], '推行“网格化”管理')).toEqual(['“网格化”管理']);
    // A quote the match would cut in half means the words are not the needle.
    expect(found(['战疫'], '打赢这场战“疫情”')).toEqual([]);
    expect(found(['网格化管理'], '网格化”管理')).toEqual([]);
  });

  it('gives code-point offsets into the paragraph, astral characters included', () => {
    const d = doc('𠀀𠀀坚持“外防输入”“内防反弹”');
    const [o] = locate(d, ['外防输入、内防反弹']);
    expect(o).toEqual({ article: 'x', paragraph: 0, start: 4, end: 16 });
  });

  it('keeps one target’s occurrences apart, the longest needle winning', () => {
    expect(found(['阻击战', '疫情防控阻击战'], '打赢疫情防控阻击战和阻击战')).toEqual([
      '疫情防控阻击战',
      '阻击战',
    ]);
    expect(found(['清零'], '清零清零')).toEqual(['清零', '清零']);
  });
});

describe('locateAll', () => {
  it('reports nested occurrences of different targets for each of them', () => {
    const d = doc('坚持外防输入、内防反弹总策略。');
    const [half, pair, strategy] = locateAll(d, [
      { needles: ['外防输入'] },
      { needles: ['外防输入、内防反弹'] },
      { needles: ['外防输入、内防反弹总策略'] },
    ]);
    expect(texts(d, half!)).toEqual(['外防输入']);
    expect(texts(d, pair!)).toEqual(['外防输入、内防反弹']);
    expect(texts(d, strategy!)).toEqual(['外防输入、内防反弹总策略']);
  });

  it('matches exact targets only as printed', () => {
    const d = doc('战“疫”与战疫');
    const [loose, exact] = locateAll(d, [
      { needles: ['战疫'] },
      { needles: ['战疫'], exact: true },
    ]);
    expect(texts(d, loose!)).toEqual(['战“疫”', '战疫']);
    expect(texts(d, exact!)).toEqual(['战疫']);
  });

  it('agrees with a plain scan on literal needles', () => {
    const paragraphs = ['核酸检测核酸检测，全员核酸检测。', '没有一个', '检测核酸'];
    const d = doc(...paragraphs);
    const needles = ['核酸检测', '检测', '核酸'];
    const [a, b, c] = locateAll(
      d,
      needles.map((n) => ({ needles: [n] })),
    );
    const plain = (n: string): number =>
      paragraphs.reduce((sum, p) => sum + p.split(n).length - 1, 0);
    expect([a!.length, b!.length, c!.length]).toEqual(needles.map(plain));
  });
});

describe('analysePhrases', () => {
  const glossary = [
    {
      id: 'pair',
      text: '外防输入、内防反弹',
      family: null,
      match: ['外防输入、内防反弹'],
      contextOnly: false,
    },
    { id: 'half', text: '外防输入', family: null, match: ['外防输入'], contextOnly: false },
    { id: 'absent', text: '动态清零', family: null, match: ['动态清零'], contextOnly: true },
    { id: 'elsewhere', text: '静默管理', family: null, match: ['静默管理'], contextOnly: true },
  ];
  const docs: AnalysedDoc[] = [
    { id: 'a', paragraphs: ['坚持“外防输入”“内防反弹”。', '实行静默管理。'] },
    { id: 'b', paragraphs: ['筑牢外防输入防线。'] },
  ];
  const phrases = analysePhrases(docs, glossary, { minArticles: 2 });
  const byId = new Map(phrases.map((p) => [p.glossaryId, p]));

  it('finds every entry, a context-only one only where it occurs', () => {
    expect(byId.get('pair')?.articles).toEqual(['a']);
    expect(byId.get('half')?.articles).toEqual(['a', 'b']);
    expect(byId.has('absent')).toBe(false);
    expect(byId.get('elsewhere')?.count).toBe(1);
  });

  it('does not rediscover what the glossary covers', () => {
    expect(phrases.filter((p) => p.kind === 'discovered').map((p) => p.text)).not.toContain(
      '外防输入',
    );
  });
});
