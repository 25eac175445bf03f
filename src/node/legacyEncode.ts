/**
 * Test support: encode text as GBK (GB18030 two-byte range) or Big5. Node's TextDecoder decodes
 * these but cannot encode, so the reverse table is built by decoding every two-byte lead/trail pair
 * once and keeping the first pair that yields each character.
 */
export type LegacyEncoding = 'gbk' | 'big5';

const tables = new Map<LegacyEncoding, Map<string, [number, number]>>();

function table(encoding: LegacyEncoding): Map<string, [number, number]> {
  const cached = tables.get(encoding);
  if (cached) return cached;
  const decoder = new TextDecoder(encoding, { fatal: true });
  const map = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      let ch: string;
      try {
        ch = decoder.decode(new Uint8Array([lead, trail]));
      } catch {
        continue;
      }
      if (Array.from(ch).length === 1 && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  }
  tables.set(encoding, map);
  return map;
}

/** Encode `text`; throws on a character the encoding cannot represent (tests choose their text). */
export function legacyEncode(text: string, encoding: LegacyEncoding): Uint8Array {
  const map = table(encoding);
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) {
      out.push(cp);
      continue;
    }
    const pair = map.get(ch);
    if (!pair) throw new Error(`${encoding} cannot encode ${ch} (U+${cp.toString(16)})`);
    out.push(pair[0], pair[1]);
  }
  return new Uint8Array(out);
}

/** UTF-16 without a byte-order mark. */
export function utf16Encode(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    out[endian === 'le' ? 2 * i : 2 * i + 1] = u & 0xff;
    out[endian === 'le' ? 2 * i + 1 : 2 * i] = u >> 8;
  }
  return out;
}

/** `text` without the characters `encoding` cannot represent (for fixtures cut from real articles). */
export function encodableOnly(text: string, encoding: LegacyEncoding): string {
  const map = table(encoding);
  return Array.from(text)
    .filter((ch) => (ch.codePointAt(0) ?? 0) < 0x80 || map.has(ch))
    .join('');
}
