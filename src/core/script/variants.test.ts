import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { bundledCorpus } from '../../node/testing.ts';
import { articleTexts, mapTexts } from '../corpus/texts.ts';
import { cpLength, cpSlice } from '../text/codepoints.ts';
import { loadFolding, loadTraditionalConverters } from './opencc.ts';
import type { ScriptTarget } from './variants.ts';
import { convertAligned, langTag, parseScriptChoice, traditionalConverter } from './variants.ts';

const fold = await loadFolding();
const converters = await loadTraditionalConverters();
const built = { value: await bundledCorpus() };
const { articles } = built.value.corpus;

/** The texts of an article in a target script, exactly as the app computes them. */
function render(id: string, target: ScriptTarget) {
  const a = articles.find((x) => x.meta.id === id)!;
  if (target === 'cn') return a.folded ?? articleTexts(a);
  const convert = traditionalConverter(a.meta.script, target, converters);
  const names = traditionalConverter('simplified', target, converters);
  return mapTexts(
    articleTexts(a),
    (s) => convertAligned(s, convert),
    (s) => convertAligned(s, names),
  );
}

describe('every article in every script', () => {
  for (const a of articles) {
    for (const target of ['cn', 'tw', 'hk'] as const) {
      it(`${a.meta.id} → ${target}: same code-point count everywhere, so offsets map by identity`, () => {
        const own = articleTexts(a);
        const shown = render(a.meta.id, target);
        expect(shown.paragraphs).toHaveLength(own.paragraphs.length);
        own.paragraphs.forEach((p, i) => expect(cpLength(shown.paragraphs[i]!)).toBe(cpLength(p)));
        expect(cpLength(shown.title)).toBe(cpLength(own.title));
        own.captions.forEach((c, i) => expect(cpLength(shown.captions[i]!)).toBe(cpLength(c)));
        // Every damage flag covers the same characters, converted.
        for (const d of a.text.damaged) {
          const before = cpSlice(own.paragraphs[d.paragraph]!, d.start, d.end);
          const after = cpSlice(shown.paragraphs[d.paragraph]!, d.start, d.end);
          expect(cpLength(after)).toBe(cpLength(before));
          expect(before).toBe(d.restored ?? d.raw);
        }
      });
    }
  }

  it('the fold of every article equals its Simplified rendering, in every script it can be shown in', () => {
    for (const a of articles) {
      const cn = render(a.meta.id, 'cn');
      for (const target of ['tw', 'hk'] as const) {
        const shown = render(a.meta.id, target);
        expect(shown.paragraphs.map(fold), `${a.meta.id} ${target}`).toEqual(cn.paragraphs);
      }
    }
  });

  it('shows the expected characters: 網格化 in tw for a Simplified article, 娄底 in cn for a Traditional one', () => {
    expect(render('gansu-huixian-2021-11', 'tw').paragraphs.join('')).toContain('網格化');
    expect(render('gansu-huixian-2021-11', 'hk').paragraphs.join('')).toContain('網格化');
    expect(render('hunan-loudi-2020-02', 'cn').title).toContain('娄底');
    expect(render('hunan-loudi-2020-02', 'cn').paragraphs.join('')).toContain('网格化');
    // Metadata names are stored in Simplified and converted from Simplified.
    expect(render('shanxi-jixian-2020-02', 'tw').outlet).toBe('臨汾新聞網');
  });
});

describe('folding', () => {
  it('makes Simplified and Traditional spellings equal', () => {
    expect(fold('網格化')).toBe(fold('网格化'));
    expect(fold('內防反彈')).toBe('内防反弹');
    expect(fold('聯防聯控')).toBe('联防联控');
    // Hong Kong forms that t→cn alone leaves behind.
    expect(fold('衞生')).toBe('卫生');
  });
});

describe('only the tw and hk locales', () => {
  it('never asks OpenCC for the phrase variants twp/hkp', () => {
    const src = readFileSync(new URL('./opencc.ts', import.meta.url), 'utf8');
    const requested = [...src.matchAll(/to: '(\w+)'/g)].map((m) => m[1]);
    expect(requested.sort()).toEqual(['cn', 'cn', 'hk', 'hk', 'tw', 'tw']);
  });

  it('because the phrase variants would rewrite the policy vocabulary', () => {
    const twp = OpenCC.Converter({ from: 'cn', to: 'twp' });
    expect(twp('社区')).toBe('社群');
    expect(converters.cnToTw('社区')).toBe('社區');
    expect(converters.cnToTw('调度')).toBe('調度');
    expect(converters.cnToHk('优化')).toBe('優化');
  });
});

describe('helpers', () => {
  it('parses script choices strictly', () => {
    expect(parseScriptChoice('tw')).toBe('tw');
    expect(parseScriptChoice('twp')).toBeNull();
    expect(parseScriptChoice(null)).toBeNull();
  });

  it('tags each choice with its BCP 47 language', () => {
    expect(langTag('orig', 'traditional')).toBe('zh-Hant');
    expect(langTag('orig', 'simplified')).toBe('zh-Hans');
    expect(langTag('cn', 'traditional')).toBe('zh-Hans');
    expect(langTag('tw', 'simplified')).toBe('zh-Hant-TW');
    expect(langTag('hk', 'simplified')).toBe('zh-Hant-HK');
  });

  it('falls back to character-by-character conversion when a converter changes the length', () => {
    const lengthening = (s: string): string => s.replace(/网格/g, '网格网格').replace(/化/g, '化');
    expect(convertAligned('网格化', lengthening)).toBe('网格化');
    const astral = (s: string): string => s.replace(/浿/g, '𬇙');
    expect(convertAligned('浿水', astral)).toBe('𬇙水');
    expect(cpLength(convertAligned('浿水', astral))).toBe(2);
  });
});
