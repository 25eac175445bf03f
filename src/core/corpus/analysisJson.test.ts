import { describe, expect, it } from 'vitest';
import { readArticle } from '../import/read.ts';
import { fileToJson, slugify } from './analysisJson.ts';

describe('slugify', () => {
  it('makes an id from a file name', () => {
    expect(slugify('000_6a61af9399061067.txt')).toBe('000-6a61af9399061067');
    expect(slugify('网格化.txt')).toBe('article');
  });
});

describe('fileToJson', () => {
  it('carries the guesses and where each came from', () => {
    const text = '某县抗疫纪实\n2020年2月5日\n疫情发生以来,某县迅速行动,实行网格化管理。\n分享到:';
    const read = readArticle({ name: 'x.txt', text }, { fold: (s) => s });
    if (!read.ok) throw new Error(read.error.kind);
    expect(fileToJson('x.txt', read.value)).toMatchObject({
      id: 'x',
      title: '某县抗疫纪实',
      titleSource: 'page',
      date: '2020-02-05',
      datePrecision: 'day',
      dateSource: 'dateline',
      script: 'simplified',
      paragraphs: ['疫情发生以来，某县迅速行动，实行网格化管理。'],
    });
  });
});
