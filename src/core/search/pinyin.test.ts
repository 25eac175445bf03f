import { describe, expect, it } from 'vitest';
import { findPinyin, loadPinyin } from './pinyin.ts';

const syl = (s: string): string[] => s.split(' ').map((x) => (x === '_' ? '' : x));

describe('findPinyin', () => {
  // 实行网格化管理，网格化
  const text = syl('shi xing wang ge hua guan li _ wang ge hua');

  it('matches full pinyin, initials and mixtures over adjacent characters', () => {
    expect(findPinyin(text, 'wanggehua')).toEqual([
      { start: 2, end: 5 },
      { start: 8, end: 11 },
    ]);
    expect(findPinyin(text, 'wgh')).toEqual([
      { start: 2, end: 5 },
      { start: 8, end: 11 },
    ]);
    expect(findPinyin(text, 'wanggh')).toEqual([
      { start: 2, end: 5 },
      { start: 8, end: 11 },
    ]);
    expect(findPinyin(text, 'shixing')).toEqual([{ start: 0, end: 2 }]);
  });

  it('accepts a prefix of the last syllable, so results come while typing', () => {
    expect(findPinyin(text, 'wanggeh')).toEqual([
      { start: 2, end: 5 },
      { start: 8, end: 11 },
    ]);
  });

  it('does not match across punctuation or non-adjacent characters', () => {
    expect(findPinyin(text, 'liwang')).toEqual([]);
    expect(findPinyin(text, 'wanghua')).toEqual([]);
  });

  it('needs two characters unless the query is a whole syllable', () => {
    expect(findPinyin(text, 'wa')).toEqual([]);
    expect(findPinyin(text, 'guan')).toEqual([{ start: 5, end: 6 }]);
    expect(findPinyin(text, 'x')).toEqual([]);
    expect(findPinyin(text, '')).toEqual([]);
  });

  it('handles zh/ch/sh initials', () => {
    const t = syl('zhong zhi cheng cheng'); // 众志成城
    expect(findPinyin(t, 'zzcc')).toEqual([{ start: 0, end: 4 }]);
    expect(findPinyin(t, 'zhzhchch')).toEqual([{ start: 0, end: 4 }]);
    expect(findPinyin(t, 'zhongzhichengcheng')).toEqual([{ start: 0, end: 4 }]);
  });
});

describe('loadPinyin', () => {
  it('gives one reading per code point, chosen from context, empty for non-Han', async () => {
    const syllablesOf = await loadPinyin();
    expect(syllablesOf('网格化管理，KN95')).toEqual([
      'wang',
      'ge',
      'hua',
      'guan',
      'li',
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(syllablesOf('網格化')).toEqual(['wang', 'ge', 'hua']);
    expect(syllablesOf('银行')).toEqual(['yin', 'hang']);
  });
});
