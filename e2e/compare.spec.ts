/**
 * The comparison view: `#/compare?ids=a,b[,…]&scripts=,tw`. Each pane shows its article in its own
 * script (or follows the global one), the link records the panes' scripts, unknown ids are
 * reported, the library can start a comparison, and on a phone the panes become tabs.
 */
import { ARTICLES, article } from './corpus.ts';
import { expect, test } from './fixtures.ts';
import { ComparePage } from './pages/ComparePage.ts';
import { LibraryPage } from './pages/LibraryPage.ts';

const gansu = article('000'); // Simplified: 网格化
const loudi = article('003'); // Traditional: 婁底 in the title, 網格化 in the text
const zeku = article('004'); // Simplified: 外防输入、内防反弹, 动态清零

test('two articles in different scripts from a deep link show their own characters and lang', async ({
  page,
}) => {
  const compare = new ComparePage(page);
  await compare.goto([gansu.id, loudi.id], 'tw,orig');
  await compare.settled();
  expect(await compare.ids()).toEqual([gansu.id, loudi.id]);

  await expect(compare.paneScript(gansu.id)).toHaveValue('tw');
  await expect(compare.paneReading(gansu.id)).toHaveAttribute('lang', 'zh-Hant-TW');
  await expect(compare.paneTitle(gansu.id)).toHaveAttribute('lang', 'zh-Hant-TW');
  await expect(compare.paneTitle(gansu.id)).toHaveText('隴南徽縣：戰“疫”一線黨旗紅');
  await expect(compare.paneBody(gansu.id)).toContainText('網格化');
  await expect(compare.paneBody(gansu.id)).not.toContainText('网格化');

  await expect(compare.paneScript(loudi.id)).toHaveValue('orig');
  await expect(compare.paneReading(loudi.id)).toHaveAttribute('lang', 'zh-Hant');
  await expect(compare.paneTitle(loudi.id)).toHaveText(loudi.title);
  await expect(compare.paneTitle(loudi.id)).toHaveAttribute('lang', 'zh-Hant');
  await expect(compare.paneBody(loudi.id)).toContainText('網格化');

  // Ids within a page stay unique even with several articles on it.
  const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
  expect(ids.length).toBe(new Set(ids).size);
});

test("changing a pane's script updates scripts= in the link and survives a reload", async ({
  page,
}) => {
  const compare = new ComparePage(page);
  await compare.goto([zeku.id, loudi.id]);
  await expect(compare.paneScript(zeku.id)).toHaveValue('');
  await expect(compare.paneScript(loudi.id)).toHaveValue('');
  await expect(page).not.toHaveURL(/scripts=/);

  await compare.show(loudi.id);
  await compare.paneScript(loudi.id).selectOption('cn');
  await expect(page).toHaveURL(new RegExp(`ids=${zeku.id},${loudi.id}&scripts=,cn$`));
  await expect(compare.paneTitle(loudi.id)).toContainText('娄底');
  await expect(compare.paneReading(loudi.id)).toHaveAttribute('lang', 'zh-Hans');
  // The other pane is untouched.
  await expect(compare.paneReading(zeku.id)).toHaveAttribute('lang', 'zh-Hans');
  await expect(compare.paneTitle(zeku.id)).toHaveText(zeku.title);

  await page.reload();
  await expect(compare.paneScript(loudi.id)).toHaveValue('cn');
  await expect(compare.paneScript(zeku.id)).toHaveValue('');
  await expect(compare.paneTitle(loudi.id)).toContainText('娄底');
  await expect(compare.paneBody(loudi.id)).toContainText('网格化');

  // Back to "same as everywhere": the link no longer needs scripts=.
  await compare.show(loudi.id);
  await compare.paneScript(loudi.id).selectOption('');
  await expect(page).not.toHaveURL(/scripts=/);
  await expect(compare.paneTitle(loudi.id)).toHaveText(loudi.title);
  await expect(compare.paneReading(loudi.id)).toHaveAttribute('lang', 'zh-Hant');
});

test('the global script applies to the panes that follow it, not to the others', async ({
  page,
}) => {
  const compare = new ComparePage(page);
  await compare.goto([zeku.id, loudi.id], ',orig');
  await expect(compare.paneReading(zeku.id)).toHaveAttribute('lang', 'zh-Hans');

  await compare.globalScript.selectOption('hk');
  await expect(page).toHaveURL(/[?&]script=hk\b/);
  await expect(page).toHaveURL(/[?&]scripts=,orig\b/);
  await compare.settled();
  await expect(compare.paneReading(zeku.id)).toHaveAttribute('lang', 'zh-Hant-HK');
  await expect(compare.paneBody(zeku.id)).toContainText('外防輸入、內防反彈');
  await expect(compare.paneBody(zeku.id)).not.toContainText('外防输入');
  await expect(compare.paneScript(zeku.id)).toHaveValue('');
  await expect(compare.paneScript(zeku.id).locator('option[value=""]')).toHaveText(
    'Same as everywhere (繁體 Traditional (Hong Kong))',
  );
  // The pane with its own script keeps it.
  await expect(compare.paneReading(loudi.id)).toHaveAttribute('lang', 'zh-Hant');
  await expect(compare.paneTitle(loudi.id)).toHaveText(loudi.title);

  await compare.globalScript.selectOption('cn');
  await expect(compare.paneReading(zeku.id)).toHaveAttribute('lang', 'zh-Hans');
  await expect(compare.paneBody(zeku.id)).toContainText('外防输入、内防反弹');
  await expect(compare.paneReading(loudi.id)).toHaveAttribute('lang', 'zh-Hant');
});

