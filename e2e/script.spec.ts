/**
 * Script variants: every route takes `?script=orig|cn|tw|hk`, the header and the reader's toolbar
 * choose one for good, and the text, its `lang` and the damage marks follow. The Traditional
 * dictionary (the `cn2t` chunk) is loaded only when a Traditional target is asked for.
 */
import * as OpenCC from 'opencc-js/cn2t';
import { article } from './corpus.ts';
import { expect, test } from './fixtures.ts';
import { LibraryPage } from './pages/LibraryPage.ts';
import { ReaderPage } from './pages/ReaderPage.ts';

/** The lazily loaded Simplified→Traditional dictionary chunk. */
const CN2T_CHUNK = /\/assets\/cn2t-[\w-]+\.js$/;

const gansu = article('000'); // Simplified: 网格化, 联防联控
const fengtai = article('001'); // Traditional, with damage marks
const loudi = article('003'); // Traditional: 婁底 in the title, 網格化 in the text

const codePoints = (s: string): number => [...s].length;

test.describe('script: deep links show the right characters and lang', () => {
  test('000 (Simplified) with script=tw and script=hk is in Traditional', async ({ page }) => {
    const reader = new ReaderPage(page);
    await reader.open(gansu.id, 'script=tw');
    await reader.settled();
    await expect(reader.reading).toHaveAttribute('lang', 'zh-Hant-TW');
    await expect(reader.title).toHaveAttribute('lang', 'zh-Hant-TW');
    await expect(reader.body).toContainText('網格化');
    await expect(reader.body).toContainText('聯防聯控');
    await expect(reader.body).not.toContainText('网格化');
    await expect(reader.title).toHaveText('隴南徽縣：戰“疫”一線黨旗紅');
    await expect(reader.scriptStatus).toContainText('Shown in: 繁體 Traditional (Taiwan)');
    await expect(reader.globalScript).toHaveValue('tw');
    await expect(reader.toolbarScript).toHaveValue('tw');

    // Another deep link in the same tab (the router follows the address bar).
    await reader.open(gansu.id, 'script=hk');
    await reader.settled();
    await expect(reader.reading).toHaveAttribute('lang', 'zh-Hant-HK');
    await expect(reader.title).toHaveAttribute('lang', 'zh-Hant-HK');
    await expect(reader.body).toContainText('網格化');
    await expect(reader.body).not.toContainText('网格化');
    await expect(reader.scriptStatus).toContainText('Shown in: 繁體 Traditional (Hong Kong)');
    await expect(reader.globalScript).toHaveValue('hk');
  });

  test('003 (Traditional) with script=cn is in Simplified', async ({ page }) => {
    const reader = new ReaderPage(page);
    await reader.open(loudi.id, 'script=cn');
    await expect(reader.title).toContainText('娄底');
    await expect(reader.title).not.toContainText('婁底');
    await expect(reader.title).toHaveAttribute('lang', 'zh-Hans');
    await expect(reader.reading).toHaveAttribute('lang', 'zh-Hans');
    await expect(reader.body).toContainText('网格化');
    await expect(reader.body).not.toContainText('網格化');
    await expect(reader.scriptStatus).toContainText('Shown in: 简体 Simplified');
    // Simplified needs no dictionary: nothing to wait for.
    await expect(reader.scriptLoading).toHaveCount(0);
  });

  test('script=orig shows each file in its own script', async ({ page }) => {
    const reader = new ReaderPage(page);
    await reader.open(loudi.id, 'script=orig');
    await expect(reader.title).toHaveText(loudi.title);
    await expect(reader.title).toContainText('婁底');
    await expect(reader.title).toHaveAttribute('lang', 'zh-Hant');
    await expect(reader.reading).toHaveAttribute('lang', 'zh-Hant');
    await expect(reader.body).toContainText('網格化');

    await reader.open(gansu.id, 'script=orig');
    await expect(reader.title).toHaveText(gansu.title);
    await expect(reader.reading).toHaveAttribute('lang', 'zh-Hans');
    await expect(reader.body).toContainText('网格化');
    await expect(reader.scriptStatus).toContainText('Shown in: Original');
  });
});

