/**
 * The bilingual interface: `?ui=en|zh`, a persisted "Interface language" select, the browser's
 * language as the default, Chinese in Simplified or (with script tw/hk) Traditional characters,
 * and `<html lang>` to match.
 */
import type { Page } from '@playwright/test';
import { article } from './corpus.ts';
import { expect, test } from './fixtures.ts';
import { LibraryPage } from './pages/LibraryPage.ts';

const nav = (page: Page) => page.getByRole('navigation').first();
const navLink = (page: Page, name: string) => nav(page).getByRole('link', { name, exact: true });
const uiSelect = (page: Page) =>
  page.getByRole('combobox', { name: /^(Interface language|界面语言|界面語言)$/ });
const h1 = (page: Page) => page.locator('main h1');

/**
 * Interface text in `main` that contains Latin words: headings, summaries, labels, buttons, term
 * names and links, leaving out anything marked `lang="en"` (the editor's notes are English on
 * purpose) and code (file names).
 */
async function latinUiText(page: Page): Promise<string[]> {
  return page.locator('main').evaluate((main) => {
    const found: string[] = [];
    const els = main.querySelectorAll('h1, h2, h3, summary, label, button, dt, a, th, legend');
    for (const el of els) {
      if (el.closest('[lang="en"]')) continue;
      const clone = el.cloneNode(true) as Element;
      clone
        .querySelectorAll('[lang="en"], [lang="zh-Latn-pinyin"], code')
        .forEach((c) => c.remove());
      const text = (clone.textContent ?? '').trim();
      if (/[A-Za-z]{2,}/.test(text)) found.push(`${el.tagName.toLowerCase()}: ${text}`);
    }
    return found;
  });
}

test.describe('i18n: ?ui=', () => {
  test('?ui=zh switches the interface to Simplified Chinese', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open('ui=zh');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(h1(page)).toHaveText('文库');
    await expect(navLink(page, '文库')).toBeVisible();
    await expect(navLink(page, '对照')).toBeVisible();
    await expect(page.getByRole('group', { name: '排序' })).toBeVisible();
    await expect(page.getByRole('button', { name: '对照所选（0）' })).toBeDisabled();
    await expect(uiSelect(page)).toHaveValue('zh');
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Library' })).toHaveCount(
      0,
    );
  });

  test('?ui=zh with script=tw is Traditional (Taiwan), with hk Traditional (Hong Kong)', async ({
    page,
  }) => {
    const library = new LibraryPage(page);
    await library.open('ui=zh&script=tw');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-TW');
    await expect(h1(page)).toHaveText('文庫');
    await expect(navLink(page, '文庫')).toBeVisible();
    await expect(navLink(page, '對照')).toBeVisible();
    await expect(navLink(page, '对照')).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: '界面語言' })).toBeVisible();

    await library.open('ui=zh&script=hk');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-HK');
    await expect(navLink(page, '文庫')).toBeVisible();

    // Simplified and the original script keep the Simplified interface.
    await library.open('ui=zh&script=cn');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(navLink(page, '文库')).toBeVisible();
  });
});

test('the interface language select switches, survives a reload, and follows the link', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.goto();
  await expect(uiSelect(page)).toHaveValue('en');
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('zh');
  await expect(h1(page)).toHaveText('文库');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  // The link had no ?ui=, so the choice is stored rather than written into it.
  await expect(page).toHaveURL(/#\/$/);

  await page.reload();
  await expect(h1(page)).toHaveText('文库');
  await expect(page.getByRole('combobox', { name: '界面语言' })).toHaveValue('zh');

  // A link that says ?ui=en wins over the stored choice; changing it rewrites the link.
  await library.open('ui=en');
  await expect(h1(page)).toHaveText('Library');
  await uiSelect(page).selectOption('zh');
  await expect(page).toHaveURL(/[?&]ui=zh\b/);
  await expect(h1(page)).toHaveText('文库');
  await uiSelect(page).selectOption('en');
  await expect(page).toHaveURL(/[?&]ui=en\b/);
  await page.reload();
  await expect(h1(page)).toHaveText('Library');
});

test.describe('i18n: a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });

  test('defaults to the Chinese interface', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open('');
    await expect(h1(page)).toHaveText('文库');
    await expect(navLink(page, '文库')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(uiSelect(page)).toHaveValue('zh');
  });

  test('?ui=en still gives English', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open('ui=en');
    await expect(h1(page)).toHaveText('Library');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('a stored choice of English wins over the browser', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open('');
    await uiSelect(page).selectOption('en');
    await expect(h1(page)).toHaveText('Library');
    await page.reload();
    await expect(h1(page)).toHaveText('Library');
  });
});

test.describe('i18n: other browsers', () => {
  test.use({ locale: 'fr-FR' });

  test('default to English', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.goto();
    await expect(navLink(page, 'Library')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(uiSelect(page)).toHaveValue('en');
  });
});

test('an English browser defaults to English', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.goto();
  await expect(navLink(page, 'Library')).toBeVisible();
  await expect(navLink(page, 'Compare')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('i18n: no English interface text in the Chinese interface', () => {
  const fengtai = article('001');
  const gansu = article('000');
  const views = [
    { name: 'library', hash: '#/', heading: '文库' },
    { name: 'reader (with apparatus)', hash: `#/read/${fengtai.id}`, heading: fengtai.title },
    {
      name: 'compare',
      hash: `#/compare?ids=${gansu.id},${fengtai.id}`,
      heading: '对照',
    },
    { name: 'not found', hash: '#/nowhere', heading: '页面不存在' },
  ];
  for (const v of views) {
    test(v.name, async ({ page }) => {
      await page.goto(`/${v.hash}${v.hash.includes('?') ? '&' : '?'}ui=zh`);
      await expect(h1(page)).toHaveText(v.heading);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
      expect(await latinUiText(page)).toEqual([]);
      // The header's navigation and labels too (the brand "Refrain" is marked lang="en"; the
      // script help may name OpenCC and its tw/hk locales).
      const header = await page
        .locator('header.site-header')
        .locator('nav a, label')
        .evaluateAll((els) => els.map((el) => el.textContent ?? '').join(' '));
      expect(header).not.toMatch(/[A-Za-z]{2,}/);
    });
  }

  test('English notes left untranslated are marked lang="en"', async ({ page }) => {
    await page.goto(`/#/read/${fengtai.id}?ui=zh`);
    await expect(h1(page)).toHaveText(fengtai.title);
    await page
      .locator('main details')
      .evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const unmarked = await page.locator('main').evaluate((main) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        // Addresses and the product's name are not translatable; pinyin is marked as such.
        const text = (n.textContent ?? '')
          .replace(/https?:\/\/\S+/g, '')
          .replace(/\bRefrain\b/g, '')
          .trim();
        if (!/[A-Za-z]{3,}/.test(text)) continue;
        const exempt = '[lang="en"], [lang="zh-Latn-pinyin"], code, [data-testid="source-text"]';
        if (n.parentElement?.closest(exempt)) continue;
        out.push(text.slice(0, 60));
      }
      return out;
    });
    expect(unmarked).toEqual([]);
  });
});
