import { describe, expect, it } from 'vitest';
import { err, ok } from '../result.ts';
import type { RecordCodec } from './versioned.ts';
import { decodeRecord, field } from './versioned.ts';

interface V3 {
  id: string;
  words: number;
}

// v1 stored `count` as text, v2 made it a number, v3 renamed it `words`.
const codec: RecordCodec<V3> = {
  kind: 'sample',
  version: 3,
  migrations: [
    (r) => {
      const n = Number(r.count);
      if (!Number.isFinite(n)) throw new Error(`count ${String(r.count)} is not a number`);
      return { ...r, count: n };
    },
    ({ count, ...r }) => ({ ...r, words: count }),
  ],
  validate(r) {
    const errors: string[] = [];
    const value = { id: field.string(r, 'id', errors), words: field.integer(r, 'words', errors) };
    return errors.length ? err(errors.join('; ')) : ok(value);
  },
};

describe('decodeRecord', () => {
  it('runs every migration from the stored schema up', () => {
    expect(decodeRecord(codec, { schema: 1, id: 'a', count: '12' })).toEqual(
      ok({ value: { id: 'a', words: 12 }, migrated: true }),
    );
    expect(decodeRecord(codec, { schema: 2, id: 'a', count: 12 })).toEqual(
      ok({ value: { id: 'a', words: 12 }, migrated: true }),
    );
    expect(decodeRecord(codec, { schema: 3, id: 'a', words: 12 })).toEqual(
      ok({ value: { id: 'a', words: 12 }, migrated: false }),
    );
  });

  it('explains every way a record can be unreadable', () => {
    const reason = (raw: unknown) => {
      const r = decodeRecord(codec, raw);
      return r.ok ? 'ok' : r.error;
    };
    expect(reason(null)).toMatch(/not an object/);
    expect(reason([1])).toMatch(/not an object/);
    expect(reason({ id: 'a' })).toMatch(/no schema version/);
    expect(reason({ schema: 1.5, id: 'a' })).toMatch(/no schema version/);
    expect(reason({ schema: 4, id: 'a' })).toMatch(/newer version of Refrain \(schema 4/);
    expect(reason({ schema: 1, id: 'a', count: 'many' })).toMatch(/could not upgrade .* schema 1/);
    expect(reason({ schema: 3, id: '', words: -1 })).toMatch(/damaged: id .*; words/);
  });

  it('refuses a codec with a missing migration instead of skipping a step', () => {
    const gappy: RecordCodec<V3> = { ...codec, migrations: [codec.migrations[0]!] };
    const r = decodeRecord(gappy, { schema: 2, id: 'a', count: 1 });
    expect(r).toEqual(err('no migration from schema 2 of sample'));
  });
});
