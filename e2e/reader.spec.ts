import {
  ARTICLES,
  ASCII_COMMA_IN_HAN,
  CHROME_STRINGS,
  DOUBLED_COMMA,
  IDS_BY_PLACE,
  ROMANISATION_RESIDUE,
  article,
} from './corpus.ts';
import { expect, test } from './fixtures.ts';
import { LibraryPage } from './pages/LibraryPage.ts';
import { ReaderPage } from './pages/ReaderPage.ts';

test.describe('reader: every article from a deep link', () => {
  for (const a of ARTICLES) {
    test(`${a.file} ${a.id}: title, first paragraph, clean body, lang`, async ({ page }) => {
      const reader = new ReaderPage(page);
      await reader.goto(a.id);
      await expect(reader.title).toHaveText(a.title);
      await expect(reader.title).toHaveAttribute('lang', a.lang);
      await expect(reader.reading).toHaveAttribute('lang', a.lang);
      await expect(reader.paragraphs.first()).toHaveText(a.firstParagraph);
      await expect(page).toHaveTitle(/Refrain/);

      const text = await reader.visibleBodyText();
      expect(text.length).toBeGreaterThan(200);
      expect(text).not.toMatch(ROMANISATION_RESIDUE);
      expect(text).not.toMatch(DOUBLED_COMMA);
      expect(text).not.toMatch(ASCII_COMMA_IN_HAN);
      for (const chrome of CHROME_STRINGS)
        expect(text, `page chrome “${chrome}”`).not.toContain(chrome);
    });
  }
});

/** One known restoration per damaged article, from corpus/apparatus.json. */
const SAMPLE_RESTORATIONS = [
  // 病毒非常“狡猾”: GBK for 狡猾 read one byte out of step (TECH-NOTES).
  { file: '001', paragraph: 14, restored: '常“狡猾”', raw: '�！敖苹�' },
  { file: '002', paragraph: 6, restored: '。”崔紹', raw: '？！贝藿B' },
] as const;

test.describe('reader: damaged passages', () => {
  for (const sample of SAMPLE_RESTORATIONS) {
    test(`${sample.file}: marks, notes, the original/restoration toggle and the apparatus agree`, async ({
      page,
    }) => {
      const a = article(sample.file);
      const library = new LibraryPage(page);
      const reader = new ReaderPage(page);

      // The library's badge counts the same passages the reader marks.
      await library.goto();
      const badge = library.card(a.id).locator('.badge.warn');
      await expect(badge).toHaveText(/^\d+ damaged passages$/);
      const count = Number((await badge.innerText()).split(' ')[0]);
      expect(count).toBeGreaterThan(0);

      await reader.goto(a.id);
      await expect(reader.marks).toHaveCount(count);
      await expect(reader.apparatusEntries).toHaveCount(count);

      const mark = reader
        .block(sample.paragraph)
        .getByTestId('damage-mark')
        .filter({ hasText: sample.restored });
      await expect(mark).toHaveCount(1);
      await expect(mark).toHaveClass(/\brestored\b/);
      const shown = mark.locator('.dmg-text');
      await expect(shown).toHaveText(sample.restored);
      const note = mark.getByTestId('damage-note');
      await expect(note).toHaveCount(0);

      const ref = mark.locator('button.dmg-ref');
      await expect(ref).toHaveAttribute('aria-expanded', 'false');
      await ref.click();
      await expect(ref).toHaveAttribute('aria-expanded', 'true');
      await expect(note).toBeVisible();
      await expect(note.locator('.dmg-restored')).toHaveText(sample.restored);
      await expect(note.locator('.dmg-raw')).toHaveText(sample.raw);

      await note.getByRole('button', { name: 'Show the damaged original' }).click();
      await expect(shown).toHaveText(sample.raw);
      await expect(mark).toHaveClass(/showing-original/);
      await note.getByRole('button', { name: 'Show the restoration' }).click();
      await expect(shown).toHaveText(sample.restored);

      await ref.click();
      await expect(note).toHaveCount(0);

      // The apparatus at the foot lists the same reading with its damaged original.
      const entry = reader.apparatusEntries.filter({ hasText: sample.restored });
      await expect(entry).toHaveCount(1);
      await expect(entry).toContainText(sample.raw);
    });
  }

  test('an article without damage has no marks and no apparatus', async ({ page }) => {
    const reader = new ReaderPage(page);
    await reader.goto(article('004').id);
    await expect(reader.paragraphs.first()).toBeVisible();
    await expect(reader.marks).toHaveCount(0);
    await expect(reader.apparatus).toHaveCount(0);
  });
});

test('the source text is loaded on demand and shows the raw file', async ({ page, guard }) => {
  const reader = new ReaderPage(page);
  await reader.goto(article('001').id);
  await expect(reader.sourceText).toHaveCount(0);
  const before = guard.pageRequests.length;
  await reader.sourceToggle.click();
  await expect(reader.sourceText).toBeVisible();
  await expect(reader.sourceText).toContainText('關(guān)');
  await expect(reader.sourceText).toContainText(
    '——鳳臺縣城關(guān)鎮(zhèn)疫情防控攻堅(jiān)戰(zhàn)見聞',
  );
  expect(guard.pageRequests.length, 'the raw sources come in their own chunk').toBeGreaterThan(
    before,
  );
  // The cleaned body, meanwhile, still has no residue.
  expect(await reader.visibleBodyText()).not.toMatch(ROMANISATION_RESIDUE);
  await reader.sourceToggle.click();
  await expect(reader.sourceText).toHaveCount(0);
});

