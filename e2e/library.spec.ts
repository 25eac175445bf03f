import { ARTICLES, IDS_BY_PLACE } from './corpus.ts';
import { expect, test } from './fixtures.ts';
import { LibraryPage } from './pages/LibraryPage.ts';
import { ReaderPage } from './pages/ReaderPage.ts';

test.describe('library', () => {
  test('lists exactly the five articles with title, outlet, place and date', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.goto();
    await expect(library.cards).toHaveCount(5);
    expect(await library.ids()).toEqual(ARTICLES.map((a) => a.id));
    for (const a of ARTICLES) {
      await expect(library.titleLink(a.id)).toHaveText(a.title);
      await expect(library.titleLink(a.id)).toHaveAttribute('lang', a.lang);
      await expect(library.field(a.id, 'Outlet')).toHaveText(a.outlet);
      await expect(library.field(a.id, 'Place')).toHaveText(a.place);
      await expect(library.field(a.id, 'Date')).toContainText(a.date);
    }
    // Every count is worded (no template syntax left over), with thousands separated.
    await expect(library.cards.first()).toContainText(/\d,\d{3} characters/);
    for (const text of await library.cards.allInnerTexts()) expect(text).not.toMatch(/[{}]/);
  });

  test('sorting by place reorders the cards and says so in the URL', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.goto();
    await library.sortLink('Place').click();
    await expect(page).toHaveURL(/#\/\?sort=place$/);
    await expect(library.sortLink('Place')).toHaveAttribute('aria-current', 'true');
    await expect.poll(() => library.ids()).toEqual([...IDS_BY_PLACE]);

    await library.sortLink('Date').click();
    await expect(page).toHaveURL(/#\/$/);
    await expect.poll(() => library.ids()).toEqual(ARTICLES.map((a) => a.id));
  });

  test('a deep link to the place order shows that order', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.goto('place');
    await expect(library.cards).toHaveCount(5);
    expect(await library.ids()).toEqual([...IDS_BY_PLACE]);
  });

  test('each card link opens its reader', async ({ page }) => {
    const library = new LibraryPage(page);
    const reader = new ReaderPage(page);
    for (const a of ARTICLES) {
      await library.goto();
      await library.titleLink(a.id).click();
      await expect(page).toHaveURL(new RegExp(`#/read/${a.id}$`));
      await expect(reader.title).toHaveText(a.title);
    }
  });

  test('no horizontal overflow on a phone', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'phone layout only');
    const library = new LibraryPage(page);
    await library.goto();
    await expect(library.cards).toHaveCount(5);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  });
});
