import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';

/** Why bytes could not be turned into text; `message` is written for the person who chose the file. */
export interface DecodeError {
  kind: 'empty' | 'binary' | 'undecodable';
  message: string;
}

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  bom: boolean;
}

/** Control characters other than tab, LF, CR and form feed: text files have none. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > sample.length * 0.01;
}

/**
 * Bytes → text, refusing what is not text rather than guessing. Order: BOM, then strict UTF-8.
 * (Detection of GBK/GB18030, Big5 and BOM-less UTF-16 belongs to the import feature and will
 * extend this function; until then such files get a clear "not UTF-8" message.)
 */
export function decodeText(bytes: Uint8Array): Result<Decoded, DecodeError> {
  if (bytes.length === 0) return err({ kind: 'empty', message: 'the file is empty' });
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return strictUtf8(bytes.subarray(3), true);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return ok({
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
      bom: true,
    });
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return ok({
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16be',
      bom: true,
    });
  }
  if (looksBinary(bytes)) {
    return err({
      kind: 'binary',
      message: 'the file looks binary (an image or archive?), not text',
    });
  }
  return strictUtf8(bytes, false);
}

function strictUtf8(bytes: Uint8Array, bom: boolean): Result<Decoded, DecodeError> {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.trim() === '')
      return err({ kind: 'empty', message: 'the file holds only whitespace' });
    return ok({ text, encoding: 'utf-8', bom });
  } catch {
    return err({
      kind: 'undecodable',
      message:
        'the file is not valid UTF-8 text (GBK, Big5 and UTF-16 files are not supported yet)',
    });
  }
}
