/**
 * What the import accepts and refuses, without the decoder itself (which brings chardet): the
 * app's first-visit code needs these names, the decoder loads with the first import.
 */

export const IMPORT_ENCODINGS = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'] as const;
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

/** The file kinds the import offers (the file input's `accept`). */
export const IMPORT_ACCEPT = '.txt,.html,.htm,.md,.markdown,.text,.json';

export const isImportEncoding = (v: unknown): v is ImportEncoding =>
  typeof v === 'string' && (IMPORT_ENCODINGS as readonly string[]).includes(v);

/** The stated size limit for one imported file: 2 MB (a long article is under 100 KB). */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** Why a file was not imported. The UI words each kind (with the file's name). */
export type RefusalKind =
  'empty' | 'binary' | 'too-large' | 'undecodable' | 'no-chinese' | 'duplicate' | 'unsupported';

export interface Refusal {
  kind: RefusalKind;
  /** Detail for the message: the binary format, the duplicate's title, the size. */
  detail?: string;
}
