/**
 * Issue #7, the classroom: every view is a link (copy, QR), a comparison restored from its link in
 * a fresh browser, CSV exports, presentation mode, the keyboard help.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';
import { ClassroomPage } from './pages/ClassroomPage.ts';
import { ComparePage } from './pages/ComparePage.ts';
import { hashParams, hashPath, SearchPage } from './pages/SearchPage.ts';
import { KWIC_HEADER, parseCsv } from '../src/core/export/csv.ts';

const JIXIAN = 'shanxi-jixian-2020-02';
const FENGTAI = 'anhui-fengtai-2022-04';
const LOUDI = 'hunan-loudi-2020-02';

test.describe('every view is a link', () => {
  test('a deep link restores a full comparison (ids, pane scripts, phrase) in a fresh browser', async ({
    page,
    browser,
    baseURL,
  }) => {
    const compare = new ComparePage(page);
    const tools = new ClassroomPage(page);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await compare.goto([JIXIAN, FENGTAI]);
    // Build the state by hand: a pane script, a selected phrase, the global script.
    await compare.show(FENGTAI);
    await compare.paneScript(FENGTAI).selectOption('hk');
    await compare.globalScript.selectOption('cn');
    await page.getByTestId('legend-item').first().click();
    const phrase = await page.getByTestId('legend-item').first().getAttribute('data-phrase');
    expect(phrase).toBeTruthy();
    await tools.copyLink.click();
    await expect(tools.copyStatus).toHaveText('Link copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());

    const fresh = await browser.newContext({ baseURL, locale: 'zh-CN' });
    try {
      const other = await fresh.newPage();
      await other.goto(link);
      const restored = new ComparePage(other);
      await restored.heading.waitFor();
      expect(await restored.ids()).toEqual([JIXIAN, FENGTAI]);
      await expect(restored.paneScript(FENGTAI)).toHaveValue('hk');
      await expect(restored.paneScript(JIXIAN)).toHaveValue('');
      await expect(restored.globalScript).toHaveValue('cn');
      await expect(
        other.locator(`[data-testid="legend-item"][data-phrase="${phrase}"]`),
      ).toHaveAttribute('aria-pressed', 'true');
      // The interface language travels too: a browser preferring Chinese still shows English.
      await expect(other.locator('html')).toHaveAttribute('lang', 'en');
      await expect(restored.heading).toHaveText('Compare');
      await restored.show(FENGTAI);
      await expect(restored.paneReading(FENGTAI)).toHaveAttribute('lang', 'zh-Hant-HK');
      await expect(restored.paneReading(JIXIAN)).toHaveAttribute('lang', 'zh-Hans');
    } finally {
      await fresh.close();
    }
  });

  test('copy link yields the current view, with script and interface language pinned', async ({
    page,
  }) => {
    const tools = new ClassroomPage(page);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/#/read/${LOUDI}?p=4&q=${encodeURIComponent('防控')}&hit=2`);
    await page.getByTestId('reader').waitFor();
    await tools.copyLink.click();
    await expect(tools.copyStatus).toBeVisible();
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    const current = new URL(page.url());
    expect(copied.origin + copied.pathname).toBe(current.origin + current.pathname);
    expect(copied.hash.split('?')[0]).toBe(`#/read/${LOUDI}`);
    const params = new URLSearchParams(copied.hash.split('?')[1]);
    expect(Object.fromEntries(params)).toEqual({
      ...Object.fromEntries(hashParams(page)),
      script: 'orig',
      ui: 'en',
    });
  });

  test('when the clipboard refuses, the link is shown selected in a field', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
    });
    const tools = new ClassroomPage(page);
    await page.goto('/#/search?q=%E7%BD%91%E6%A0%BC%E5%8C%96&ui=zh');
    await tools.copyLink.click();
    await expect(tools.copyFallback).toBeVisible();
    await expect(tools.copyFallback).toBeFocused();
    const copied = new URL(await tools.copyFallback.inputValue());
    expect(copied.hash.split('?')[0]).toBe('#/search');
    expect(Object.fromEntries(new URLSearchParams(copied.hash.split('?')[1]))).toEqual({
      ...Object.fromEntries(hashParams(page)),
      script: 'orig',
    });
  });

  test('the QR dialog draws the link as an SVG sized for a projector', async ({ page }) => {
    const tools = new ClassroomPage(page);
    await page.goto(`/#/compare?ids=${JIXIAN},${FENGTAI}&scripts=,tw&script=cn&ui=zh`);
    await tools.qrButton.click();
    await expect(tools.qrDialog).toBeVisible();
    await expect(tools.qrDialog.getByRole('heading')).toHaveText('扫码打开本页');
    await expect(tools.qrSvg).toBeVisible();
    const modules = Number(await tools.qrSvg.getAttribute('data-modules'));
    expect(modules).toBeGreaterThanOrEqual(21);
    expect(await tools.qrSvg.locator('rect').count()).toBeGreaterThan(50);
    const url = new URL((await tools.qrUrl.textContent()) ?? '');
    expect(url.hash).toBe(`#/compare?script=cn&ui=zh&ids=${JIXIAN},${FENGTAI}&scripts=,tw`);
    // Large: most of the shorter side of the screen.
    const box = await tools.qrSvg.boundingBox();
    const viewport = page.viewportSize();
    expect(box && viewport).toBeTruthy();
    if (box && viewport) {
      expect(box.width).toBeGreaterThan(Math.min(viewport.width, viewport.height) * 0.55);
      expect(Math.abs(box.width - box.height)).toBeLessThan(2);
    }
    await page.keyboard.press('Escape');
    await expect(tools.qrDialog).toBeHidden();
    await expect(tools.qrButton).toBeFocused();
  });
});

test.describe('exports', () => {
  test('search hits download as CSV with a BOM, the concordance header and one row per line shown', async ({
    page,
  }) => {
    const search = new SearchPage(page);
    const tools = new ClassroomPage(page);
    await search.goto('网格化', { script: 'cn' });
    await expect(search.summary).toBeVisible();
    const shown = await search.lines.count();
    expect(shown).toBeGreaterThan(3);
    const [download] = await Promise.all([page.waitForEvent('download'), tools.exportCsv.click()]);
    expect(download.suggestedFilename()).toMatch(/^refrain-search-网格化-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile(await download.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([...KWIC_HEADER]);
    expect(rows).toHaveLength(shown);
    for (const row of rows) {
      expect(row).toHaveLength(KWIC_HEADER.length);
      expect(row[6]).toBe('网格化');
      expect(row[4]).toBe('网格化');
    }
    // Rows follow the lines on screen: same hits, same left contexts, same order.
    expect(rows.map((r) => r[5])).toEqual(await search.leftContexts(search.view));
  });

  test('phrase occurrences download as CSV, one row per occurrence', async ({ page }) => {
    const tools = new ClassroomPage(page);
    await page.goto('/#/phrases/waifang-shuru-neifang-fantan?script=cn');
    await page.getByTestId('phrase-detail').waitFor();
    const shown = await page.getByTestId('kwic-line').count();
    const [download] = await Promise.all([page.waitForEvent('download'), tools.exportCsv.click()]);
    const [header, ...rows] = parseCsv(await readFile(await download.path(), 'utf8'));
    expect(header).toEqual([...KWIC_HEADER]);
    expect(shown).toBeGreaterThan(0);
    expect(rows).toHaveLength(shown);
    expect(download.suggestedFilename()).toMatch(/^refrain-phrase-外防输入/);
  });

  test('the reader cites the article with outlet, date, title, place and its link', async ({
    page,
  }) => {
    const tools = new ClassroomPage(page);
    await page.goto(`/#/read/${JIXIAN}?ui=en`);
    await tools.cite.locator('summary').click();
    const text = (await tools.citation.textContent()) ?? '';
    expect(text).toContain('临汾新闻网');
    expect(text).toContain('吉縣眾志成城抗擊疫情');
    expect(text).toContain('February 2020');
    expect(text).toContain('Shanxi');
    expect(text).toContain(`/#/read/${JIXIAN}?ui=en&script=orig`);
  });
});

test.describe('presentation mode', () => {
  test('the reader: p enters, arrows and j/k move by paragraph (in the link), Esc leaves', async ({
    page,
  }) => {
    const tools = new ClassroomPage(page);
    await page.goto(`/#/read/${LOUDI}`);
    await page.getByTestId('reader').waitFor();
    await tools.focusPage();
    await page.keyboard.press('p');
    await expect(tools.presentBar).toBeVisible();
    await expect(tools.header).toBeHidden();
    expect(hashParams(page).get('present')).toBe('1');
    expect(hashParams(page).get('p')).toBe('1');
    expect(await tools.currentIds()).toEqual(['p-1']);
    await expect(tools.current).toBeFocused();

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('j');
    await expect(tools.current).toHaveAttribute('id', 'p-3');
    expect(hashParams(page).get('p')).toBe('3');
    await expect(tools.current).toBeInViewport();
    await page.keyboard.press('k');
    await expect(tools.current).toHaveAttribute('id', 'p-2');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(tools.current).toHaveAttribute('id', 'p-1');
    await page.keyboard.press('End');
    const total = await page.locator('[data-testid="article-body"] > [id^="p-"]').count();
    await expect(tools.current).toHaveAttribute('id', `p-${total}`);
    await expect(tools.presentPosition).toHaveText(`Paragraph ${total} of ${total}`);

    await page.keyboard.press('Escape');
    await expect(tools.presentBar).toBeHidden();
    await expect(tools.header).toBeVisible();
    await expect(tools.current).toHaveCount(0);
    expect(hashParams(page).get('present')).toBeNull();
    expect(hashParams(page).get('p')).toBe(String(total));
  });

  test('a comparison: a deep link opens presenting, one paragraph index moves every pane', async ({
    page,
  }) => {
    const tools = new ClassroomPage(page);
    await page.goto(`/#/compare?ids=${JIXIAN},${FENGTAI}&p=2&present=1`);
    await expect(tools.presentBar).toBeVisible();
    await expect(tools.header).toBeHidden();
    await expect(page.locator('.compare-bar')).toBeHidden();
    expect(await tools.currentIds()).toEqual(['pane0-p-2', 'pane1-p-2']);
    await tools.page.keyboard.press('ArrowRight');
    await expect(tools.current.first()).toHaveAttribute('id', 'pane0-p-3');
    expect(await tools.currentIds()).toEqual(['pane0-p-3', 'pane1-p-3']);
    expect(hashPath(page)).toBe('/compare');
    expect(hashParams(page).get('p')).toBe('3');
    // The bar works without a keyboard.
    await tools.presentBar.getByRole('button', { name: 'Next paragraph' }).click();
    expect(await tools.currentIds()).toEqual(['pane0-p-4', 'pane1-p-4']);
    await tools.presentBar.getByTestId('present-leave').click();
    await expect(page.locator('.compare-bar')).toBeVisible();
    expect(hashParams(page).get('ids')).toBe(`${JIXIAN},${FENGTAI}`);
  });

  test('the Present button enters, and p is ignored on views that cannot be presented', async ({
    page,
  }) => {
    const tools = new ClassroomPage(page);
    await page.goto('/#/phrases');
    await tools.focusPage();
    await page.keyboard.press('p');
    await expect(tools.presentBar).toBeHidden();
    await expect(tools.presentButton).toHaveCount(0);
    await page.goto(`/#/read/${JIXIAN}`);
    await tools.presentButton.click();
    await expect(tools.presentBar).toBeVisible();
  });
});

test.describe('keyboard', () => {
  test('? opens the help dialog listing the shortcuts; Esc closes it', async ({ page }) => {
    const tools = new ClassroomPage(page);
    await page.goto('/');
    await tools.focusPage();
    await page.keyboard.press('?');
    await expect(tools.helpDialog).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    const keys = await tools.helpDialog.locator('kbd').allTextContents();
    for (const key of ['?', '/', 'p', '→', '←', 'j', 'k', 'Esc']) expect(keys).toContain(key);
    await page.keyboard.press('Escape');
    await expect(tools.helpDialog).toBeHidden();
    // The header button opens it too, and Close gives focus back to the button.
    await tools.helpButton.click();
    await expect(tools.helpDialog).toBeVisible();
    await tools.helpDialog.getByRole('button', { name: 'Close' }).click();
    await expect(tools.helpDialog).toBeHidden();
    await expect(tools.helpButton).toBeFocused();
  });

  test('shortcuts do not fire while typing in a field', async ({ page }) => {
    const tools = new ClassroomPage(page);
    const search = new SearchPage(page);
    await page.goto(`/#/read/${LOUDI}`);
    await search.input.click();
    await page.keyboard.type('p?');
    await expect(search.input).toHaveValue('p?');
    await expect(tools.helpDialog).toBeHidden();
    await expect(tools.presentBar).toBeHidden();
  });
});