test('unknown ids in the link are reported and left out', async ({ page }) => {
  const compare = new ComparePage(page);
  await compare.goto([gansu.id, 'no-such-article', loudi.id]);
  await expect(compare.unknown).toBeVisible();
  await expect(compare.unknown).toContainText('no-such-article');
  await expect(compare.panes).toHaveCount(2);
  expect(await compare.ids()).toEqual([gansu.id, loudi.id]);

  // Only unknown ids: nothing to compare, and that is said too.
  await compare.goto(['nope-1', 'nope-2']);
  await expect(compare.unknown).toContainText('nope-1');
  await expect(compare.unknown).toContainText('nope-2');
  await expect(compare.panes).toHaveCount(0);
  await expect(page.getByText('Choose at least two articles to compare.')).toBeVisible();
});

test('selecting two cards in the library and pressing "Compare selected" opens them', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  const compare = new ComparePage(page);
  await library.goto();
  await expect(library.compareSelected).toHaveText('Compare selected (0)');
  await expect(library.compareSelected).toBeDisabled();

  // Chosen out of order: the comparison is in publication order.
  await library.selectBox(zeku.id).check();
  await expect(library.compareSelected).toHaveText('Compare selected (1)');
  await expect(library.compareSelected).toBeDisabled();
  await library.selectBox(loudi.id).check();
  await expect(library.compareSelected).toHaveText('Compare selected (2)');
  await library.compareSelected.click();

  await expect(page).toHaveURL(new RegExp(`#/compare\\?ids=${loudi.id},${zeku.id}$`));
  await expect(compare.heading).toHaveText('Compare');
  await expect(compare.panes).toHaveCount(2);
  expect(await compare.ids()).toEqual([loudi.id, zeku.id]);
  await expect(compare.paneTitle(loudi.id)).toHaveText(loudi.title);
  await expect(compare.paneTitle(zeku.id)).toHaveText(zeku.title);

  // A new history entry: back returns to the library.
  await page.goBack();
  await expect(library.cards).toHaveCount(5);
});

test('phone: tabs switch the visible pane; desktop: all panes side by side', async ({
  page,
}, testInfo) => {
  const compare = new ComparePage(page);
  await compare.goto([gansu.id, loudi.id, zeku.id]);
  await expect(compare.panes).toHaveCount(3);
  const panes = [gansu.id, loudi.id, zeku.id].map((id) => compare.pane(id));

  if (testInfo.project.name !== 'phone') {
    await expect(compare.tabs.first()).toBeHidden();
    for (const p of panes) await expect(p).toBeVisible();
    // Side by side: the panes share one row.
    const tops = await compare.panes.evaluateAll((els) =>
      els.map((e) => Math.round(e.getBoundingClientRect().top)),
    );
    expect(new Set(tops).size).toBe(1);
    return;
  }

  await expect(compare.tabs).toHaveCount(3);
  await expect(compare.tabs.nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(compare.tabs.nth(0)).toHaveText(gansu.title);
  await expect(panes[0]!).toBeVisible();
  await expect(panes[1]!).toBeHidden();
  await expect(panes[2]!).toBeHidden();

  await compare.tabs.nth(1).click();
  await expect(compare.tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(compare.tabs.nth(0)).toHaveAttribute('aria-selected', 'false');
  await expect(panes[0]!).toBeHidden();
  await expect(panes[1]!).toBeVisible();
  await expect(compare.paneTitle(loudi.id)).toHaveText(loudi.title);
  await expect(compare.tabs.nth(1)).toHaveAttribute('aria-controls', 'pane-1');
  await expect(page.locator('#pane-1')).toHaveAttribute('data-id', loudi.id);

  await compare.tabs.nth(2).click();
  await expect(panes[1]!).toBeHidden();
  await expect(panes[2]!).toBeVisible();
  await expect(compare.paneBody(zeku.id)).toContainText('动态清零');
});

test('no horizontal overflow on a phone', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'phone layout only');
  const compare = new ComparePage(page);
  await compare.goto(
    ARTICLES.map((a) => a.id),
    'tw,hk,cn,orig,',
  );
  await compare.settled();
  await expect(compare.panes).toHaveCount(5);
  for (let i = 0; i < 5; i++) {
    await compare.tabs.nth(i).click();
    await expect(compare.panes.nth(i)).toBeVisible();
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth, `pane ${i + 1} is wider than the screen`).toBeLessThanOrEqual(innerWidth);
  }
});
