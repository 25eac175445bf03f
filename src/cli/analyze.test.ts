import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../node/testing.ts';
import type { AnalysisJson } from '../core/corpus/analysisJson.ts';
import type { ImportInput } from '../core/import/importFiles.ts';
import { importOne } from '../core/import/importFiles.ts';
import { FIXTURE_PAGES } from '../core/quality/fixtures.ts';
import { loadFolding } from '../core/script/opencc.ts';
import { legacyEncode } from '../node/legacyEncode.ts';
import { loadPlaceGuesser } from '../node/placeGuesser.ts';

const run = (...args: string[]) => runCli('analyze.ts', ...args);

describe('npm run analyze', { timeout: 90_000 }, () => {
  it('prints the bundled corpus as JSON', async () => {
    const { code, stdout } = await run('--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as AnalysisJson;
    expect(json.articles).toHaveLength(5);
    const waifang = json.phrases.find((p) => p.text === '外防输入');
    expect(waifang?.articles.sort()).toEqual([
      'anhui-fengtai-2022-04',
      'gansu-huixian-2021-11',
      'hunan-loudi-2020-02',
      'qinghai-zeku-2022-05',
    ]);
    expect(json.phrases.some((p) => p.kind === 'glossary' && p.family)).toBe(true);
    const zeku = json.articles.find((a) => a.id === 'qinghai-zeku-2022-05');
    expect(zeku).toMatchObject({
      date: '2022-05-17',
      script: 'simplified',
      outlet: '人民网·青海频道',
    });
    expect(zeku?.paragraphs[0]?.startsWith('5月9日14时、11日13时，黄南州泽库县')).toBe(true);
  });

  it('prints a readable summary without --json', async () => {
    const { code, stdout } = await run();
    expect(code).toBe(0);
    expect(stdout).toContain('5 article(s)');
    expect(stdout).toContain('anhui-fengtai-2022-04');
  });

  it('reports each bad file on stderr, exits non-zero, and still processes the good ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'refrain-cli-'));
    const files = {
      empty: join(dir, 'empty.txt'),
      binary: join(dir, 'photo.txt'),
      gbk: join(dir, 'gbk.txt'),
      english: join(dir, 'english.txt'),
      good: join(dir, 'good.txt'),
    };
    writeFileSync(files.empty, '');
    writeFileSync(
      files.binary,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    );
    writeFileSync(
      files.gbk,
      Buffer.from([0xcd, 0xf8, 0xb8, 0xf1, 0xbb, 0xaf, 0xb9, 0xdc, 0xc0, 0xed]),
    );
    writeFileSync(files.english, 'No Chinese here.');
    writeFileSync(files.good, '某县抗疫纪实\n2020年2月5日\n疫情发生以来,某县实行网格化管理。\n');
    const missing = join(dir, 'missing.txt');
    const { code, stdout, stderr } = await run('--json', ...Object.values(files), missing);
    expect(code).toBe(1);
    expect(stderr).toContain(`${files.empty}: the file is empty`);
    expect(stderr).toContain(`${files.binary}: the file looks binary (PNG)`);
    expect(stderr).toContain(`${files.english}: no Chinese text found`);
    expect(stderr).toContain(`${missing}: no such file`);
    expect(stderr).not.toContain(files.gbk);
    const json = JSON.parse(stdout) as AnalysisJson;
    // GBK is read as the import reads it (网格化管理 in GBK bytes).
    expect(json.articles.map((a) => a.source)).toEqual(['gbk.txt', 'good.txt']);
    expect(json.articles[0]).toMatchObject({ encoding: 'gb18030', paragraphs: ['网格化管理'] });
    expect(json.articles[1]?.paragraphs).toEqual(['疫情发生以来，某县实行网格化管理。']);
  });

  it('gives the same title, date, outlet and place as the import, for the same bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'refrain-agree-'));
    const inputs: ImportInput[] = [];
    const paths: string[] = [];
    for (const page of FIXTURE_PAGES) {
      // Every page twice: as UTF-8 and as the legacy encoding of its script.
      const trad = /[關開縣]/u.test(page.text);
      const variants: [string, Uint8Array][] = [['', new TextEncoder().encode(page.text)]];
      try {
        variants.push([trad ? '.big5' : '.gbk', legacyEncode(page.text, trad ? 'big5' : 'gbk')]);
      } catch {
        // Inserted pinyin (ā, ǎ) has no Big5 or GBK code: that page is tested as UTF-8 only.
      }
      for (const [suffix, bytes] of variants) {
        const name = page.name.replace(/\.txt$/u, `${suffix}.txt`);
        writeFileSync(join(dir, name), bytes);
        paths.push(join(dir, name));
        inputs.push({ name, format: 'text', size: bytes.length, bytes });
      }
    }
    const { code, stdout } = await run('--json', ...paths);
    expect(code).toBe(0);
    const cli = (JSON.parse(stdout) as AnalysisJson).articles;
    const options = {
      existing: new Map<string, string>(),
      known: { outlets: [], places: [] },
      fold: await loadFolding(),
      place: await loadPlaceGuesser(),
    };
    // One by one: the UTF-8 and legacy copies of a page are duplicates of each other.
    const imported = inputs.map((input) => importOne(input, options));
    expect(imported).toHaveLength(cli.length);
    imported.forEach((outcome, i) => {
      if (!outcome.ok) throw new Error(`${outcome.name}: ${outcome.refusal.kind}`);
      const a = cli[i];
      const { meta, guessed } = outcome.record;
      expect({ file: a?.source, title: a?.title, source: a?.titleSource }).toEqual({
        file: outcome.name,
        title: meta.title,
        source: guessed?.titleSource,
      });
      expect([a?.date ?? '', a?.outlet ?? '', a?.place ?? '', a?.placeCode ?? '']).toEqual([
        meta.date,
        meta.outlet,
        meta.place,
        guessed?.placeCode,
      ]);
      expect(a?.paragraphs).toEqual(outcome.article.text.paragraphs);
    });
  });

  it('rejects unknown options with usage', async () => {
    const { code, stderr } = await run('--frobnicate');
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: npm run analyze');
  });
});