test('a script chosen in the toolbar is written into the URL and survives a reload', async ({
  page,
}) => {
  const reader = new ReaderPage(page);
  await reader.goto(loudi.id);
  await expect(page).toHaveURL(new RegExp(`#/read/${loudi.id}$`));
  await reader.toolbarScript.selectOption('cn');
  await expect(page).toHaveURL(new RegExp(`#/read/${loudi.id}\\?script=cn$`));
  await expect(reader.title).toContainText('娄底');
  await expect(reader.globalScript).toHaveValue('cn');

  await page.reload();
  await expect(reader.title).toContainText('娄底');
  await expect(reader.reading).toHaveAttribute('lang', 'zh-Hans');
  await expect(reader.toolbarScript).toHaveValue('cn');

  // Persisted, not only in the link: a link without ?script= opens in the chosen script.
  await reader.goto(loudi.id);
  await expect(reader.title).toContainText('娄底');

  // Original is the default, so choosing it takes script= out of the link.
  await reader.toolbarScript.selectOption('orig');
  await expect(page).toHaveURL(new RegExp(`#/read/${loudi.id}$`));
  await expect(reader.title).toHaveText(loudi.title);
  await page.reload();
  await expect(reader.title).toHaveText(loudi.title);
  await expect(reader.globalScript).toHaveValue('orig');
});

test.describe('script: an invalid ?script=', () => {
  test('shows the notice and the original text', async ({ page }) => {
    const reader = new ReaderPage(page);
    await reader.open(loudi.id, 'script=xx');
    await expect(reader.linkNotice).toBeVisible();
    await expect(reader.linkNotice).toContainText('script=xx');
    await expect(reader.title).toHaveText(loudi.title);
    await expect(reader.title).toHaveAttribute('lang', 'zh-Hant');
    await expect(reader.paragraphs.first()).toHaveText(loudi.firstParagraph);
    await expect(reader.globalScript).toHaveValue('orig');
    await reader.linkNotice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(reader.linkNotice).toHaveCount(0);
  });

  test('with a stored default, falls back to it and the notice says so', async ({ page }) => {
    const reader = new ReaderPage(page);
    await reader.goto(gansu.id);
    await reader.globalScript.selectOption('tw');
    await reader.settled();
    await reader.open(gansu.id, 'script=yy');
    await reader.settled();
    await expect(reader.linkNotice).toContainText('script=yy');
    await expect(reader.reading).toHaveAttribute('lang', 'zh-Hant-TW');
    await expect(reader.body).toContainText('網格化');
    await expect(reader.linkNotice).not.toContainText('showing Original');
    await expect(reader.linkNotice).toContainText('Traditional (Taiwan)');
  });
});

test('while the dictionary loads, the original text and a notice are shown, never a blank page', async ({
  page,
}) => {
  // Record, on every frame from the first paint of the body, whether the body went blank.
  await page.addInitScript(() => {
    const w = window as unknown as { __seenBody: boolean; __blankFrames: number };
    w.__seenBody = false;
    w.__blankFrames = 0;
    const tick = (): void => {
      const body = document.querySelector('[data-testid="article-body"]');
      const length = body?.textContent?.length ?? 0;
      if (length > 200) w.__seenBody = true;
      else if (w.__seenBody) w.__blankFrames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(CN2T_CHUNK, async (route) => {
    // At least ~1.5 s, and until the loading state has been checked (at most 15 s).
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    await Promise.all([sleep(1500), Promise.race([released, sleep(15_000)])]);
    await route.continue();
  });

  const reader = new ReaderPage(page);
  await reader.open(gansu.id, 'script=tw');
  await expect(reader.scriptLoading).toBeVisible();
  await expect(reader.scriptLoading).toHaveText('Loading the Traditional-character dictionary…');
  await expect(reader.paragraphs.first()).toHaveText(gansu.firstParagraph);
  await expect(reader.body).toContainText('网格化');
  await expect(reader.reading).toHaveAttribute('lang', 'zh-Hans');
  await expect(reader.scriptStatus).toContainText('Shown in: Original');
  await expect(reader.globalScript).toHaveValue('tw');

  release();
  await expect(reader.scriptLoading).toHaveCount(0);
  await expect(reader.body).toContainText('網格化');
  await expect(reader.reading).toHaveAttribute('lang', 'zh-Hant-TW');
  await expect(reader.scriptStatus).toContainText('Shown in: 繁體 Traditional (Taiwan)');
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __seenBody: boolean; __blankFrames: number };
    return { seen: w.__seenBody, blank: w.__blankFrames };
  });
  expect(frames).toEqual({ seen: true, blank: 0 });
});

