/**
 * GBK byte helpers, used to check restorations of mis-decoded text against the bytes the damage
 * came from, and (later) to suggest repairs when an imported file shows the same damage.
 *
 * Everything is built from the platform's `TextDecoder('gbk')` (WHATWG encoding standard, present
 * in browsers, workers and Node with full ICU), so no code table ships in the bundle. Tables are
 * built on first use and cached: the encoder needs one pass over all 23,940 two-byte sequences.
 */
import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';

/** GBK lead bytes are 0x81–0xFE; trail bytes 0x40–0xFE except 0x7F. */
const LEAD_MIN = 0x81;
const LEAD_MAX = 0xfe;
const TRAIL_MIN = 0x40;
const TRAIL_MAX = 0xfe;

let encodeTable: ReadonlyMap<string, readonly [number, number]> | undefined;

/**
 * Character → its two GBK bytes. Decoded once, in a single `decode` call over every lead/trail
 * pair (one call is ~20× faster than one per pair). Where two sequences decode to the same
 * character the first wins, as in the WHATWG encoder (which prefers the lower pointer).
 */
function gbkEncodeTable(): ReadonlyMap<string, readonly [number, number]> {
  if (encodeTable) return encodeTable;
  const pairs: [number, number][] = [];
  for (let lead = LEAD_MIN; lead <= LEAD_MAX; lead++) {
    for (let trail = TRAIL_MIN; trail <= TRAIL_MAX; trail++) {
      if (trail !== 0x7f) pairs.push([lead, trail]);
    }
  }
  const bytes = new Uint8Array(pairs.length * 2);
  pairs.forEach(([l, t], i) => {
    bytes[2 * i] = l;
    bytes[2 * i + 1] = t;
  });
  // Every in-range pair decodes to exactly one code point (a private-use one in the user-defined
  // areas), so the output lines up with `pairs`; should an engine ever disagree, decode pair by
  // pair rather than mis-assign the whole table.
  const decoder = new TextDecoder('gbk');
  let chars = Array.from(decoder.decode(bytes));
  if (chars.length !== pairs.length) {
    chars = pairs.map(([l, t]) => decoder.decode(Uint8Array.of(l, t)));
  }
  const table = new Map<string, readonly [number, number]>();
  chars.forEach((ch, i) => {
    const pair = pairs[i];
    if (pair && ch !== '\uFFFD' && Array.from(ch).length === 1 && !table.has(ch)) {
      table.set(ch, pair);
    }
  });
  encodeTable = table;
  return table;
}

/** A character that GBK cannot encode, with its code-point offset in the input. */
export interface GbkEncodeError {
  char: string;
  index: number;
}

/** `text` as GBK bytes (ASCII as single bytes), or the first character GBK lacks. */
export function encodeGbk(text: string): Result<Uint8Array, GbkEncodeError> {
  const table = gbkEncodeTable();
  const out: number[] = [];
  let index = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) out.push(cp);
    else {
      const pair = table.get(ch);
      if (!pair) return err({ char: ch, index });
      out.push(pair[0], pair[1]);
    }
    index++;
  }
  return ok(Uint8Array.from(out));
}

/** GBK bytes → text, non-fatal: an invalid sequence becomes U+FFFD, as scrapers saw it. */
export function decodeGbk(bytes: Uint8Array): string {
  return new TextDecoder('gbk').decode(bytes);
}

/** True for Unicode private-use characters, which GBK's user-defined areas decode to. */
export function isPrivateUse(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return (cp >= 0xe000 && cp <= 0xf8ff) || (cp >= 0xf0000 && cp <= 0x10fffd);
}

/**
 * The full-width marks that the sites behind 001 and 002 flattened to ASCII by replacing their
 * GBK bytes — without regard to character boundaries, which is what caused the damage. `：` and
 * `；` are not here: they were flattened later, as text. Evidence: the straddling bytes A3 BA in
 * 001's `工作。胡靜` (A1 **A3 BA** FA) and A3 BB in `起來。淮南` survived intact, while an
 * out-of-step A3 BA read as `：` became `:` (`备:@`).
 */
