import { describe, expect, it } from 'vitest';
import { decodeRecord } from '../records/versioned.ts';
import { NOTE_CODEC, validateNote } from './record.ts';
import { sampleNote } from './testing.ts';

describe('NOTE_CODEC', () => {
  it('reads a stored note back unchanged (the schema field is dropped)', () => {
    const n = sampleNote();
    const decoded = decodeRecord(NOTE_CODEC, { ...n, schema: 1 });
    expect(decoded).toEqual({ ok: true, value: { value: n, migrated: false } });
  });

  it('accepts an empty note text (a plain highlight) and every colour', () => {
    for (const colour of ['yellow', 'green', 'blue', 'pink'] as const) {
      expect(validateNote({ ...sampleNote({ colour, text: '' }) }).ok).toBe(true);
    }
  });

  it('says what is wrong with a damaged note', () => {
    const r = validateNote({
      ...sampleNote(),
      colour: 'mauve',
      created: 'yesterday',
      anchor: { start: 9, end: 2, quote: '', prefix: 1 },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(/colour should be one of yellow, green, blue, pink/);
      expect(r.error).toMatch(/created should be an ISO date/);
      expect(r.error).toMatch(/quote should be non-empty text/);
      expect(r.error).toMatch(/prefix should be text/);
      expect(r.error).toMatch(/suffix should be text/);
      expect(r.error).toMatch(/end should not come before/);
    }
    expect(validateNote({ ...sampleNote(), anchor: 'x' }).ok).toBe(false);
    expect(validateNote({ ...sampleNote(), id: '' }).ok).toBe(false);
  });

  it('refuses notes from a newer schema and records without one', () => {
    expect(decodeRecord(NOTE_CODEC, { ...sampleNote(), schema: 2 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/newer version/) as unknown,
    });
    expect(decodeRecord(NOTE_CODEC, sampleNote()).ok).toBe(false);
  });
});
