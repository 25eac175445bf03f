/**
 * Bytes of an imported file → text, or a refusal with its reason. Order (see TECH-NOTES):
 * size limit → empty → BOM → binary signatures → UTF-16 without BOM (NUL bytes on one side)
 * → other NULs/control characters (binary) → strict UTF-8 → GB18030 vs Big5 (chardet) → refuse.
 * The decoded text must hold Chinese. An encoding chosen by the reader re-decodes without guessing.
 */
import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import { damageCharsets } from '../clean/damage.ts';
import { detectLegacyChinese } from './chardet.ts';
import type { ImportEncoding, Refusal } from './encodings.ts';
import { MAX_IMPORT_BYTES } from './encodings.ts';

export { IMPORT_ENCODINGS, isImportEncoding, MAX_IMPORT_BYTES } from './encodings.ts';
export type { ImportEncoding, Refusal, RefusalKind } from './encodings.ts';

export interface DecodedImport {
  text: string;
  encoding: ImportEncoding;
  bom: boolean;
  /** How the encoding was chosen. */
  how: 'bom' | 'utf-8' | 'detected' | 'utf-16-pattern' | 'override';
}

const SIGNATURES: readonly { name: string; bytes: readonly number[] }[] = [
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'ZIP', bytes: [0x50, 0x4b, 0x03, 0x04] },
];

function signature(bytes: Uint8Array): string | null {
  for (const s of SIGNATURES) if (s.bytes.every((b, i) => bytes[i] === b)) return s.name;
  return null;
}

/** BOM-less UTF-16: NUL bytes (high bytes of ASCII characters) almost all on one parity. */
function utf16Pattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, 8192);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const zeros = even + odd;
  if (zeros < 2) return null;
  if (odd >= zeros * 0.9) return 'utf-16le';
  if (even >= zeros * 0.9) return 'utf-16be';
  return null;
}

function hasControl(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control > sample.length * 0.01;
}

function tryDecode(bytes: Uint8Array, encoding: ImportEncoding, fatal: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

const HAN = /\p{Script=Han}/u;

/** The share of Han characters among the non-space, non-ASCII ones: low for mis-decoded text. */
function hanShare(text: string): number {
  let han = 0;
  let other = 0;
  for (const ch of text.slice(0, 20000)) {
    if (ch.charCodeAt(0) < 0x80 || /\s/.test(ch)) continue;
    if (HAN.test(ch)) han++;
    else other++;
  }
  return han + other === 0 ? 0 : han / (han + other);
}

/** Share of the Han characters that are among the encoding's script's frequent characters. */
function frequentShare(c: { encoding: ImportEncoding; text: string }): number {
  const sets = damageCharsets();
  const frequent = c.encoding === 'big5' ? sets.big5Frequent : sets.gbFrequent;
  let han = 0;
  let common = 0;
  for (const ch of c.text.slice(0, 20000)) {
    if (!HAN.test(ch)) continue;
    han++;
    if (frequent.has(ch)) common++;
  }
  return han === 0 ? 0 : common / han;
}

function accept(
  text: string,
  encoding: ImportEncoding,
  bom: boolean,
  how: DecodedImport['how'],
): Result<DecodedImport, Refusal> {
  if (text.trim() === '') return err({ kind: 'empty' });
  if (!HAN.test(text)) return err({ kind: 'no-chinese' });
  return ok({ text: text.replace(/^\uFEFF/, ''), encoding, bom, how });
}

/**
 * Decode an imported file. `override` (the reader's choice) decodes with that encoding, replacing
 * undecodable bytes with U+FFFD rather than refusing, so the reader sees what the choice gives.
 */
export function decodeImport(
  bytes: Uint8Array,
  override?: ImportEncoding,
  limit = MAX_IMPORT_BYTES,
): Result<DecodedImport, Refusal> {
  if (bytes.length > limit) return err({ kind: 'too-large', detail: String(bytes.length) });
  if (bytes.length === 0) return err({ kind: 'empty' });
  const sig = signature(bytes);
  if (sig) return err({ kind: 'binary', detail: sig });
  const bomUtf8 = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const bom16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null;
  if (override) {
    const skip = override === 'utf-8' && bomUtf8 ? 3 : override === bom16 ? 2 : 0;
    const text = tryDecode(bytes.subarray(skip), override, false) ?? '';
    return accept(text, override, skip > 0, 'override');
  }
  if (bomUtf8) {
    const text = tryDecode(bytes.subarray(3), 'utf-8', true);
    return text === null ? err({ kind: 'undecodable' }) : accept(text, 'utf-8', true, 'bom');
  }
  if (bom16) return accept(tryDecode(bytes.subarray(2), bom16, false) ?? '', bom16, true, 'bom');
  const utf16 = utf16Pattern(bytes);
  if (utf16) {
    const text = tryDecode(bytes, utf16, true);
    if (text !== null && hanShare(text) > 0.5) return accept(text, utf16, false, 'utf-16-pattern');
  }
  if (hasControl(bytes)) return err({ kind: 'binary' });
  const utf8 = tryDecode(bytes, 'utf-8', true);
  if (utf8 !== null) return accept(utf8, 'utf-8', false, 'utf-8');
  const detected = detectLegacyChinese(bytes);
  const order: ImportEncoding[] =
    detected?.encoding === 'big5' ? ['big5', 'gb18030'] : ['gb18030', 'big5'];
  const candidates = order
    .map((encoding) => ({ encoding, text: tryDecode(bytes, encoding, true) }))
    .filter((c): c is { encoding: ImportEncoding; text: string } => c.text !== null)
    .filter((c) => hanShare(c.text) > 0.5);
  // Both decode without error (a short file, where the detector has too little to go on): the
  // right reading is the one made of the script's frequent characters — 网格化管理 read as Big5
  // is 厙跡趙奪燴, rare characters all.
  const [first, second] = candidates;
  if (first && second && frequentShare(second) > frequentShare(first) + 0.05)
    return accept(second.text, second.encoding, false, 'detected');
  if (first) return accept(first.text, first.encoding, false, 'detected');
  return err({ kind: 'undecodable' });
}
