import { describe, expect, it } from 'vitest';
import { big5Han, gb2312Han } from './charsets.ts';
import { detectScript } from './script.ts';

describe('character inventories from legacy encodings', () => {
  it('holds the expected characters', () => {
    expect(gb2312Han().size).toBe(6763);
    expect(gb2312Han().has('国')).toBe(true);
    expect(gb2312Han().has('國')).toBe(false);
    expect(big5Han().has('國')).toBe(true);
    expect(big5Han().has('国')).toBe(false);
    // Some Simplified forms are in Big5 as radicals or rare characters (网 is): they count for neither.
    expect(big5Han().has('网')).toBe(true);
  });
});

describe('detectScript', () => {
  it('tells Simplified from Traditional', () => {
    expect(detectScript('坚持外防输入、内防反弹总策略和动态清零总方针').script).toBe('simplified');
    expect(detectScript('堅持外防輸入、內防反彈總策略和動態清零總方針').script).toBe('traditional');
  });

  it('says unknown when the evidence is thin or mixed', () => {
    expect(detectScript('中国').script).toBe('unknown');
    expect(detectScript('hello').script).toBe('unknown');
    expect(detectScript('这这这這這這').script).toBe('unknown');
  });
});
