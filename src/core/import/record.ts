/**
 * One of the reader's own articles as stored: the decoded source text (not the cleaned text), so
 * the cleaned article is derived on load by the same pipeline as the bundled corpus and improves
 * when the pipeline does.
 */
import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { PlainRecord, RecordCodec } from '../records/versioned.ts';
import { field, isPlainRecord } from '../records/versioned.ts';
import type { MetaGuess, PlacePart } from '../metadata/guess.ts';
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
   * The headline line as printed in the text ('' when the title was guessed from the first
   * sentence or the file name), kept when the reader edits the title.
   */
  titleLine: string;
  /**
   * How each field was guessed at import (absent for records imported before guesses were
   * recorded). A field the reader edited no longer equals its guess; the views then show it as
   * the reader's own.
   */
  guessed?: GuessedMeta;
  /** ISO time of the import. */
  importedAt: string;
  /** Fingerprint of the folded content (duplicates.ts). */
  fingerprint: string;
}

/** What the import recorded about its guesses (see metadata/guess.ts). */
export interface GuessedMeta {
  title: string;
  titleSource: 'page' | 'first-sentence' | 'file-name';
  date: string;
  datePrecision: 'day' | 'month' | '';
  dateSource: string;
  dateEvidence: string;
  outlet: string;
  outletSource: string;
  place: string;
  placeCode: string;
  placeParts: PlacePart[];
  placeEvidence: string;
}

/** The record of a guess. */
export function guessedOf(g: MetaGuess): GuessedMeta {
  return {
    title: g.title.title,
    titleSource: g.title.source,
    date: g.date?.date ?? '',
    datePrecision: g.date?.precision ?? '',
    dateSource: g.date?.source ?? '',
    dateEvidence: g.date?.evidence ?? '',
    outlet: g.outlet?.outlet ?? '',
    outletSource: g.outlet?.source ?? '',
    place: g.place?.text ?? '',
    placeCode: g.place?.code ?? '',
    placeParts: g.place?.parts ?? [],
    placeEvidence: g.place?.evidence ?? '',
  };
}

/** Which fields the reader changed since the import (their guess no longer applies). */
export function editedFields(
  own: Pick<OwnArticle, 'meta' | 'guessed'>,
): { title: boolean; date: boolean; outlet: boolean; place: boolean } | undefined {
  const g = own.guessed;
  if (!g) return undefined;
  return {
    title: own.meta.title !== g.title,
    date: own.meta.date !== g.date,
    outlet: own.meta.outlet !== g.outlet,
    place: own.meta.place !== g.place,
  };
}

const TITLE_SOURCES = ['page', 'first-sentence', 'file-name'] as const;
const LEVELS = ['province', 'prefecture', 'county', 'township'] as const;

/** The optional `guessed` field: checked, and dropped with a message when malformed. */
function validateGuessed(v: unknown, errors: string[]): GuessedMeta | undefined {
  if (v === undefined) return undefined;
  if (!isPlainRecord(v)) {
    errors.push('guessed should be an object');
    return undefined;
  }
  const str = (k: string): string => {
    const x = v[k];
    if (typeof x !== 'string') errors.push(`guessed.${k} should be a string`);
    return typeof x === 'string' ? x : '';
  };
  const titleSource = TITLE_SOURCES.find((t) => t === v.titleSource);
  if (!titleSource) errors.push('guessed.titleSource is unknown');
  const precision = v.datePrecision;
  if (precision !== 'day' && precision !== 'month' && precision !== '')
    errors.push('guessed.datePrecision should be day, month or empty');
  const parts: PlacePart[] = [];
  if (!Array.isArray(v.placeParts)) errors.push('guessed.placeParts should be a list');
  else
    for (const p of v.placeParts as unknown[]) {
      const level = isPlainRecord(p) ? LEVELS.find((l) => l === p.level) : undefined;
      if (
        !isPlainRecord(p) ||
        !level ||
        typeof p.zh !== 'string' ||
        typeof p.en !== 'string' ||
        typeof p.code !== 'string'
      ) {
        errors.push('guessed.placeParts has a malformed part');
        break;
      }
      parts.push({ zh: p.zh, en: p.en, code: p.code, level });
    }
  return {
    title: str('title'),
    titleSource: titleSource ?? 'page',
    date: str('date'),
    datePrecision: precision === 'day' || precision === 'month' ? precision : '',
    dateSource: str('dateSource'),
    dateEvidence: str('dateEvidence'),
    outlet: str('outlet'),
    outletSource: str('outletSource'),
    place: str('place'),
    placeCode: str('placeCode'),
    placeParts: parts,
    placeEvidence: str('placeEvidence'),
  };
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
      ...(r.guessed !== undefined ? { guessed: validateGuessed(r.guessed, errors) } : {}),
      importedAt: field.string(r, 'importedAt', errors),
      fingerprint: field.string(r, 'fingerprint', errors),
    };
    if (value.importedAt && Number.isNaN(Date.parse(value.importedAt)))
      errors.push('importedAt should be a date');
    return errors.length ? err(errors.join('; ')) : ok(value);
  },
};
