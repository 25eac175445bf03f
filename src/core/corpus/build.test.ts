import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from './build.ts';
import type { CorpusInputs } from './build.ts';
import { corpusToJson } from './analysisJson.ts';
import { articleTexts } from './texts.ts';

const dir = new URL('../../../corpus/', import.meta.url);
const readInputs = (): CorpusInputs => {
  const raw = new Map<string, Uint8Array>();
  for (const name of readdirSync(new URL('raw/', dir))) {
    raw.set(name, new Uint8Array(readFileSync(new URL(`raw/${name}`, dir))));
  }
  return {
    raw,
    metadata: JSON.parse(readFileSync(new URL('articles.json', dir), 'utf8')) as unknown,
    apparatus: JSON.parse(readFileSync(new URL('apparatus.json', dir), 'utf8')) as unknown,
    glossary: JSON.parse(readFileSync(new URL('glossary.json', dir), 'utf8')) as unknown,
  };
};

describe('buildCorpus on the bundled corpus', () => {
  const built = buildCorpus(readInputs());
  if (!built.ok) throw new Error(built.error);
  const { corpus, raw } = built.value;
  const json = corpusToJson(corpus);

  it('builds five articles, each with its raw source kept byte-for-byte as text', () => {
    expect(corpus.articles.map((a) => a.meta.id).sort()).toEqual([
      'anhui-fengtai-2022-04',
      'gansu-huixian-2021-11',
      'hunan-loudi-2020-02',
      'qinghai-zeku-2022-05',
      'shanxi-jixian-2020-02',
    ]);
    for (const a of corpus.articles) {
      expect(raw[a.meta.id]).toBe(readFileSync(new URL(`raw/${a.meta.source}`, dir), 'utf8'));
    }
  });

  it('leaves no residue of the scrapers in any paragraph', () => {
    for (const a of json.articles) {
      const body = a.paragraphs.join('\n');
      expect(body, a.id).not.toMatch(/\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u);
      expect(body, a.id).not.toMatch(/,[,、。!;]|，，/u);
      expect(body, a.id).not.toMatch(/\p{Script=Han},\p{Script=Han}/u);
    }
  });

  it('restores every damaged passage the editor read, and flags it', () => {
    const damaged = Object.fromEntries(json.articles.map((a) => [a.id, a.damaged]));
    expect(damaged['anhui-fengtai-2022-04']).toHaveLength(9);
    expect(damaged['shanxi-jixian-2020-02']).toHaveLength(5);
    for (const id of ['gansu-huixian-2021-11', 'hunan-loudi-2020-02', 'qinghai-zeku-2022-05']) {
      expect(damaged[id]).toEqual([]);
    }
    const fengtai = json.articles.find((a) => a.id === 'anhui-fengtai-2022-04')!;
    const para = fengtai.paragraphs.find((p) => p.includes('病毒非常“狡猾”'));
    expect(para).toBeDefined();
    // Offsets point at the restoration in the reading text, in code points.
    for (const d of fengtai.damaged) {
      const text = Array.from(fengtai.paragraphs[d.paragraph]!).slice(d.start, d.end).join('');
      expect(text).toBe(d.restored ?? d.raw);
      expect(d.raw.length).toBeGreaterThan(0);
    }
  });

  it('produces the JSON contract of the CLI', () => {
    for (const a of json.articles) {
      expect(a.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(['simplified', 'traditional']).toContain(a.script);
      expect(typeof a.title).toBe('string');
      expect(typeof a.outlet).toBe('string');
      expect(typeof a.place).toBe('string');
      expect(a.paragraphs.length).toBe(a.kinds.length);
    }
    expect(json.phrases.some((p) => p.kind === 'glossary')).toBe(true);
    expect(json.phrases.some((p) => p.kind === 'discovered')).toBe(true);
  });

  it('locates every phrase occurrence exactly, in folded text', () => {
    const folded = new Map(
      corpus.articles.map((a) => [a.meta.id, (a.folded ?? articleTexts(a)).paragraphs]),
    );
    const glossary = new Map(corpus.glossary.map((g) => [g.id, g]));
    for (const p of json.phrases) {
      expect(p.count).toBe(p.occurrences.length);
      expect(new Set(p.articles)).toEqual(new Set(p.occurrences.map((o) => o.article)));
      for (const o of p.occurrences) {
        const text = Array.from(folded.get(o.article)![o.paragraph]!)
          .slice(o.start, o.end)
          .join('');
        if (p.kind === 'discovered') expect(text).toBe(p.text);
        else expect(glossary.get(p.glossaryId!)!.match).toContain(text);
      }
    }
  });
});

describe('buildCorpus refuses a corpus that does not match its sources', () => {
  it('names a raw file without metadata and metadata without a raw file', () => {
    const inputs = readInputs();
    const raw = new Map(inputs.raw);
    raw.set('999_extra.txt', new TextEncoder().encode('新文章'));
    raw.delete('004_c6ca533dfe0d7906.txt');
    const r = buildCorpus({ ...inputs, raw });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toContain('corpus/raw/999_extra.txt has no entry in articles.json');
    expect(r.error).toContain('004_c6ca533dfe0d7906.txt, which is not in corpus/raw');
  });

  it('fails on a stale apparatus entry', () => {
    const inputs = readInputs();
    const apparatus = JSON.parse(JSON.stringify(inputs.apparatus)) as {
      entries: { damaged: string }[];
    };
    apparatus.entries[0]!.damaged = '不存在的损坏';
    const r = buildCorpus({ ...inputs, apparatus });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('不存在的损坏');
  });
});
