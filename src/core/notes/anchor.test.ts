import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../node/testing.ts';
import { articleTexts, mapTexts } from '../corpus/texts.ts';
import { loadFolding, loadTraditionalConverters } from '../script/opencc.ts';
import { convertAligned, traditionalConverter } from '../script/variants.ts';
import { cpLength, cpSlice } from '../text/codepoints.ts';
import { createAnchor, resolveAnchor } from './anchor.ts';
import { bodyText, toBodyOffset, toParagraphSpans } from './body.ts';

const fold = await loadFolding();
const converters = await loadTraditionalConverters();
const { articles } = (await bundledCorpus()).corpus;

describe('createAnchor / resolveAnchor', () => {
  const text = '各地坚持外防输入、内防反弹。外防输入是关键，内防反弹是重点。';

  it('resolves exactly where it was made', () => {
    const a = createAnchor(text, 4, 8);
    expect(a.quote).toBe('外防输入');
    expect(a.prefix).toBe('各地坚持');
    expect(a.suffix.startsWith('、内防反弹')).toBe(true);
    expect(resolveAnchor(text, a)).toEqual({ start: 4, end: 8, how: 'exact' });
  });

  it('survives a reload: the anchor is plain JSON', () => {
    const a = createAnchor(text, 14, 18);
    const back = JSON.parse(JSON.stringify(a)) as typeof a;
    expect(resolveAnchor(text, back)).toEqual({ start: 14, end: 18, how: 'exact' });
  });

  it('survives re-cleaning that changed the text before the anchor', () => {
    const a = createAnchor(text, 14, 18); // the second 外防输入
    const recleaned = `【本报讯】${text}`;
    const r = resolveAnchor(recleaned, a);
    expect(r).toEqual({ start: 19, end: 23, how: 'moved' });
    expect(cpSlice(recleaned, r!.start, r!.end)).toBe('外防输入');
  });

  it('picks the occurrence whose context matches, not the nearest one', () => {
    const a = createAnchor(text, 14, 18); // followed by 是关键
    // Text removed so that the first occurrence now sits at the old offsets' neighbourhood.
    const recleaned = text.replace('各地坚持', '各地坚持各地坚持各地坚持');
    const r = resolveAnchor(recleaned, a);
    expect(cpSlice(recleaned, r!.end, r!.end + 3)).toBe('是关键');
  });

  it('survives small edits around and inside the quote (approximate match)', () => {
    const a = createAnchor(text, 14, 23); // 外防输入是关键，内防
    const edited = text.replace('外防输入是关键', '外防输入是关键的');
    const r = resolveAnchor(edited, a);
    expect(r?.how).toBe('fuzzy');
    expect(cpSlice(edited, r!.start, r!.end)).toContain('是关键');
    expect(r!.start).toBe(14);
  });

  it('is an orphan (null) when the quote is gone', () => {
    const a = createAnchor(text, 14, 18);
    expect(resolveAnchor('完全不同的一段文字。', a)).toBeNull();
    expect(resolveAnchor(text.replace(/外防输入/g, '????'), a, { fuzzy: false })).toBeNull();
  });

  it('property: an anchor resolves exactly on the text it was made from', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }),
        fc.nat(),
        fc.nat(),
        (s, x, y) => {
          const n = cpLength(s);
          const start = x % n;
          const end = start + 1 + (y % (n - start));
          const a = createAnchor(s, start, end);
          expect(resolveAnchor(s, a)).toEqual({ start, end, how: 'exact' });
        },
      ),
    );
  });

  it('property: text inserted before the quote moves the anchor with it', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 4, maxLength: 60 }),
        fc.string({ minLength: 1, maxLength: 20 }),
        fc.nat(),
        (s, inserted, x) => {
          const n = cpLength(s);
          const start = x % (n - 3);
          const a = createAnchor(s, start, start + 3);
          const moved = inserted + s;
          const r = resolveAnchor(moved, a);
          expect(r).not.toBeNull();
          expect(cpSlice(moved, r!.start, r!.end)).toBe(a.quote);
          // Where the quote occurs once, it is that occurrence (else any equally good one).
          if (moved.indexOf(a.quote) === moved.lastIndexOf(a.quote)) {
            expect(r!.start).toBe(start + cpLength(inserted));
          }
        },
      ),
    );
  });
});

describe('anchors on the bundled corpus across scripts', () => {
  /** The paragraphs as the reader shows them in a script. */
  function shown(id: string, target: 'cn' | 'tw' | 'hk'): string[] {
    const a = articles.find((x) => x.meta.id === id)!;
    if (target === 'cn') return (a.folded ?? articleTexts(a)).paragraphs;
    const convert = traditionalConverter(a.meta.script, target, converters);
    return mapTexts(
      articleTexts(a),
      (s) => convertAligned(s, convert),
      (s) => s,
    ).paragraphs;
  }

  it('a note made on cn lands on the same characters in tw and hk, and a selection made there gives the same anchor', () => {
    for (const article of articles.slice(0, 12)) {
      const id = article.meta.id;
      const cn = shown(id, 'cn');
      const canonical = bodyText(cn);
      const len = cpLength(canonical);
      for (const [p, from, to] of [
        [0, 0, 4],
        [Math.min(2, cn.length - 1), 1, 9],
      ] as const) {
        const start = toBodyOffset(cn, p, from);
        const end = Math.min(len, toBodyOffset(cn, p, to));
        const anchor = createAnchor(canonical, start, end);
        for (const target of ['tw', 'hk'] as const) {
          const other = shown(id, target);
          const otherBody = bodyText(other);
          // The same offsets in the other script are the same characters, converted.
          expect(fold(cpSlice(otherBody, start, end))).toBe(anchor.quote);
          // A selection of those characters in the other script anchors to the same place.
          expect(createAnchor(bodyText(other.map(fold)), start, end)).toEqual(anchor);
          expect(resolveAnchor(canonical, anchor)?.how).toBe('exact');
          // And the per-paragraph spans used for rendering are the same in both.
          expect(toParagraphSpans(other, start, end)).toEqual(toParagraphSpans(cn, start, end));
        }
      }
    }
  });

  it('survives re-cleaning of a real article: a paragraph removed before the anchor, one re-split', () => {
    const article = articles.find((a) => a.text.paragraphs.length >= 4)!;
    const cn = (article.folded ?? articleTexts(article)).paragraphs;
    const body = bodyText(cn);
    const start = toBodyOffset(cn, 3, 2);
    const anchor = createAnchor(body, start, start + 6);
    const removed = bodyText([...cn.slice(1)]);
    const r1 = resolveAnchor(removed, anchor);
    expect(cpSlice(removed, r1!.start, r1!.end)).toBe(anchor.quote);
    const p0 = cn[0]!;
    const resplit = bodyText([cpSlice(p0, 0, 3), cpSlice(p0, 3), ...cn.slice(1)]);
    const r2 = resolveAnchor(resplit, anchor);
    expect(r2).toMatchObject({ start: start + 1, how: 'moved' });
  });
});

describe('toParagraphSpans', () => {
  it('cuts a range crossing paragraphs, dropping the separator', () => {
    const ps = ['一二三', '四五', '六'];
    expect(toParagraphSpans(ps, 1, 6)).toEqual([
      { paragraph: 0, start: 1, end: 3 },
      { paragraph: 1, start: 0, end: 2 },
    ]);
    expect(toBodyOffset(ps, 2, 0)).toBe(7);
  });
});
