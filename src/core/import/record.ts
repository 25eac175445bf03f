/**
 * One of the reader's own articles as stored: the decoded source text (not the cleaned text), so
 * the cleaned article is derived on load by the same pipeline as the bundled corpus and improves
 * when the pipeline does.
 */
import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { PlainRecord, RecordCodec } from '../records/versioned.ts';
import { field, isPlainRecord } from '../records/versioned.ts';
import type { ImportEncoding } from './encodings.ts';
import { isImportEncoding } from './encodings.ts';
import type { OwnMeta } from './metadata.ts';

export type ImportFormat = 'text' | 'html' | 'markdown' | 'paste';
const FORMATS: readonly ImportFormat[] = ['text', 'html', 'markdown', 'paste'];

export interface OwnArticle {
  /** `own-<fingerprint>`: stable, URL-safe, unique per content. */
  id: string;
  filename: string;
  format: ImportFormat;
  /** The decoded text (for HTML, the text extracted from the page), before cleaning. */
  source: string;
  encoding: ImportEncoding;
  /** The metadata as guessed, then edited by the reader. */
  meta: OwnMeta;
  /**
   * The title line as found at import: the cleaning hint that separates it from the body, kept
   * when the reader edits the title (an edited title need not be in the text).
   */
  titleLine: string;
  /** ISO time of the import. */
  importedAt: string;
  /** Fingerprint of the folded content (duplicates.ts). */
  fingerprint: string;
}

function validateMeta(v: unknown, errors: string[]): OwnMeta {
  if (!isPlainRecord(v)) {
    errors.push('meta should be an object');
    return { title: '', date: '', outlet: '', place: '' };
  }
  const date = field.string(v, 'date', errors, { empty: true });
  if (date && !/^\d{4}-\d{2}(-\d{2})?$/.test(date)) errors.push('meta.date should be YYYY-MM(-DD)');
  return {
    title: field.string(v, 'title', errors),
    date,
    outlet: field.string(v, 'outlet', errors, { empty: true }),
    place: field.string(v, 'place', errors, { empty: true }),
  };
}

/** Schema 1. Migrations are added here, one per version, each tested. */
export const ownArticleCodec: RecordCodec<OwnArticle> = {
  kind: 'article',
  version: 1,
  migrations: [],
  validate(r: PlainRecord): Result<OwnArticle> {
    const errors: string[] = [];
    const id = field.string(r, 'id', errors);
    if (id && !/^own-[0-9a-z-]+$/.test(id)) errors.push('id should be own-…');
    const format = r.format;
    if (!FORMATS.includes(format as ImportFormat)) errors.push('format is unknown');
    const encoding = r.encoding;
    if (!isImportEncoding(encoding)) errors.push('encoding is unknown');
    const value: OwnArticle = {
      id,
      filename: field.string(r, 'filename', errors),
      format: FORMATS.find((f) => f === format) ?? 'text',
      source: field.string(r, 'source', errors),
      encoding: isImportEncoding(encoding) ? encoding : 'utf-8',
      meta: validateMeta(r.meta, errors),
      titleLine: field.string(r, 'titleLine', errors, { empty: true }),
      importedAt: field.string(r, 'importedAt', errors),
      fingerprint: field.string(r, 'fingerprint', errors),
    };
    if (value.importedAt && Number.isNaN(Date.parse(value.importedAt)))
      errors.push('importedAt should be a date');
    return errors.length ? err(errors.join('; ')) : ok(value);
  },
};
