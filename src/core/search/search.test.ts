import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../node/testing.ts';
import { loadFolding } from '../script/opencc.ts';
import { cpSlice } from '../text/codepoints.ts';
import { loadPinyin } from './pinyin.ts';
import { parseQuery, MAX_QUERY_CHARS } from './query.ts';
import { runSearch } from './search.ts';
import type { SearchDoc } from './searchIndex.ts';
import { buildSearchIndex, splitSentences } from './searchIndex.ts';
import { findExact } from './exact.ts';

const fold = await loadFolding();
const syllablesOf = await loadPinyin();
const built = { value: await bundledCorpus() };
const articles = built.value.corpus.articles;
const docs: SearchDoc[] = articles.map((a) => {
  const f = a.folded;
  return {
    id: a.meta.id,
    title: f?.title ?? a.meta.title,
    meta: [a.meta.outlet.zh, ...(f?.place ?? []), a.meta.place.province.zh],
    captions: f?.captions ?? a.text.captions,
    paragraphs: f?.paragraphs ?? a.text.paragraphs,
  };
});
const index = buildSearchIndex(docs);
const tools = { fold, syllablesOf };
const docsOf = (hits: { unit: number }[]): string[] =>
  [...new Set(hits.map((h) => docs[index.units[h.unit]!.doc]!.id))].sort();

/** Occurrences by a plain scan of every folded paragraph, the ground truth for recall. */
function plainCount(term: string): number {
  let n = 0;
  for (const d of docs) {
    for (const text of [d.title, d.meta.join(' '), ...d.captions, ...d.paragraphs]) {
      for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) n++;
    }
  }
  return n;
}

describe('search on the bundled corpus', () => {
  it('finds 網格化 and 网格化 in the same three articles, every occurrence', () => {
    const trad = runSearch(index, '網格化', tools);
    const simp = runSearch(index, '网格化', tools);
    expect(docsOf(trad.exact)).toEqual([
      'gansu-huixian-2021-11',
      'hunan-loudi-2020-02',
      'qinghai-zeku-2022-05',
    ]);
    expect(trad.exact).toEqual(simp.exact);
    expect(simp.exact.length).toBe(plainCount('网格化'));
  });

  it('finds 內防反彈 in the two 2022 articles', () => {
    const r = runSearch(index, '內防反彈', tools);
    expect(docsOf(r.exact)).toEqual(['anhui-fengtai-2022-04', 'qinghai-zeku-2022-05']);
  });

  it('exact counts equal a plain scan for many terms', () => {
    for (const term of [
      '疫情',
      '防控',
      '联防联控',
      '外防输入',
      '党员',
      '的',
      '众志成城',
      '阻击战',
      '不存在的词',
    ]) {
      expect(findExact(index, [term]).length, term).toBe(plainCount(term));
    }
  });

  it('hit offsets point at the term in the folded text', () => {
    for (const h of runSearch(index, '联防联控', tools).exact) {
      expect(cpSlice(index.units[h.unit]!.text, h.start, h.end)).toBe('联防联控');
    }
  });

  it('requires every term within one paragraph', () => {
    const both = runSearch(index, '网格化 联防联控', tools);
    const units = new Set(both.exact.map((h) => h.unit));
    for (const u of units) {
      expect(index.units[u]!.text).toContain('网格化');
      expect(index.units[u]!.text).toContain('联防联控');
    }
  });

  it('finds titles and metadata', () => {
    expect(docsOf(runSearch(index, '泽库县', tools).exact)).toContain('qinghai-zeku-2022-05');
    const r = runSearch(index, '临汾新闻网', tools);
    expect(r.exact.some((h) => index.units[h.unit]!.field === 'meta')).toBe(true);
  });

  it('offers similar passages for a formula with one slot changed, labelled apart from exact hits', () => {
    const r = runSearch(index, '外防输入内防扩散', tools);
    expect(r.exact).toEqual([]);
    const texts = r.approx.map((a) => index.sentences[a.sentence]!.text);
    expect(texts.some((t) => t.includes('外防输入、内防扩散'))).toBe(true);
    expect(texts.some((t) => t.includes('外防输入、内防反弹'))).toBe(true);
  });

  it('finds pinyin: full, initials, Traditional articles too', () => {
    const full = runSearch(index, 'wanggehua', tools);
    expect(docsOf(full.pinyin)).toEqual([
      'gansu-huixian-2021-11',
      'hunan-loudi-2020-02',
      'qinghai-zeku-2022-05',
    ]);
    expect(full.pinyin.length).toBe(plainCount('网格化'));
    for (const h of full.pinyin)
      expect(cpSlice(index.units[h.unit]!.text, h.start, h.end)).toBe('网格化');
    // Initials are ambiguous by nature (wgh is also 我国会…): they find every 网格化, and possibly more.
    const initials = runSearch(index, 'wgh', tools).pinyin;
    for (const h of full.pinyin) expect(initials).toContainEqual(h);
  });
});

