import { describe, expect, it } from 'vitest';
import { analyseText, guessDate, headlineTitle, slugify } from './analysisJson.ts';

describe('guessDate', () => {
  it('reads the date formats seen on news pages', () => {
    expect(guessDate('2022年05月17日19:52 |')).toEqual({ date: '2022-05-17', precision: 'day' });
    expect(guessDate('21-11-08 16:50 来源：中国甘肃网')).toEqual({
      date: '2021-11-08',
      precision: 'day',
    });
    expect(guessDate(null, '发布于2020/2/5')).toEqual({ date: '2020-02-05', precision: 'day' });
  });

  it('ignores impossible dates and text without dates', () => {
    expect(guessDate('2020年13月40日')).toBeNull();
    expect(guessDate('4.98万人次', null)).toBeNull();
  });
});

describe('headlineTitle', () => {
  it('drops site prefixes and column labels', () => {
    expect(headlineTitle('湖南日報|全面激活“免疫”系統')).toBe('全面激活“免疫”系統');
    expect(headlineTitle('【甘快看·疫情防控甘肃在行动】陇南徽县：战“疫”一线党旗红')).toBe(
      '陇南徽县：战“疫”一线党旗红',
    );
    expect(headlineTitle('泽库县五项措施')).toBe('泽库县五项措施');
  });
});

describe('slugify', () => {
  it('makes URL-safe ids from file names', () => {
    expect(slugify('000_6a61af9399061067.txt')).toBe('000-6a61af9399061067');
    expect(slugify('网格化.txt')).toBe('article');
  });
});

describe('analyseText', () => {
  it('cleans an arbitrary article and guesses what it can', () => {
    const r = analyseText(
      'x.txt',
      '某县抗疫纪实\n2020年2月5日\n疫情发生以来,某县迅速行动,实行网格化管理。\n分享到:',
    );
    expect(r).toMatchObject({
      ok: true,
      value: {
        id: 'x',
        title: '某县抗疫纪实',
        titleSource: 'guessed',
        date: '2020-02-05',
        script: 'simplified',
        paragraphs: ['疫情发生以来，某县迅速行动，实行网格化管理。'],
      },
    });
  });

  it('refuses text with no Chinese in it', () => {
    expect(analyseText('en.txt', 'Hello world. This is English.')).toEqual({
      ok: false,
      error: 'no Chinese text found in the file',
    });
  });
});
