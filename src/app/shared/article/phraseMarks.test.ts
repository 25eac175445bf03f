import { describe, expect, it } from 'vitest';
import type { Phrase } from '../../../core/phrases/analyse.ts';
import { comparePhrases, groupKeyOf, highlightsFor } from './phraseMarks.ts';

const phrase = (
  text: string,
  kind: Phrase['kind'],
  occ: [string, number, number, number][],
  family?: string,
): Phrase => ({
  text,
  kind,
  articles: [...new Set(occ.map((o) => o[0]))],
  count: occ.length,
  occurrences: occ.map(([article, paragraph, start, end]) => ({ article, paragraph, start, end })),
  ...(family ? { family } : {}),
});

const phrases = [
  phrase('外防输入、内防扩散', 'glossary', [['a', 0, 0, 9]], 'waifang'),
  phrase('外防输入、内防反弹', 'glossary', [['b', 1, 2, 11]], 'waifang'),
  phrase('网格化', 'glossary', [
    ['a', 2, 0, 3],
    ['c', 0, 0, 3],
  ]),
  phrase('疫情防控阻击战', 'discovered', [
    ['a', 3, 0, 7],
    ['b', 0, 0, 7],
  ]),
  phrase('阻击战', 'glossary', [
    ['a', 3, 4, 7],
    ['b', 0, 4, 7],
  ]),
];
const key = (p: Phrase): string => p.text;
const label = (p: Phrase): string =>
  p.family === 'waifang' ? '外防输入、内防{扩散|反弹}' : p.text;

describe('comparePhrases', () => {
  it('treats a family as one formula: two articles using different slots share it', () => {
    const s = comparePhrases(
      phrases,
      ['a', 'b'],
      { glossary: true, discovered: false, sharedOnly: true },
      key,
      null,
      label,
    );
    expect(s.map((x) => x.key)).toEqual(['family:waifang', '阻击战']);
    expect(s[0]?.label).toBe('外防输入、内防{扩散|反弹}');
    expect(s[0]?.members).toHaveLength(2);
  });

  it('adds discovered phrases when asked, longest first at equal spread', () => {
    const s = comparePhrases(
      phrases,
      ['a', 'b'],
      { glossary: true, discovered: true, sharedOnly: true },
      key,
      null,
      label,
    );
    expect(s.map((x) => x.key)).toEqual(['family:waifang', '疫情防控阻击战', '阻击战']);
  });

  it('always includes the selected group, and gives each group its own style', () => {
    const s = comparePhrases(
      phrases,
      ['a', 'b'],
      { glossary: true, discovered: false, sharedOnly: true },
      key,
      '网格化',
    );
    expect(s.map((x) => x.key)).toContain('网格化');
    expect(new Set(s.map((x) => x.style.colour)).size).toBe(s.length);
    expect(groupKeyOf(phrases[0]!, key)).toBe('family:waifang');
  });

  it('lays out non-overlapping highlights with the group style, the longer phrase winning', () => {
    const s = comparePhrases(
      phrases,
      ['a', 'b'],
      { glossary: true, discovered: true, sharedOnly: true },
      key,
      null,
      label,
    );
    const a = highlightsFor('a', s, 'family:waifang');
    expect(a.map((x) => [x.paragraph, x.start, x.end, x.phrase, x.selected])).toEqual([
      [0, 0, 9, 'family:waifang', true],
      [3, 0, 7, '疫情防控阻击战', false],
    ]);
    const b = highlightsFor('b', s, null);
    expect(b.find((x) => x.phrase === 'family:waifang')?.colour).toBe(a[0]?.colour);
  });

  it('lets the longest occurrence win where occurrences of different phrases overlap or nest', () => {
    const nested = [
      phrase('外防输入', 'glossary', [
        ['a', 0, 2, 6],
        ['a', 0, 20, 24],
      ]),
      phrase('外防输入、内防反弹', 'glossary', [['a', 0, 2, 11]]),
      phrase('内防反弹', 'glossary', [['a', 0, 7, 11]]),
      // A shorter phrase that starts first but overlaps a longer one loses to it.
      phrase('常态化', 'glossary', [['a', 1, 0, 3]]),
      phrase('化疫情防控工作', 'glossary', [['a', 1, 2, 9]]),
    ];
    const s = comparePhrases(
      nested,
      ['a'],
      { glossary: true, discovered: false, sharedOnly: false },
      key,
      null,
    );
    const h = highlightsFor('a', s, null);
    expect(h.map((x) => [x.paragraph, x.start, x.end, x.label, x.n])).toEqual([
      [0, 2, 11, '外防输入、内防反弹', 1],
      [0, 20, 24, '外防输入', 2],
      [1, 2, 9, '化疫情防控工作', 3],
    ]);
    // A selected phrase shows even where it is nested in a longer one.
    const chosen = highlightsFor('a', s, '外防输入');
    expect(chosen.filter((x) => x.paragraph === 0).map((x) => [x.start, x.end, x.label])).toEqual([
      [2, 6, '外防输入'],
      [7, 11, '内防反弹'],
      [20, 24, '外防输入'],
    ]);
  });
});