describe('bad queries never break the search', () => {
  const cases: [string, string][] = [
    ['', 'empty'],
    ['   \t\n ', 'empty'],
    ['，。！', 'punctuation-only'],
    ['\u0000\u0007\u200b', 'empty'],
  ];
  for (const [q, notice] of cases) {
    it(`${JSON.stringify(q)} → ${notice}`, () => {
      const r = runSearch(index, q, tools);
      expect(r.parsed.notice).toBe(notice);
      expect(r.exact).toEqual([]);
    });
  }

  it('treats regex syntax as plain characters', () => {
    for (const q of ['.*', '(网格', '[a-z]+', '\\d', '$^'])
      expect(() => runSearch(index, q, tools)).not.toThrow();
    expect(runSearch(index, '.*', tools).exact).toEqual([]);
  });

  it('cuts a 10,000-character query and says so', () => {
    const r = runSearch(index, '网格化'.repeat(3334), tools);
    expect(r.parsed.notice).toBe('truncated');
    expect(Array.from(r.parsed.terms[0]!).length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
  });

  it('handles emoji and lone surrogates', () => {
    expect(runSearch(index, '😷网格化', tools).exact).toEqual([]);
    expect(parseQuery('\ud83d网格化').terms).toEqual(['网格化']);
  });

  it('finds Latin text case-insensitively', () => {
    expect(runSearch(index, 'kn95', tools).exact.length).toBe(1);
  });
});

describe('splitSentences', () => {
  it('cuts after sentence punctuation and closing quotes, keeping offsets', () => {
    expect(splitSentences('甲。“乙！”丙').map((s) => [s.text, s.start, s.end])).toEqual([
      ['甲。', 0, 2],
      ['“乙！”', 2, 6],
      ['丙', 6, 7],
    ]);
  });
});

describe('English glosses', () => {
  const glosses = built.value.corpus.glossary
    .filter((g) => !g.contextOnly)
    .map((g) => ({ id: g.id, text: g.text, english: g.english, match: g.match }));
  const withGlosses = { ...tools, glosses };

  it('an English word finds the formula whose gloss it begins a word of, with its occurrences', () => {
    const r = runSearch(index, 'grid', withGlosses);
    expect(r.english.length).toBeGreaterThan(0);
    for (const e of r.english) {
      expect(e.gloss.english.toLowerCase()).toMatch(/\bgrid/);
      for (const h of e.hits)
        expect(e.gloss.match).toContain(cpSlice(index.units[h.unit]!.text, h.start, h.end));
    }
  });

  it('needs every term, and whole-word prefixes only', () => {
    const all = runSearch(index, 'zero', withGlosses).english.map((e) => e.gloss.id);
    expect(all).toContain('dongtai-qingling');
    expect(
      runSearch(index, 'id', withGlosses).english.every((e) => /\bid/i.test(e.gloss.english)),
    ).toBe(true);
    expect(runSearch(index, 'zero nonexistentword', withGlosses).english).toEqual([]);
  });

  it('is not used for Chinese queries', () => {
    expect(runSearch(index, '网格化', withGlosses).english).toEqual([]);
  });
});