test('001: paragraphs and damage marks are the same in every script', async ({ page }) => {
  const reader = new ReaderPage(page);
  const markTexts = (): Promise<string[]> =>
    reader.marks.locator('.dmg-text').evaluateAll((els) => els.map((e) => e.textContent ?? ''));

  await reader.open(fengtai.id, 'script=orig');
  await expect(reader.paragraphs.first()).toHaveText(fengtai.firstParagraph);
  const paragraphs = await reader.paragraphs.count();
  const blocks = await reader.body.locator(':scope > *').count();
  const orig = await markTexts();
  expect(orig.length).toBeGreaterThan(0);
  await expect(reader.apparatusEntries).toHaveCount(orig.length);

  const toTw = OpenCC.Converter({ from: 't', to: 'tw' });
  const toHk = OpenCC.Converter({ from: 't', to: 'hk' });
  for (const script of ['cn', 'tw', 'hk'] as const) {
    await reader.open(fengtai.id, `script=${script}`);
    await reader.settled();
    await expect(reader.scriptStatus).toContainText(script === 'cn' ? 'Simplified' : 'Traditional');
    await expect(reader.paragraphs, `paragraphs in ${script}`).toHaveCount(paragraphs);
    await expect(reader.body.locator(':scope > *'), `blocks in ${script}`).toHaveCount(blocks);
    await expect(reader.marks, `marks in ${script}`).toHaveCount(orig.length);
    const shown = await markTexts();
    expect(shown.map(codePoints), `mark lengths in ${script}`).toEqual(orig.map(codePoints));
    if (script !== 'cn') {
      const convert = script === 'tw' ? toTw : toHk;
      expect(shown, `marks in ${script} are the restorations converted`).toEqual(orig.map(convert));
    }
    for (const m of shown) expect(m.trim().length, `an empty mark in ${script}`).toBeGreaterThan(0);
  }
  // The converted title shows the conversion really ran: Hong Kong writes 台 for 臺.
  await expect(reader.title).toHaveText('鳳台縣城關鎮疫情防控攻堅戰見聞');
});

test('the dictionary chunk is loaded only when Traditional is chosen; the choice is kept', async ({
  page,
  guard,
}) => {
  const library = new LibraryPage(page);
  await library.goto();
  await expect(library.cards).toHaveCount(5);
  await expect(library.titleLink(gansu.id)).toHaveText(gansu.title);
  await page.waitForLoadState('networkidle');
  expect(
    guard.pageRequests.filter((u) => CN2T_CHUNK.test(u)),
    'cn2t on first visit',
  ).toEqual([]);

  // Simplified needs no dictionary either.
  await library.globalScript.selectOption('cn');
  await expect(library.titleLink(loudi.id)).toContainText('娄底');
  expect(
    guard.pageRequests.filter((u) => CN2T_CHUNK.test(u)),
    'cn2t for cn',
  ).toEqual([]);

  await library.globalScript.selectOption('tw');
  await expect(page).toHaveURL(/#\/\?script=tw$/);
  await expect(library.titleLink(gansu.id)).toHaveText('隴南徽縣：戰“疫”一線黨旗紅');
  await expect(library.titleLink(gansu.id)).toHaveAttribute('lang', 'zh-Hant-TW');
  await expect(library.titleLink(loudi.id)).toHaveAttribute('lang', 'zh-Hant-TW');
  expect(guard.pageRequests.filter((u) => CN2T_CHUNK.test(u))).toHaveLength(1);

  // The header's choice is stored: a reload, and a link without ?script=, keep it.
  await page.reload();
  await expect(library.globalScript).toHaveValue('tw');
  await expect(library.titleLink(gansu.id)).toHaveText('隴南徽縣：戰“疫”一線黨旗紅');
  await library.goto();
  await expect(page).toHaveURL(/#\/$/);
  await expect(library.globalScript).toHaveValue('tw');
  await expect(library.titleLink(loudi.id)).toHaveAttribute('lang', 'zh-Hant-TW');
});
