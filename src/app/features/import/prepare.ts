/**
 * A chosen or dropped file → what the import pipeline takes. Every file, HTML pages included, goes
 * to the worker as bytes: `readArticle` decodes it there and takes an HTML page's text out with
 * the pure core extractor (no DOM, so nothing from the file is ever put into the live page).
 */
import type { ImportEncoding } from '../../../core/import/decode.ts';
import { MAX_IMPORT_BYTES } from '../../../core/import/decode.ts';
import type { ImportInput } from '../../../core/import/importFiles.ts';
import { isHtmlFile } from '../../../core/import/html.ts';

export type Prepared = { kind: 'file'; input: ImportInput } | { kind: 'collection'; text: string };

const ascii = (bytes: Uint8Array) => String.fromCharCode(...bytes.subarray(0, 256));

/** Bytes of a file → pipeline input (decoding and HTML extraction happen in the pipeline). */
export function prepareBytes(name: string, bytes: Uint8Array, override?: ImportEncoding): Prepared {
  const size = bytes.length;
  const head = ascii(bytes);
  if (/\.json$/i.test(name) || /^\s*\{\s*"format"\s*:\s*"refrain-collection"/.test(head)) {
    return { kind: 'collection', text: new TextDecoder().decode(bytes) };
  }
  const format = isHtmlFile(name, head)
    ? 'html'
    : /\.(md|markdown)$/i.test(name)
      ? 'markdown'
      : 'text';
  return {
    kind: 'file',
    input: override ? { name, format, size, bytes, override } : { name, format, size, bytes },
  };
}

/** Read a File (never one over the size limit: it is refused unread). */
export async function prepareFile(file: File, override?: ImportEncoding): Promise<Prepared> {
  if (file.size > MAX_IMPORT_BYTES) {
    return {
      kind: 'file',
      input: {
        name: file.name,
        format: 'text',
        size: file.size,
        refused: { kind: 'too-large', detail: String(file.size) },
      },
    };
  }
  return prepareBytes(file.name, new Uint8Array(await file.arrayBuffer()), override);
}
