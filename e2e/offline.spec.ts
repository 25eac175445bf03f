import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { GOOD_FILES } from './importFixtures.ts';
import { ImportPage } from './pages/ImportPage.ts';
import { NotesPage } from './pages/NotesPage.ts';

/** Wait until the service worker has installed, precached everything, and controls the page. */
async function controlledBySW(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
          once: true,
        }),
      );
    }
  });
}

test.describe('offline, after one visit', () => {
  test.skip(
    ({ browserName }) => browserName !== 'chromium',
    'service workers are tested in Chromium',
  );

  test('library, reader in tw and hk, search by characters and pinyin, phrases and compare all work', async ({
    page,
    context,
  }) => {
    await page.goto('/#/');
    await expect(page.getByTestId('article-card')).toHaveCount(5);
    await controlledBySW(page);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByTestId('article-card')).toHaveCount(5);
    await expect(page.getByTestId('offline')).toBeVisible();

    await page.goto('/#/read/gansu-huixian-2021-11?script=tw');
    await expect(page.locator('.reading')).toHaveAttribute('lang', 'zh-Hant-TW');
    await expect(page.getByTestId('article-body')).toContainText('網格化');
    await page.goto('/#/read/qinghai-zeku-2022-05?script=hk');
    await expect(page.locator('.reading')).toHaveAttribute('lang', 'zh-Hant-HK');

    await page.goto('/#/search?q=%E7%B6%B2%E6%A0%BC%E5%8C%96');
    await expect(page.getByTestId('search-summary')).toContainText('7');
    await page.goto('/#/search?q=wanggehua');
    await expect(page.getByTestId('pinyin-results')).toBeVisible();

    await page.goto('/#/phrases');
    await expect(page.getByTestId('phrase-matrix')).toBeVisible();
    await page.goto('/#/compare?ids=gansu-huixian-2021-11,anhui-fengtai-2022-04');
    await expect(page.getByTestId('compare-pane')).toHaveCount(2);
    await expect(page.getByTestId('phrase-mark').first()).toBeVisible();
  });

  test('importing an article and making a note on it work offline, and survive a reload', async ({
    page,
    context,
  }) => {
    await page.goto('/#/');
    await expect(page.getByTestId('article-card')).toHaveCount(5);
    await controlledBySW(page);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByTestId('offline')).toBeVisible();

    // The import view, its worker and the decoder are lazy chunks: all from the precache.
    const importer = new ImportPage(page);
    await importer.goto();
    const gbk = GOOD_FILES[0]!;
    await importer.importFiles([gbk]);
    await expect(importer.entry(gbk.name)).toHaveAttribute('data-status', 'added');
    const id = await importer.articleId(gbk.name);

    await page.goto(`/#/read/${id}`);
    await expect(page.getByTestId('article-body')).toContainText('移动方舱核酸站');
    const notes = new NotesPage(page);
    await notes.select(1, 0, 4);
    await notes.highlight('green', 'offline note');
    await expect(notes.marks).toHaveCount(1);

    await page.reload();
    await expect(notes.marks).toHaveCount(1);
    await page.goto('/#/');
    await expect(page.getByTestId('article-card')).toHaveCount(6);
  });

  test('the manifest is linked and describes an installable app', async ({ page, request }) => {
    await page.goto('/#/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifest = (await (await request.get(new URL(href ?? '', page.url()).href)).json()) as {
      name: string;
      short_name: string;
      display: string;
      start_url: string;
      icons: { sizes: string; purpose?: string }[];
    };
    expect(manifest.display).toBe('standalone');
    expect(manifest.start_url).toBe('./');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  });

  test('the page runs under a strict Content-Security-Policy', async ({ page }) => {
    await page.goto('/#/');
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    // The fixture fails the test on any console error, CSP violations included.
    await expect(page.getByTestId('article-card')).toHaveCount(5);
  });
});