export const BYTE_FLATTENED_MARKS: ReadonlyMap<string, string> = new Map([
  ['！', '!'],
  ['，', ','],
  ['？', '?'],
]);

/** How {@link simulateByteDamage} reproduces the source sites' processing. */
export interface ByteDamageOptions {
  /**
   * Character → pinyin reading that the site inserted as `(reading)` after the character's bytes.
   * The site matched the two bytes anywhere, straddling character boundaries too.
   */
  readings?: ReadonlyMap<string, string>;
  /** Full-width mark → ASCII replacement, applied to bytes at any offset; default {@link BYTE_FLATTENED_MARKS}. */
  marks?: ReadonlyMap<string, string>;
}

/** `needle` occurs in `bytes` at `at`. */
function bytesAt(bytes: readonly number[], at: number, needle: Uint8Array): boolean {
  for (let k = 0; k < needle.length; k++) if (bytes[at + k] !== needle[k]) return false;
  return true;
}

/** Byte-level `str_replace`: leftmost, non-overlapping, blind to character boundaries. */
function replaceBytes(bytes: number[], needle: Uint8Array, insert: Uint8Array): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    if (needle.length > 0 && bytesAt(bytes, i, needle)) {
      out.push(...insert);
      i += needle.length;
    } else {
      out.push(bytes[i] ?? 0);
      i++;
    }
  }
  return out;
}

function encodeOrThrow(text: string): Uint8Array {
  const r = encodeGbk(text);
  if (!r.ok)
    throw new Error(`GBK cannot encode ${JSON.stringify(r.error.char)} in ${JSON.stringify(text)}`);
  return r.value;
}

/**
 * What the damaged sites made of `text`: encode to GBK; insert readings after every byte pair
 * matching an annotated character (aligned or not); replace the bytes of full-width marks with
 * ASCII (aligned or not); decode as GBK; drop private-use characters, which the scraped pages
 * did not show. A mark matched across a character boundary (`。“` = A1 A3 A1 B0 contains `！`
 * = A3 A1) leaves an orphan byte that decodes as U+FFFD, and every later pair is read one byte
 * out of step until an ASCII byte brings the decoder back into step.
 *
 * Used by tests as evidence for the editor's restorations; throws if `text` is not GBK-encodable
 * (a test input error, not a data condition).
 */
export function simulateByteDamage(text: string, options: ByteDamageOptions = {}): string {
  let bytes = Array.from(encodeOrThrow(text));
  for (const [ch, reading] of options.readings ?? []) {
    const needle = encodeOrThrow(ch);
    bytes = replaceBytes(
      bytes,
      needle,
      Uint8Array.from([...needle, ...encodeOrThrow(`(${reading})`)]),
    );
  }
  for (const [mark, ascii] of options.marks ?? BYTE_FLATTENED_MARKS) {
    bytes = replaceBytes(bytes, encodeOrThrow(mark), encodeOrThrow(ascii));
  }
  return Array.from(decodeGbk(Uint8Array.from(bytes)))
    .filter((ch) => !isPrivateUse(ch))
    .join('');
}

/** ASCII marks mapped to the full-width forms the cleaning steps give them in Chinese text. */
const WIDEN: Readonly<Record<string, string>> = { '!': '！', ',': '，', ':': '：', ';': '；' };

/**
 * The characters of mis-decoded text that carry information about the original bytes, for
 * comparing a simulation with what a scraper actually saved. Dropped: replacement marks (U+FFFD,
 * `?`, `？` — sites differ in which they print, and their byte value is lost either way), opening
 * parentheses (a replacement can swallow the ASCII byte after an orphan: `斬?cái)`) and private-use
 * characters; ASCII marks are widened as the cleaning pipeline does.
 */
export function survivingCharacters(text: string): string {
  return Array.from(text)
    .filter((ch) => !['\uFFFD', '?', '？', '(', '（'].includes(ch) && !isPrivateUse(ch))
    .map((ch) => WIDEN[ch] ?? ch)
    .join('');
}
