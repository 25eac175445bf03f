import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../node/testing.ts';
import { FIXTURE_PAGES } from '../core/quality/fixtures.ts';

const run = (...args: string[]) => runCli('quality.ts', ...args);

describe('npm run quality', { timeout: 90_000 }, () => {
  it('scores a folder of pages against expectations, per file and in total', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'refrain-quality-'));
    const pages = join(dir, 'pages');
    mkdirSync(pages);
    for (const p of FIXTURE_PAGES) writeFileSync(join(pages, p.name), p.text);
    writeFileSync(join(pages, 'empty.txt'), '');
    const expected = FIXTURE_PAGES.map((p) => ({
      file: p.name,
      title: p.title,
      titleRaw: null,
      date: p.date,
      place: p.place,
      province: null,
      outlet: p.outlet,
      chrome: [],
      residue: [],
      formulas: ['不漏一人'],
    }));
    writeFileSync(join(dir, 'expected.json'), JSON.stringify(expected));
    const { code, stdout, stderr } = await run(
      pages,
      '--expected',
      join(dir, 'expected.json'),
      '--json',
    );
    expect(code).toBe(0);
    expect(stderr).toContain('empty.txt: refused (empty)');
    const report = JSON.parse(stdout) as {
      files: { file: string; title: string; date: string; ledgerMissing: number }[];
      totals: {
        files: number;
        refused: number;
        pinyinLeft: number;
        ledgerUnbalanced: number;
        dates: Record<string, number>;
      };
    };
    expect(report.totals).toMatchObject({
      files: FIXTURE_PAGES.length,
      refused: 1,
      pinyinLeft: 0,
      ledgerUnbalanced: 0,
    });
    expect(report.totals.dates.right).toBe(FIXTURE_PAGES.filter((p) => p.date).length);
    expect(report.files.every((f) => f.title === 'right')).toBe(true);
    const text = await run(pages);
    expect(text.stdout).toMatch(/\d+ files \(1 refused\)/u);
  });

  it('says what is wrong with its arguments', async () => {
    expect((await run()).code).toBe(2);
    expect((await run('/no/such/dir')).stderr).toContain('/no/such/dir');
    expect((await run('--frobnicate', '.')).stderr).toContain('unknown option');
  });
});