test('?p=N in a deep link scrolls paragraph N into view', async ({ page }) => {
  const reader = new ReaderPage(page);
  await reader.goto(article('001').id, 20);
  await expect(reader.block(20)).toBeInViewport();
  await expect(reader.block(1)).not.toBeInViewport();
});

test('changing ?p=N in the reader scrolls to the new paragraph', async ({ page }) => {
  const reader = new ReaderPage(page);
  const id = article('001').id;
  await reader.goto(id);
  await expect(reader.block(25)).not.toBeInViewport();
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/read/${id}?p=25`);
  await expect(reader.block(25)).toBeInViewport();
  await expect(reader.block(1)).not.toBeInViewport();
});

test('prev and next follow publication order', async ({ page }) => {
  const reader = new ReaderPage(page);
  const ids = ARTICLES.map((a) => a.id);
  const titles = ARTICLES.map((a) => a.title);
  await reader.goto(ids[0] ?? '');
  await expect(reader.prev).toHaveCount(0);
  for (let i = 1; i < ids.length; i++) {
    await reader.next.click();
    await expect(page).toHaveURL(new RegExp(`#/read/${ids[i]}$`));
    await expect(reader.title).toHaveText(titles[i] ?? '');
  }
  await expect(reader.next).toHaveCount(0);
  await reader.prev.click();
  await expect(reader.title).toHaveText(titles[ids.length - 2] ?? '');
});

test('browser back returns to the library', async ({ page }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  await library.goto('place');
  const a = article('000');
  await library.titleLink(a.id).click();
  await expect(reader.title).toHaveText(a.title);
  await page.goBack();
  await expect(page).toHaveURL(/#\/\?sort=place$/);
  await expect(library.heading).toBeVisible();
  expect(await library.ids()).toEqual([...IDS_BY_PLACE]);
});

test.describe('not found', () => {
  test('an unknown article id says so and links to every article', async ({ page }) => {
    await page.goto('/#/read/no-such-article');
    const message = page.getByTestId('not-found-message');
    await expect(message).toContainText('no-such-article');
    await expect(page.getByTestId('reader')).toHaveCount(0);
    for (const a of ARTICLES) {
      await expect(page.locator(`main a[href$="#/read/${a.id}"]`)).toHaveText(a.title);
    }
    const target = article('003');
    await page.getByRole('link', { name: target.title }).click();
    await expect(new ReaderPage(page).title).toHaveText(target.title);
  });

  test('an unknown route says so and links to every article and the library', async ({ page }) => {
    await page.goto('/#/nowhere/at-all');
    await expect(page.getByTestId('not-found-message')).toContainText('/nowhere/at-all');
    for (const a of ARTICLES) {
      await expect(page.locator(`main a[href$="#/read/${a.id}"]`)).toHaveText(a.title);
    }
    await page.getByRole('link', { name: 'Back to the library' }).click();
    await expect(new LibraryPage(page).cards).toHaveCount(5);
  });
});

test('keyboard: Tab reaches the skip link first, and it moves focus to main', async ({ page }) => {
  const reader = new ReaderPage(page);
  await reader.goto(article('000').id);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('the font size changes the body text and survives a reload', async ({ page }) => {
  const reader = new ReaderPage(page);
  await reader.goto(article('003').id);
  const initial = await reader.bodyFontSize();
  await reader.larger.click();
  await expect.poll(() => reader.bodyFontSize()).toBeGreaterThan(initial);
  const larger = await reader.bodyFontSize();
  await page.reload();
  await expect(reader.title).toBeVisible();
  await expect.poll(() => reader.bodyFontSize()).toBe(larger);
  await reader.smaller.click();
  await reader.smaller.click();
  await expect.poll(() => reader.bodyFontSize()).toBeLessThan(initial);
});

test('the Dark theme sets data-theme on <html> and survives a reload', async ({ page }) => {
  const reader = new ReaderPage(page);
  await reader.goto(article('002').id);
  const html = page.locator('html');
  await expect(html).not.toHaveAttribute('data-theme', 'dark');
  await reader.theme.selectOption({ label: 'Dark theme' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(reader.title).toBeVisible();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(reader.theme).toHaveValue('dark');
});

test('no horizontal overflow on a phone, in any article', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'phone layout only');
  const reader = new ReaderPage(page);
  for (const a of ARTICLES) {
    await reader.goto(a.id);
    await expect(reader.paragraphs.first()).toBeVisible();
    if ((await reader.marks.count()) > 0)
      await reader.marks.first().locator('button.dmg-ref').click();
    await reader.sourceToggle.click();
    await expect(reader.sourceText).toBeVisible();
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth, `${a.id} is wider than the screen`).toBeLessThanOrEqual(innerWidth);
  }
});
