/**
 * Versioned records: everything Refrain stores in the browser (notes, the reader's own articles,
 * collection files) carries a schema version and is read through sequential migrations and a
 * validator. Stored data is untrusted — an older version of the app, another tab, a hand edit or a
 * half-written record — so reading never throws and never silently drops: a record either becomes a
 * valid current value or comes back as a reason the caller can show and set aside.
 */
import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';

/** A plain JSON object, as stored. */
export type PlainRecord = Record<string, unknown>;

/** Upgrades a record from version `n` to `n + 1`. Pure; may throw on malformed input. */
export type Migration = (record: PlainRecord) => PlainRecord;

export interface RecordCodec<T> {
  /** What the records are, for messages ("note", "article"). */
  readonly kind: string;
  /** The version this build writes. */
  readonly version: number;
  /**
   * `migrations[n - 1]` upgrades version n to n + 1, so there are `version - 1` of them; each is
   * tested on its own.
   */
  readonly migrations: readonly Migration[];
  /** Checks a record of the current version; returns the typed value or what is wrong with it. */
  readonly validate: (record: PlainRecord) => Result<T>;
}

export interface Decoded<T> {
  value: T;
  /** True when a migration ran, so the caller can write the upgraded record back. */
  migrated: boolean;
}

export const isPlainRecord = (v: unknown): v is PlainRecord =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads one stored record: checks it is an object with a known version, runs the migrations from
 * that version up to the current one, then validates. A record from a newer version of the app is
 * refused rather than guessed at (the newer app may have meant something this one cannot keep).
 */
export function decodeRecord<T>(codec: RecordCodec<T>, raw: unknown): Result<Decoded<T>> {
  if (!isPlainRecord(raw)) return err(`this ${codec.kind} is not an object`);
  const version = raw.schema;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return err(`this ${codec.kind} has no schema version`);
  }
  if (version > codec.version) {
    return err(
      `this ${codec.kind} was saved by a newer version of Refrain (schema ${version}; this one reads up to ${codec.version})`,
    );
  }
  let record: PlainRecord = raw;
  for (let v = version; v < codec.version; v++) {
    const migrate = codec.migrations[v - 1];
    if (!migrate) return err(`no migration from schema ${v} of ${codec.kind}`);
    try {
      record = { ...migrate(record), schema: v + 1 };
    } catch (e) {
      return err(`could not upgrade this ${codec.kind} from schema ${v}: ${String(e)}`);
    }
  }
  const checked = codec.validate(record);
  if (!checked.ok) return err(`this ${codec.kind} is damaged: ${checked.error}`);
  return ok({ value: checked.value, migrated: version !== codec.version });
}

/** Small validators shared by the codecs. */
export const field = {
  string(r: PlainRecord, key: string, errors: string[], opts: { empty?: boolean } = {}): string {
    const v = r[key];
    if (typeof v !== 'string' || (!opts.empty && v.length === 0)) {
      errors.push(`${key} should be ${opts.empty ? 'text' : 'non-empty text'}`);
      return '';
    }
    return v;
  },
  optionalString(r: PlainRecord, key: string, errors: string[]): string | undefined {
    const v = r[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') {
      errors.push(`${key} should be text`);
      return undefined;
    }
    return v;
  },
  integer(r: PlainRecord, key: string, errors: string[], min = 0): number {
    const v = r[key];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min) {
      errors.push(`${key} should be a whole number ≥ ${min}`);
      return min;
    }
    return v;
  },
  number(r: PlainRecord, key: string, errors: string[]): number {
    const v = r[key];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      errors.push(`${key} should be a number`);
      return 0;
    }
    return v;
  },
};
