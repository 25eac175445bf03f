import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('decodes UTF-8 with and without a BOM', () => {
    expect(decodeText(utf8('外防输入'))).toEqual({
      ok: true,
      value: { text: '外防输入', encoding: 'utf-8', bom: false },
    });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('網格化')]);
    expect(decodeText(bom)).toEqual({
      ok: true,
      value: { text: '網格化', encoding: 'utf-8', bom: true },
    });
  });

  it('decodes UTF-16 with a BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x51, 0x7f, 0x3c, 0x68]); // 网格
    expect(decodeText(le)).toMatchObject({
      ok: true,
      value: { text: '网格', encoding: 'utf-16le' },
    });
    const be = new Uint8Array([0xfe, 0xff, 0x7f, 0x51, 0x68, 0x3c]);
    expect(decodeText(be)).toMatchObject({
      ok: true,
      value: { text: '网格', encoding: 'utf-16be' },
    });
  });

  it('refuses empty, whitespace-only, binary and non-UTF-8 input with a reason', () => {
    expect(decodeText(new Uint8Array())).toMatchObject({ ok: false, error: { kind: 'empty' } });
    expect(decodeText(utf8(' \n\t\n'))).toMatchObject({ ok: false, error: { kind: 'empty' } });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(decodeText(png)).toMatchObject({ ok: false, error: { kind: 'binary' } });
    const gbk = new Uint8Array([0xcd, 0xf8, 0xb8, 0xf1, 0xbb, 0xaf]); // 网格化 in GBK
    expect(decodeText(gbk)).toMatchObject({ ok: false, error: { kind: 'undecodable' } });
  });
});
