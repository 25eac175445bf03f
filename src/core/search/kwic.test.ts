import { describe, expect, it } from 'vitest';
import { compareLeft, compareRight, kwic } from './kwic.ts';

describe('kwic', () => {
  it('cuts left, hit and right by code points', () => {
    expect(kwic('全面实行网格化管理机制', 4, 7, 3)).toEqual({
      left: '面实行',
      hit: '网格化',
      right: '管理机',
    });
    expect(kwic('网格化', 0, 3, 5)).toEqual({ left: '', hit: '网格化', right: '' });
    expect(kwic('𬇙水网格化', 2, 5, 2)).toEqual({ left: '𬇙水', hit: '网格化', right: '' });
  });

  it('orders by the nearest left character first, and by right context', () => {
    const lines = [kwic('推行网格化', 2, 5), kwic('开展网格化', 2, 5), kwic('实行网格化', 2, 5)];
    // Reversed: 行实 (xing shi) < 行推 (xing tui) < 展开 (zhan kai), in pinyin order.
    expect([...lines].sort(compareLeft).map((l) => l.left)).toEqual(['实行', '推行', '开展']);
    const right = [kwic('网格化管理', 0, 3), kwic('网格化防控', 0, 3)];
    expect([...right].sort(compareRight).map((l) => l.right)).toEqual(['防控', '管理']);
  });
});
