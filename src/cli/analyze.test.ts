import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { AnalysisJson } from '../core/corpus/analysisJson.ts';

const run = async (
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> => {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli/analyze.ts', ...args],
      { cwd: join(import.meta.dirname, '../..'), maxBuffer: 1 << 24 },
    );
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
};

describe('npm run analyze', { timeout: 30_000 }, () => {
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
    expect(stderr).toContain(`${files.binary}: the file looks binary`);
    expect(stderr).toContain(`${files.gbk}: the file is not valid UTF-8`);
    expect(stderr).toContain(`${files.english}: no Chinese text found`);
    expect(stderr).toContain(`${missing}: no such file`);
    const json = JSON.parse(stdout) as AnalysisJson;
    expect(json.articles.map((a) => a.source)).toEqual(['good.txt']);
    expect(json.articles[0]?.paragraphs).toEqual(['疫情发生以来，某县实行网格化管理。']);
  });

  it('rejects unknown options with usage', async () => {
    const { code, stderr } = await run('--frobnicate');
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: npm run analyze');
  });
});
