import { describe, expect, it } from 'vitest';
import { encodableOnly, legacyEncode, utf16Encode } from '../../node/legacyEncode.ts';
import { rawArticles } from '../../node/testing.ts';
import { decodeImport } from './decode.ts';

const SIMPLIFIED =
  '全县干群勠力同心，共克时艱，与疫情斗争。外防输入、内防扩散，网格化管理落实到位。';
const TRADITIONAL =
  '臨汾新聞網訊 疫情來勢洶洶，吉縣眾志成城。寒風凜冽中，全縣幹群齊心協力，共克時艱。';
const utf8 = (s: string) => new TextEncoder().encode(s);

function decoded(bytes: Uint8Array) {
  const r = decodeImport(bytes);
  if (!r.ok) throw new Error(`refused: ${r.error.kind}`);
  return r.value;
}

describe('decodeImport', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decoded(utf8(SIMPLIFIED))).toMatchObject({
      text: SIMPLIFIED,
      encoding: 'utf-8',
      bom: false,
    });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SIMPLIFIED)]);
    expect(decoded(bom)).toMatchObject({ text: SIMPLIFIED, encoding: 'utf-8', bom: true });
  });

  it('detects GBK (as GB18030) and Big5', () => {
    expect(decoded(legacyEncode(SIMPLIFIED.replace('艱', '艰'), 'gbk'))).toMatchObject({
      text: SIMPLIFIED.replace('艱', '艰'),
      encoding: 'gb18030',
      how: 'detected',
    });
    expect(decoded(legacyEncode(TRADITIONAL, 'big5'))).toMatchObject({
      text: TRADITIONAL,
      encoding: 'big5',
    });
    // Traditional text in GBK is still GBK.
    expect(decoded(legacyEncode(TRADITIONAL, 'gbk')).encoding).toBe('gb18030');
  });

  it('reads UTF-16 with a BOM and without one (NUL-byte pattern)', () => {
    const text = `标题 2020-03-05\n${SIMPLIFIED}\n`;
    expect(decoded(new Uint8Array([0xff, 0xfe, ...utf16Encode(text, 'le')]))).toMatchObject({
      text,
      encoding: 'utf-16le',
      bom: true,
    });
    expect(decoded(utf16Encode(text, 'le'))).toMatchObject({
      text,
      encoding: 'utf-16le',
      bom: false,
    });
    expect(decoded(utf16Encode(text, 'be'))).toMatchObject({
      text,
      encoding: 'utf-16be',
      bom: false,
    });
  });

  it('re-decodes with the encoding the reader chose', () => {
    const big5 = legacyEncode(TRADITIONAL, 'big5');
    const forced = decodeImport(big5, 'gb18030');
    expect(forced.ok && forced.value).toMatchObject({ encoding: 'gb18030', how: 'override' });
    expect(forced.ok && forced.value.text).not.toBe(TRADITIONAL);
    const back = decodeImport(big5, 'big5');
    expect(back.ok && back.value.text).toBe(TRADITIONAL);
  });

  it('refuses empty, whitespace-only, binary, oversized, undecodable and non-Chinese files', () => {
    const kind = (b: Uint8Array, limit?: number) => {
      const r = decodeImport(b, undefined, limit);
      return r.ok ? 'ok' : r.error.kind;
    };
    expect(kind(new Uint8Array())).toBe('empty');
    expect(kind(utf8(' \n\t \r\n'))).toBe('empty');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(decodeImport(png)).toEqual({ ok: false, error: { kind: 'binary', detail: 'PNG' } });
    expect(kind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2]))).toBe('binary');
    expect(kind(utf8('%PDF-1.7 …'))).toBe('binary');
    expect(kind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBe('binary');
    expect(kind(new Uint8Array([0x41, 0, 0, 7, 3, 0, 0x90, 0, 0, 0x11, 0x42]))).toBe('binary');
    expect(kind(utf8(SIMPLIFIED), 10)).toBe('too-large');
    expect(kind(new Uint8Array([0x41, 0xff, 0xff, 0x80, 0x80, 0xff, 0x41]))).toBe('undecodable');
    expect(kind(utf8('Just English, no Chinese at all.'))).toBe('no-chinese');
  });

  it('detects the encoding of real articles cut to 256 B, 1 KB and 4 KB (accuracy)', () => {
    let right = 0;
    let total = 0;
    const wrong: string[] = [];
    for (const { name, text } of rawArticles) {
      for (const encoding of ['gbk', 'big5'] as const) {
        const clean = encodableOnly(text, encoding);
        // Big5 has no Simplified-only characters: only test it on text that keeps most of itself.
        if (clean.length < text.length * 0.9) continue;
        for (const size of [256, 1024, 4096]) {
          for (let start = 0; start + size / 2 < clean.length; start += size / 2) {
            const piece = clean.slice(start, start + size / 2);
            const r = decodeImport(legacyEncode(piece, encoding));
            total++;
            const want = encoding === 'gbk' ? 'gb18030' : 'big5';
            if (r.ok && r.value.encoding === want && r.value.text === piece) right++;
            else wrong.push(`${name}@${start}/${size} ${encoding}`);
          }
        }
      }
    }
    // Recorded in the report: how often detection is right on real text.
    console.info(`encoding detection: ${right}/${total} right`, wrong.slice(0, 5));
    expect(total).toBeGreaterThan(20);
    expect(right / total).toBeGreaterThanOrEqual(0.95);
  });
});
