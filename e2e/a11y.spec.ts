/**
 * An axe-core scan of every view, its dialogs and presentation mode, in both interface languages.
 * Any violation (WCAG 2.1 A/AA and axe's best practices) fails, listed with the offending nodes.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const JIXIAN = 'shanxi-jixian-2020-02';
const FENGTAI = 'anhui-fengtai-2022-04';

/** Each view by its link, and what to wait for before scanning. */
const VIEWS: { name: string; hash: string; ready: (page: Page) => Promise<unknown> }[] = [
  { name: 'library', hash: '#/', ready: (p) => p.locator('main h1').waitFor() },
  {
    name: 'reader',
    hash: `#/read/${JIXIAN}`,
    ready: (p) => p.locator('mark.phrase-mark').first().waitFor(),
  },
  {
    name: 'compare',
    hash: `#/compare?ids=${JIXIAN},${FENGTAI}&scripts=,tw`,
    ready: (p) => p.getByTestId('legend-item').first().waitFor(),
  },
  {
    name: 'search with results',
    hash: `#/search?q=${encodeURIComponent('网格化')}`,
    ready: (p) => p.getByTestId('kwic-line').first().waitFor(),
  },
  {
    name: 'phrases',
    hash: '#/phrases',
    ready: (p) => p.locator('table.matrix').waitFor(),
  },
  {
    name: 'a phrase',
    hash: '#/phrases/waifang-shuru-neifang-fantan',
    ready: (p) => p.getByTestId('phrase-detail').waitFor(),
  },
  { name: 'timeline', hash: '#/timeline', ready: (p) => p.locator('main h1').waitFor() },
  { name: 'not found', hash: '#/nowhere', ready: (p) => p.locator('main h1').waitFor() },
  { name: 'notes', hash: '#/notes', ready: (p) => p.locator('main h1').waitFor() },
  { name: 'import', hash: '#/import', ready: (p) => p.locator('main h1').waitFor() },
  {
    name: 'presentation (reader)',
    hash: `#/read/${JIXIAN}?present=1&p=3`,
    ready: (p) => p.getByTestId('present-bar').waitFor(),
  },
  {
    name: 'presentation (compare)',
    hash: `#/compare?ids=${JIXIAN},${FENGTAI}&present=1&p=2`,
    ready: (p) => p.getByTestId('present-bar').waitFor(),
  },
];

async function scan(page: Page): Promise<void> {
  // Let transitions and late text (the Traditional dictionary, phrase marks) settle.
  await page.waitForTimeout(300);
  const result = await new AxeBuilder({ page }).analyze();
  const report = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes
        .slice(0, 5)
        .map((n) => `  ${n.target.join(' ')} — ${n.failureSummary ?? ''}`)
        .join('\n')}`,
  );
  expect(report, 'axe violations').toEqual([]);
}

for (const ui of ['en', 'zh'] as const) {
  test.describe(`axe, interface ${ui}`, () => {
    for (const view of VIEWS) {
      test(view.name, async ({ page }) => {
        const sep = view.hash.includes('?') ? '&' : '?';
        await page.goto(`/${view.hash}${sep}ui=${ui}`);
        await view.ready(page);
        await scan(page);
      });
    }

    test('help dialog', async ({ page }) => {
      await page.goto(`/#/?ui=${ui}`);
      await page.getByTestId('help-button').click();
      await page.getByTestId('help-dialog').waitFor();
      await scan(page);
    });

    test('QR dialog', async ({ page }) => {
      await page.goto(`/#/compare?ids=${JIXIAN},${FENGTAI}&ui=${ui}`);
      await page.getByTestId('qr-button').click();
      await page.getByTestId('qr-svg').waitFor();
      await scan(page);
    });
  });
}
