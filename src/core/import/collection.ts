/**
 * A collection file: all of the reader's own articles and notes in one JSON file, for handing a
 * corpus to a class. `{ format: 'refrain-collection', version: 1, exportedAt, articles, notes }`.
 * Reading one is all-or-nothing: a malformed file, a file from a newer version of Refrain or one
 * with any unreadable article is refused whole, with the reason.
 */
import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { PlainRecord } from '../records/versioned.ts';
import { decodeRecord, isPlainRecord } from '../records/versioned.ts';
import type { OwnArticle } from './record.ts';
import { ownArticleCodec } from './record.ts';

export const COLLECTION_FORMAT = 'refrain-collection';
export const COLLECTION_VERSION = 1;

export interface Collection {
  exportedAt: string;
  articles: OwnArticle[];
  /**
   * Notes as stored records (each with its `schema`); validated by the notes module when they are
   * imported, so this file does not depend on the notes' shape.
   */
  notes: PlainRecord[];
}

export interface CollectionError {
  kind: 'malformed' | 'newer';
  /** What is wrong, for the message. */
  detail: string;
}

/** The file's text. Records carry their schema so the reading side can migrate them. */
export function writeCollection(
  articles: readonly OwnArticle[],
  notes: readonly PlainRecord[],
  now: Date = new Date(),
): string {
  return JSON.stringify(
    {
      format: COLLECTION_FORMAT,
      version: COLLECTION_VERSION,
      exportedAt: now.toISOString(),
      articles: articles.map((a) => ({ ...a, schema: ownArticleCodec.version })),
      notes,
    },
    null,
    1,
  );
}

/** True when the text looks like a collection file (to route a dropped .json file). */
export function looksLikeCollection(text: string): boolean {
  return text.trimStart().startsWith('{') && text.includes(COLLECTION_FORMAT);
}

export function readCollection(text: string): Result<Collection, CollectionError> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return err({ kind: 'malformed', detail: 'not JSON' });
  }
  if (!isPlainRecord(json) || json.format !== COLLECTION_FORMAT)
    return err({ kind: 'malformed', detail: 'not a Refrain collection' });
  const version = json.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return err({ kind: 'malformed', detail: 'no version' });
  if (version > COLLECTION_VERSION) return err({ kind: 'newer', detail: String(version) });
  if (!Array.isArray(json.articles) || !Array.isArray(json.notes))
    return err({ kind: 'malformed', detail: 'articles and notes should be lists' });
  const articles: OwnArticle[] = [];
  for (const [i, raw] of json.articles.entries()) {
    const decoded = decodeRecord(ownArticleCodec, raw);
    if (!decoded.ok) {
      const newer = /newer version/.test(decoded.error);
      return err({
        kind: newer ? 'newer' : 'malformed',
        detail: `article ${i + 1}: ${decoded.error}`,
      });
    }
    articles.push(decoded.value.value);
  }
  const notes: PlainRecord[] = [];
  for (const [i, raw] of json.notes.entries()) {
    if (!isPlainRecord(raw) || typeof raw.schema !== 'number')
      return err({ kind: 'malformed', detail: `note ${i + 1} is not a stored note` });
    notes.push(raw);
  }
  const exportedAt = typeof json.exportedAt === 'string' ? json.exportedAt : '';
  return ok({ exportedAt, articles, notes });
}
