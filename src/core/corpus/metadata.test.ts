import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMetadata } from './metadata.ts';

const file = JSON.parse(
  readFileSync(new URL('../../../corpus/articles.json', import.meta.url), 'utf8'),
) as {
  version: number;
  articles: Record<string, unknown>[];
};

describe('corpus/articles.json', () => {
  it('is valid and describes every raw file once', () => {
    const parsed = parseMetadata(file);
    if (!parsed.ok) throw new Error(parsed.error);
    const sources = parsed.value.articles.map((a) => a.source).sort();
    expect(sources).toEqual([
      '000_6a61af9399061067.txt',
      '001_4233413e716f2bf2.txt',
      '002_135e622cae84e7d9.txt',
      '003_eca882e2324bf511.txt',
      '004_c6ca533dfe0d7906.txt',
    ]);
  });

  it('spans the five provinces and January 2020 to May 2022', () => {
    const parsed = parseMetadata(file);
    if (!parsed.ok) throw new Error(parsed.error);
    const provinces = new Set(parsed.value.articles.map((a) => a.place.province.en));
    expect(provinces).toEqual(new Set(['Gansu', 'Anhui', 'Shanxi', 'Hunan', 'Qinghai']));
    for (const a of parsed.value.articles) {
      expect(a.date >= '2020-01' && a.date <= '2022-05-31').toBe(true);
      expect(a.place.lat).toBeGreaterThan(18);
      expect(a.place.lat).toBeLessThan(54);
      expect(a.place.lon).toBeGreaterThan(73);
      expect(a.place.lon).toBeLessThan(135);
    }
  });
});

describe('parseMetadata', () => {
  const good = file.articles[0]!;

  it('reports every problem with its path', () => {
    const bad = {
      version: 1,
      articles: [
        { ...good, id: 'Not A Slug', date: '2021-11', datePrecision: 'day' },
        { ...good, titleSource: 'editor', titleNote: undefined, place: { lat: 1 } },
      ],
    };
    const parsed = parseMetadata(bad);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toContain('articles[0].id');
    expect(parsed.error).toContain('articles[0].date');
    expect(parsed.error).toContain('articles[1].titleNote');
    expect(parsed.error).toContain('articles[1].place');
  });

  it('rejects duplicate ids and a wrong version', () => {
    const dup = parseMetadata({ version: 1, articles: [good, good] });
    expect(dup.ok ? '' : dup.error).toContain('duplicate id');
    expect(parseMetadata({ version: 2, articles: [] }).ok).toBe(false);
    expect(parseMetadata(null).ok).toBe(false);
  });
});
