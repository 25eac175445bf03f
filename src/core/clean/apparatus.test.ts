import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cpSlice, isHan } from '../text/codepoints.ts';
import type { ApparatusEntry } from './apparatus.ts';
import { applyApparatus, describeEntry, parseApparatus, staleEntriesError } from './apparatus.ts';
import { decodeGbk, encodeGbk, simulateByteDamage, survivingCharacters } from './gbk.ts';

const CORPUS = join(import.meta.dirname, '../../../corpus');
const readRaw = (name: string): string => readFileSync(join(CORPUS, 'raw', name), 'utf8');
const bundledJson = (): unknown => JSON.parse(readFileSync(join(CORPUS, 'apparatus.json'), 'utf8'));

const entry = (over: Partial<ApparatusEntry> = {}): ApparatusEntry => ({
  article: 'a.txt',
  source: '�,!敖苹�',
  damaged: '\uFFFD！敖苹\uFFFD',
  restored: '常“狡猾”',
  confidence: 'probable',
  note: 'Bytes.',
  ...over,
});

describe('parseApparatus', () => {
  it('accepts the bundled file', () => {
    const parsed = parseApparatus(bundledJson());
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value).toHaveLength(14);
  });

  it('accepts a null restoration', () => {
    const parsed = parseApparatus({ version: 1, entries: [entry({ restored: null })] });
    expect(parsed).toEqual({ ok: true, value: [entry({ restored: null })] });
  });

  it.each([
    [null, /expected an object/u],
    [[], /expected an object/u],
    [{ version: 2, entries: [] }, /unsupported version 2/u],
    [{ version: 1 }, /"entries" must be an array/u],
    [{ version: 1, entries: ['x'] }, /entry 0 is not an object/u],
    [
      { version: 1, entries: [{ ...entry(), restore: 'x' }] },
      /entry 0 \("�！敖苹�"\) has unknown field\(s\) restore/u,
    ],
    [{ version: 1, entries: [entry({ note: ' ' })] }, /entry 0 .* non-empty string "note"/u],
    [
      { version: 1, entries: [entry({ restored: '' })] },
      /"restored" must be a non-empty string or null/u,
    ],
    [{ version: 1, entries: [entry({ damaged: 'a\nb' })] }, /"damaged" spans a line break/u],
    [
      { version: 1, entries: [{ ...entry(), confidence: 'sure' }] },
      /"confidence" must be one of certain, probable, conjecture/u,
    ],
    [
      { version: 1, entries: [entry(), entry()] },
      /entry 1 .* duplicates an earlier entry for a\.txt/u,
    ],
  ])('refuses %j with a message naming the entry', (json, message) => {
    const parsed = parseApparatus(json);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});

describe('applyApparatus', () => {
  const p = '病毒非\uFFFD！敖苹\uFFFD，城關鎮的感染人數開始上升。';
  const flag = { start: 3, end: 8 };

  it('replaces exactly the flagged stretch and reports offsets in the returned text', () => {
    const e = entry();
    const r = applyApparatus(p, [flag], [e]);
    expect(r.text).toBe('病毒非常“狡猾”，城關鎮的感染人數開始上升。');
    expect(r.damaged).toEqual([
      {
        start: 3,
        end: 8,
        raw: '\uFFFD！敖苹\uFFFD',
        restored: '常“狡猾”',
        confidence: 'probable',
        note: 'Bytes.',
        source: e.source,
      },
    ]);
    expect(r.used).toEqual([e]);
  });

  it('counts code points, not UTF-16 units, when a restoration changes the length', () => {
    const q = '𬇙' + p;
    const r = applyApparatus(
      q,
      [
        { start: 4, end: 9 },
        { start: 10, end: 12 },
      ],
      [entry({ restored: '常𬇙' })],
    );
    expect(r.text).toBe('𬇙病毒非常𬇙，城關鎮的感染人數開始上升。');
    expect(r.damaged.map((d) => cpSlice(r.text, d.start, d.end))).toEqual(['常𬇙', '城關']);
    expect(r.damaged[1]).toEqual({ start: 7, end: 9, raw: '城關' });
  });

  it('leaves flagged text without an entry in place, flagged, with no reading', () => {
    const r = applyApparatus(p, [flag], []);
    expect(r.text).toBe(p);
    expect(r.damaged).toEqual([{ start: 3, end: 8, raw: '\uFFFD！敖苹\uFFFD' }]);
    expect(r.used).toEqual([]);
  });

  it('keeps the damage of an unrestorable entry in place, with its note', () => {
    const e = entry({ restored: null, confidence: 'conjecture', note: 'Lost.' });
    const r = applyApparatus(p, [flag], [e]);
    expect(r.text).toBe(p);
    expect(r.damaged).toEqual([
      {
        start: 3,
        end: 8,
        raw: '\uFFFD！敖苹\uFFFD',
        confidence: 'conjecture',
        note: 'Lost.',
        source: e.source,
      },
    ]);
    expect(r.used).toEqual([e]);
  });

  it('does not apply an entry where the detector flagged nothing', () => {
    const r = applyApparatus(p, [], [entry()]);
    expect(r.text).toBe(p);
    expect(r.used).toEqual([]);
  });

  it('prefers the entry equal to the flagged span when entries compete', () => {
    const short = entry({ damaged: '\uFFFD！\uFFFD', restored: '。”' });
    const long = entry({ damaged: '，\uFFFD！\uFFFD', restored: '。”' });
    const q = '以愛心贏民心，\uFFFD！\uFFFD';
    const r = applyApparatus(q, [{ start: 6, end: 10 }], [short, long]);
    expect(r.text).toBe('以愛心贏民心。”');
    expect(r.used).toEqual([long]);
  });

  it('keeps flagged text outside the entry flagged, unrestored', () => {
    const e = entry({ damaged: '敖苹', restored: '狡猾' });
    const r = applyApparatus(p, [flag], [e]);
    expect(r.text).toBe('病毒非\uFFFD！狡猾\uFFFD，城關鎮的感染人數開始上升。');
    expect(r.damaged.map((d) => [cpSlice(r.text, d.start, d.end), d.restored])).toEqual([
      ['\uFFFD！', undefined],
      ['狡猾', '狡猾'],
      ['\uFFFD', undefined],
    ]);
  });

  it('lets the caller name stale entries', () => {
    const e = entry();
    const used = applyApparatus(p, [flag], [e]).used;
    const stale = entry({ damaged: '？！斑@' });
    expect(staleEntriesError([e, stale], used)).toBe(
      `apparatus entries not found in the cleaned text (stale?): ${describeEntry(stale)}`,
    );
    expect(describeEntry(stale)).toBe('a.txt: "？！斑@"');
    expect(staleEntriesError([e], used)).toBeNull();
  });
});

/**
 * The evidence behind each restoration. The byte check re-creates the damage: the restored
 * reading (after the clean character before the stretch, which fixes the byte alignment) is
 * encoded to GBK; the site's pinyin readings are inserted after matching byte pairs and `！，？`
 * flattened to ASCII byte-wise, both blind to character boundaries; the bytes are decoded as GBK.
 * What survives — every character except replacement marks and swallowed `(` — must equal what
 * survives in the damaged text. A leading comma is 001's inserted comma, not a byte effect.
 */
describe('the bundled apparatus: evidence', () => {
  const parsed = parseApparatus(bundledJson());
  if (!parsed.ok) throw new Error(parsed.error);
  const entries = parsed.value;

  /** Every reading the site inserted in an article (`關(guān)`), plus 財 (see the 斬斷 entries). */
  const readingsOf = (raw: string): Map<string, string> => {
    const m = new Map<string, string>([['財', 'cái']]);
    for (const x of raw.matchAll(/(\p{Script=Han})\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)\)/gu)) {
      if (x[1] && x[2] && !m.has(x[1])) m.set(x[1], x[2]);
    }
    return m;
  };
  /** The Han character before `source` in the raw file (readings skipped). */
  const hanBefore = (raw: string, source: string): string => {
    const before = Array.from(raw.slice(0, raw.indexOf(source)));
    const ch = before.reverse().find((c) => isHan(c));
    if (!ch) throw new Error(`no Han character before ${source}`);
    return ch;
  };
  const stripReadings = (s: string): string =>
    s.replace(/(\p{Script=Han})\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/gu, '$1');

  it.each(entries.map((e) => [describeEntry(e), e] as const))(
    '%s: source occurs verbatim in the raw file',
    (_, e) => {
      expect(readRaw(e.article)).toContain(e.source);
    },
  );

  it.each(entries.filter((e) => e.restored !== null).map((e) => [describeEntry(e), e] as const))(
    '%s: the byte check reproduces the surviving characters',
    (_, e) => {
      const raw = readRaw(e.article);
      const prev = hanBefore(raw, e.source);
      const redamaged = stripReadings(
        simulateByteDamage(prev + (e.restored ?? ''), { readings: readingsOf(raw) }),
      );
      const damaged = e.damaged.replace(/^，(?=\uFFFD)/u, '');
      expect(survivingCharacters(redamaged)).toBe(survivingCharacters(prev + damaged));
    },
  );

  it('finds the straddling pair that the 斬斷 readings were inserted after', () => {
    const bytes = encodeGbk('斬斷');
    expect(bytes.ok).toBe(true);
    if (!bytes.ok) return;
    // 斬 = 94 D8, 斷 = 94 E0: the middle pair D8 94 is 財, whose reading is cái.
    expect(decodeGbk(bytes.value.subarray(1, 3))).toBe('財');
  });

  it('grades confidence as the $comment defines it', () => {
    const byConfidence = (c: string): string[] =>
      entries.filter((e) => e.confidence === c).map((e) => e.restored ?? '');
    expect(byConfidence('probable')).toEqual([
      '常“狡猾”',
      '。“要深入貫徹落實習近平總書記重要指示精神',
      '。”交通民警',
    ]);
    expect(byConfidence('conjecture')).toEqual([]);
    expect(entries.filter((e) => e.restored === null)).toEqual([]);
  });
});

describe('gbk helpers', () => {
  it('round-trips GBK, Traditional characters included', () => {
    const r = encodeGbk('關鎮，A');
    expect(r.ok && Array.from(r.value)).toEqual([0xea, 0x50, 0xe6, 0x82, 0xa3, 0xac, 0x41]);
    if (r.ok) expect(decodeGbk(r.value)).toBe('關鎮，A');
  });

  it('reports a character GBK lacks', () => {
    expect(encodeGbk('好𬇙')).toEqual({ ok: false, error: { char: '𬇙', index: 1 } });
  });

  it('shows how a straddled mark puts the text out of step', () => {
    // 。“ = A1 A3 A1 B0: the `！` (A3 A1) in the middle is flattened, A1 is orphaned.
    expect(simulateByteDamage('。“這里')).toBe('\uFFFD!斑@里');
  });
});
