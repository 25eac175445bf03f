import { describe, expect, it } from 'vitest';
import type { Phrase } from '../../core/phrases/analyse.ts';
import { comparePhrases, highlightsFor } from './comparePhrases.ts';

const phrase = (
  text: string,
  kind: Phrase['kind'],
  occ: [string, number, number, number][],
): Phrase => ({
  text,
  kind,
  articles: [...new Set(occ.map((o) => o[0]))],
  count: occ.length,
  occurrences: occ.map(([article, paragraph, start, end]) => ({ article, paragraph, start, end })),
});

const phrases = [
  phrase('外防输入', 'glossary', [
    ['a', 0, 0, 4],
    ['b', 1, 2, 6],
  ]),
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

describe('comparePhrases', () => {
  it('keeps phrases shared by every pane, of the chosen kinds', () => {
    const s = comparePhrases(
      phrases,
      ['a', 'b'],
      { glossary: true, discovered: false, sharedOnly: true },
      key,
      null,
    );
    expect(s.map((x) => x.key)).toEqual(['外防输入', '阻击战']);
    const both = comparePhrases(
      phrases,
      ['a', 'b'],
      { glossary: true, discovered: true, sharedOnly: true },
      key,
      null,
    );
    expect(both.map((x) => x.key)).toEqual(['疫情防控阻击战', '外防输入', '阻击战']);
  });

  it('always includes the selected phrase and gives each phrase its own style', () => {
    const s = comparePhrases(
      phrases,
      ['a', 'b'],
      { glossary: true, discovered: false, sharedOnly: true },
      key,
      '网格化',
    );
    expect(s.map((x) => x.key)).toContain('网格化');
    expect(new Set(s.map((x) => x.style.colour)).size).toBe(s.length);
  });

  it('lays out non-overlapping highlights, the longer phrase winning', () => {
    const s = comparePhrases(
      phrases,
      ['a', 'b'],
      { glossary: true, discovered: true, sharedOnly: true },
      key,
      null,
    );
    const h = highlightsFor('a', s, null);
    expect(h.map((x) => [x.paragraph, x.start, x.end, x.phrase])).toEqual([
      [0, 0, 4, '外防输入'],
      [3, 0, 7, '疫情防控阻击战'],
    ]);
    expect(h.map((x) => x.n)).toEqual([1, 2]);
  });
});
