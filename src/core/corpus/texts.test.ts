import { describe, expect, it } from 'vitest';
import type { ArticleTexts } from './texts.ts';
import { mapTexts, sameTexts } from './texts.ts';

const texts: ArticleTexts = {
  title: '标题',
  column: null,
  subtitle: '——副题',
  dateline: null,
  credits: ['记者 甲'],
  captions: [],
  paragraphs: ['第一段。', '第二段。'],
  outlet: '某报',
  publisher: null,
  place: ['某省', '某县'],
  authors: ['甲'],
  editors: [],
};

describe('mapTexts', () => {
  it('converts the article text and the metadata names with their own converters, keeping the shape', () => {
    const out = mapTexts(
      texts,
      (s) => s.replace(/段/g, '節'),
      (s) => `《${s}》`.slice(1, -1).replace(/某/g, '甲'),
    );
    expect(out).toEqual({
      ...texts,
      paragraphs: ['第一節。', '第二節。'],
      outlet: '甲报',
      place: ['甲省', '甲县'],
      authors: ['甲'],
    });
    expect(sameTexts(out, texts)).toBe(false);
    expect(
      sameTexts(
        mapTexts(texts, (s) => s),
        texts,
      ),
    ).toBe(true);
  });

  it('falls back to one call per string when a converter eats the separator', () => {
    let calls = 0;
    const out = mapTexts(texts, (s) => {
      calls++;
      return s.replace(/\n/g, '');
    });
    expect(out).toEqual(texts);
    expect(calls).toBeGreaterThan(2);
  });
});
