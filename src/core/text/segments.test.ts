import { describe, expect, it } from 'vitest';
import { segmentByRanges } from './segments.ts';

describe('segmentByRanges', () => {
  it('cuts plain and marked runs by code point', () => {
    const segs = segmentByRanges('病毒非常“狡猾”，城關鎮', [{ start: 2, end: 8 }]);
    expect(segs.map((s) => [s.text, s.range])).toEqual([
      ['病毒', null],
      ['非常“狡猾”', 0],
      ['，城關鎮', null],
    ]);
  });

  it('counts astral characters as one code point', () => {
    const segs = segmentByRanges('𬇙水之濱', [{ start: 1, end: 2 }]);
    expect(segs.map((s) => s.text)).toEqual(['𬇙', '水', '之濱']);
  });

  it('clips out-of-range spans and skips overlaps', () => {
    const segs = segmentByRanges('abcdef', [
      { start: 4, end: 99 },
      { start: 1, end: 3 },
      { start: 2, end: 5 },
    ]);
    expect(segs.map((s) => [s.text, s.range])).toEqual([
      ['a', null],
      ['bc', 1],
      ['d', null],
      ['ef', 0],
    ]);
  });

  it('returns the whole text when there are no ranges', () => {
    expect(segmentByRanges('外防输入', [])).toEqual([{ text: '外防输入', start: 0, range: null }]);
  });
});
