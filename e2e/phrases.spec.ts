/**
 * Recurring policy phrases: the matrix at `#/phrases`, one phrase at `#/phrases/<key>`, the
 * timeline that follows a formula, phrase highlighting in `#/compare` (legend, mark toggles,
 * scrolling to a phrase, rulers) and the glossary marks and card in the reader.
 *
 * Expected counts come from `npx tsx src/cli/analyze.ts --json` and corpus/glossary.json, checked
 * against the articles by hand: the waifang family (外防输入、内防{扩散|反弹}) switches its second
 * half between the 2020/2021 articles and the 2022 ones, and 动态清零 appears only in 2022.
 */
import { ARTICLES } from './corpus.ts';
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';
import {
  ComparePhrasesPage,
  PhraseDetailPage,
  PhrasesPage,
  ReaderMarks,
  TimelinePage,
} from './pages/PhrasesPage.ts';
import { hashParams, hashPath } from './pages/SearchPage.ts';

const JIXIAN = 'shanxi-jixian-2020-02';
const LOUDI = 'hunan-loudi-2020-02';
const GANSU = 'gansu-huixian-2021-11';
const FENGTAI = 'anhui-fengtai-2022-04';
const ZEKU = 'qinghai-zeku-2022-05';
/** Matrix columns, timeline list: publication order. */
const BY_DATE = [JIXIAN, LOUDI, GANSU, FENGTAI, ZEKU];
const DATES = ['2020-02', '2020-02', '2021-11-08', '2022-04', '2022-05-17'];

/** The counts per article (date order) that a matrix row must show. */
const countsOf = (byId: Record<string, number>): number[] => BY_DATE.map((id) => byId[id] ?? 0);

async function expectNoHorizontalOverflow(page: Page, what: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${what} is wider than the screen`).toBeLessThanOrEqual(innerWidth);
}

test.describe('phrase matrix', () => {
  test('a column per article in date order, and the waifang family switching its second half', async ({
    page,
  }) => {
    expect(ARTICLES.map((a) => a.id)).toEqual(BY_DATE);
    const phrases = new PhrasesPage(page);
    await phrases.goto();
    await expect(phrases.columns).toHaveCount(5);
    expect(await phrases.columnIds()).toEqual(BY_DATE);
    for (const [i, date] of DATES.entries())
      await expect(phrases.columns.nth(i)).toContainText(date);

    // The two glossary members of the family sit together, under one "Family:" label.
    const family = phrases.rows.and(page.locator('[data-family="waifang"]'));
    await expect(family).toHaveCount(2);
    const texts = await phrases.rowTexts();
    const kuosan = texts.indexOf('外防输入、内防扩散');
    const fantan = texts.indexOf('外防输入、内防反弹');
    expect(kuosan, 'the 内防扩散 row').toBeGreaterThanOrEqual(0);
    expect(Math.abs(kuosan - fantan), 'family rows are adjacent').toBe(1);
    await expect(family.locator('.family-label')).toHaveCount(1);
    await expect(family.first().locator('.family-label')).toHaveText(
      'Family: 外防输入、内防{扩散|反弹}',
    );
    for (const row of [phrases.row('外防输入、内防扩散'), phrases.row('外防输入、内防反弹')]) {
      await expect(row).toHaveAttribute('data-kind', 'glossary');
      await expect(row).toHaveAttribute('data-family', 'waifang');
    }

    // 内防扩散 in 2020 (Loudi) and 2021 (Huixian); 内防反弹 in 2022 only; 动态清零 in 2022 only.
    expect(await phrases.counts('外防输入、内防扩散')).toEqual(
      countsOf({ [LOUDI]: 1, [GANSU]: 1 }),
    );
    expect(await phrases.counts('外防输入、内防反弹')).toEqual(
      countsOf({ [FENGTAI]: 1, [ZEKU]: 1 }),
    );
    expect(await phrases.counts('动态清零')).toEqual(countsOf({ [FENGTAI]: 1, [ZEKU]: 1 }));
    // The constant first half is in every article but Jixian's: a glossary entry of its own, found
    // alone and inside both members of the family.
    expect(await phrases.counts('外防输入')).toEqual(
      countsOf({ [LOUDI]: 1, [GANSU]: 2, [FENGTAI]: 1, [ZEKU]: 1 }),
    );
    await expect(phrases.row('外防输入')).toHaveAttribute('data-kind', 'glossary');

    // An empty cell shows nothing; a cell's count is what it prints.
    const cells = phrases.row('动态清零').locator('td[data-count]');
    await expect(cells.nth(0)).toHaveText('');
    await expect(cells.nth(3)).toHaveText('1');
  });

  test('the kind and category filters change the rows and the link, and load from it', async ({
    page,
  }) => {
    const phrases = new PhrasesPage(page);
    await phrases.goto();
    const all = await phrases.rows.count();
    await expect(phrases.rows.and(page.locator('[data-kind="discovered"]')).first()).toBeAttached();

    await phrases.kind.selectOption('glossary');
    await expect(page).toHaveURL(/#\/phrases\?kind=glossary$/);
    await expect(phrases.rows.and(page.locator('[data-kind="discovered"]'))).toHaveCount(0);
    const glossary = await phrases.rows.count();
    expect(glossary).toBeLessThan(all);
    await expect(phrases.row('网格化管理')).toHaveCount(1);
    await expect(phrases.row('网格化')).toHaveCount(1);
    await expect(phrases.row('来势汹汹')).toHaveCount(0);

    await phrases.kind.selectOption('discovered');
    await expect(page).toHaveURL(/#\/phrases\?kind=discovered$/);
    await expect(phrases.rows.and(page.locator('[data-kind="glossary"]'))).toHaveCount(0);
    await expect(phrases.row('来势汹汹')).toHaveCount(1);
    await expect(phrases.row('网格化')).toHaveCount(0);
    await expect(phrases.row('动态清零')).toHaveCount(0);

    await phrases.kind.selectOption('all');
    await phrases.category.selectOption('strategy');
    await expect(page).toHaveURL(/#\/phrases\?category=strategy$/);
    const strategy = await phrases.rowTexts();
    expect(strategy.length).toBeLessThan(glossary);
    expect(strategy).toEqual(
      expect.arrayContaining(['外防输入、内防扩散', '外防输入、内防反弹', '动态清零', '人物同防']),
    );
    expect(strategy).not.toContain('网格化管理');
    // A category is a glossary notion: no discovered rows under it.
    await expect(phrases.rows.and(page.locator('[data-kind="discovered"]'))).toHaveCount(0);

    // The filtered view is a deep link.
    await phrases.goto('kind=glossary&category=grid-governance');
    await expect(phrases.kind).toHaveValue('glossary');
    await expect(phrases.category).toHaveValue('grid-governance');
    await expect(phrases.row('网格化管理')).toHaveCount(1);
    await expect(phrases.row('动态清零')).toHaveCount(0);

    await phrases.category.selectOption('');
    await expect(page).toHaveURL(/#\/phrases\?kind=glossary$/);
    await expect(phrases.rows).toHaveCount(glossary);
  });

  test('phone: the matrix scrolls inside its own region, not the page', async ({
    page,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'phone layout only');
    const phrases = new PhrasesPage(page);
    await phrases.goto();
    await expectNoHorizontalOverflow(page, '#/phrases');
    const wrap = await phrases.matrixWrap.evaluate((el) => ({
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
      overflowX: getComputedStyle(el).overflowX,
    }));
    expect(wrap.scrollWidth, 'the table is wider than a phone').toBeGreaterThan(wrap.clientWidth);
    expect(['auto', 'scroll']).toContain(wrap.overflowX);
    // Keyboard users can reach the scrolling region.
    await expect(phrases.matrixWrap).toHaveAttribute('tabindex', '0');
  });
});

test.describe('one phrase', () => {
  test('a glossary id opens its entry, occurrences by article, timeline, places and compare link', async ({
    page,
  }) => {
    const detail = new PhraseDetailPage(page);
    await detail.goto('waifang-shuru-neifang-fantan');
    await expect(detail.detail).toBeVisible();
    await expect(detail.heading).toHaveText('外防输入、内防反弹');
    await expect(detail.entry).toContainText('wài fáng shūrù, nèi fáng fǎntán');
    await expect(detail.entry).toContainText('guard against imported cases and against a rebound');
    await expect(detail.entry).toContainText('strategy');
    await expect(detail.entry).toContainText('2020-04 → 2022-12');
    await expect(detail.entry.locator('.explanation')).toContainText('national strategy');
    // Its sibling in the family is one click away.
    await expect(detail.detail.getByRole('link', { name: '外防输入、内防扩散' })).toHaveAttribute(
      'href',
      '#/phrases/waifang-shuru-neifang-kuosan',
    );

    expect(await detail.groupIds()).toEqual([FENGTAI, ZEKU]);
    await expect(detail.lines).toHaveCount(2);
    // Each line is shown in the article's own script.
    await expect(detail.group(FENGTAI).locator('.kwic-hit')).toHaveText('外防輸入、內防反彈');
    await expect(detail.group(ZEKU).locator('.kwic-hit')).toHaveText('外防输入、内防反弹');
    await expect(detail.timeline).toBeVisible();
    await expect(detail.timeline.locator('circle.on')).toHaveCount(2);
    await expect(detail.detail.locator('#phrase-places-title + ul li')).toHaveCount(2);

    await expect(detail.compareLink).toHaveAttribute(
      'href',
      `#/compare?ids=${FENGTAI},${ZEKU}&phrase=waifang-shuru-neifang-fantan`,
    );
    await detail.compareLink.click();
    const compare = new ComparePhrasesPage(page);
    await expect(compare.panes).toHaveCount(2);
    await expect(compare.legendItem('family:waifang')).toHaveAttribute('aria-pressed', 'true');
  });

  test('folded text opens a glossary phrase or a discovered one', async ({ page }) => {
    const detail = new PhraseDetailPage(page);
    // The glossary phrase 动态清零 by its text.
    await detail.goto('动态清零');
    await expect(detail.heading).toHaveText('动态清零');
    await expect(detail.entry).toContainText('dynamic zero-COVID');
    expect(await detail.groupIds()).toEqual([FENGTAI, ZEKU]);

    // 网格化 alone is a (broad) glossary entry: every 网格化… formula counts.
    await detail.goto('网格化');
    await expect(detail.heading).toHaveText('网格化');
    await expect(detail.entry).toContainText('grid-based');
    expect(await detail.groupIds()).toEqual([LOUDI, GANSU, ZEKU]);
    await expect(detail.group(LOUDI).getByTestId('kwic-line')).toHaveCount(3);
    await expect(detail.group(GANSU).getByTestId('kwic-line')).toHaveCount(2);
    await expect(detail.group(ZEKU).getByTestId('kwic-line')).toHaveCount(2);
    await expect(detail.group(LOUDI).locator('.kwic-hit').first()).toHaveText('網格化');
    await expect(detail.group(GANSU).locator('.kwic-hit').first()).toHaveText('网格化');

    // 来势汹汹 is not in the glossary: discovered, with a notice instead of an entry.
    await detail.goto('来势汹汹');
    await expect(detail.heading).toHaveText('来势汹汹');
    await expect(detail.entry).toHaveCount(0);
    await expect(detail.notice).toContainText('Discovered automatically');
    await expect(detail.notice).toContainText('5 articles');
    expect(await detail.groupIds()).toEqual(BY_DATE);

    await detail.goto('不存在的提法');
    await expect(detail.notFound).toContainText('不存在的提法');
    await expect(detail.detail).toHaveCount(0);
  });

  test('a concordance line opens the reader at its paragraph', async ({ page }) => {
    const detail = new PhraseDetailPage(page);
    await detail.goto('waifang-shuru-neifang-fantan');
    const line = detail.group(FENGTAI).getByTestId('kwic-line').first();
    await line.getByRole('link').click();
    await expect(page.getByTestId('reader')).toBeVisible();
    expect(hashPath(page)).toBe(`/read/${FENGTAI}`);
    expect(hashParams(page).get('p')).toBe('2');
    const paragraph = page.locator('[id="p-2"]');
    await expect(paragraph).toContainText('外防輸入、內防反彈');
    await expect(paragraph).toBeInViewport();
  });
});

test.describe('timeline', () => {
  test('following a formula lights up only the articles that use it', async ({ page }) => {
    const timeline = new TimelinePage(page);
    await timeline.goto('dongtai-qingling');
    await expect(timeline.dots).toHaveCount(5);
    await expect(timeline.follow).toHaveValue('dongtai-qingling');
    expect(await timeline.onIds()).toEqual([FENGTAI, ZEKU].sort());
    for (const id of BY_DATE) {
      const on = id === FENGTAI || id === ZEKU;
      await expect(timeline.dot(id)).toHaveAttribute('data-on', String(on));
      const item = page.locator(`[data-testid="timeline-article"][data-id="${id}"]`);
      if (on) await expect(item).not.toHaveClass(/\bdim\b/);
      else await expect(item).toHaveClass(/\bdim\b/);
    }
    // The list is in date order.
    expect(
      await timeline.articles.evaluateAll((els) => els.map((e) => e.getAttribute('data-id'))),
    ).toEqual(BY_DATE);

    // Following the older half of the family moves the light back to 2020/2021.
    await timeline.follow.selectOption('waifang-shuru-neifang-kuosan');
    await expect(page).toHaveURL(/#\/timeline\?phrase=waifang-shuru-neifang-kuosan$/);
    await expect.poll(() => timeline.onIds()).toEqual([GANSU, LOUDI].sort());

    // Following nothing: every dot is an article, none dimmed.
    await timeline.follow.selectOption('');
    await expect(page).toHaveURL(/#\/timeline$/);
    await expect(timeline.dots.and(page.locator('.dim'))).toHaveCount(0);
  });

  test('phone: no horizontal overflow', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'phone layout only');
    const timeline = new TimelinePage(page);
    await timeline.goto('dongtai-qingling');
    await expect(timeline.dots).toHaveCount(5);
    await expectNoHorizontalOverflow(page, '#/timeline');
  });
});

test.describe('compare by phrase', () => {
  test('the waifang family is one formula across scripts: Simplified in one pane, Traditional in the other', async ({
    page,
  }) => {
    const compare = new ComparePhrasesPage(page);
    await compare.goto([GANSU, FENGTAI], 'scripts=,tw');
    await expect(compare.panes).toHaveCount(2);
    const item = compare.legendItem('family:waifang');
    await expect(item).toHaveAttribute('aria-pressed', 'false');
    await expect(item).toContainText('外防输入、内防{扩散|反弹}');
    await expect(item).toContainText('2/2');

    const simplified = compare.marks(GANSU, 'family:waifang');
    const traditional = compare.marks(FENGTAI, 'family:waifang');
    await expect(simplified).toHaveCount(1);
    await expect(traditional).toHaveCount(1);
    await expect(simplified).toHaveText('外防输入、内防扩散');
    await expect(traditional).toHaveText('外防輸入、內防反彈');
    // One style for the whole family, with an underline style as a second cue.
    const styleOf = (l: typeof simplified): Promise<string | null> => l.getAttribute('style');
    expect(await styleOf(simplified)).toBe(await styleOf(traditional));
    await expect(simplified).toHaveClass(/\bline-(solid|dashed|dotted|double|wavy)\b/);
    await expect(traditional).toHaveClass(/\bline-(solid|dashed|dotted|double|wavy)\b/);

    // The default marks: glossary phrases shared by both panes only.
    for (const id of [GANSU, FENGTAI]) {
      const keys = await compare.markedKeys(id);
      expect(keys.length).toBeGreaterThan(1);
      for (const k of keys) expect(k, 'a glossary key (ASCII id)').toMatch(/^[a-z:-]+$/);
      // The overview ruler has a tick per mark.
      await expect(compare.rulerTicks(id)).toHaveCount(await compare.marks(id).count());
    }
    expect(await compare.legendKeys()).not.toContain('dongtai-qingling');
  });

  test('choosing a phrase in the legend or the text selects it and brings it into view', async ({
    page,
  }, testInfo) => {
    const phone = testInfo.project.name === 'phone';
    const compare = new ComparePhrasesPage(page);
    await compare.goto([GANSU, FENGTAI], 'scripts=,tw');
    // 党旗红 sits in Huixian's last paragraph and two thirds down Fengtai: out of sight at first.
    const visible = phone ? [GANSU] : [GANSU, FENGTAI];
    for (const id of visible) {
      expect(await compare.isSeen(compare.marks(id, 'dangqi-hong').first())).toBe(false);
    }

    await compare.legendItem('dangqi-hong').click();
    await expect.poll(() => hashParams(page).get('phrase')).toBe('dangqi-hong');
    await expect(compare.legendItem('dangqi-hong')).toHaveAttribute('aria-pressed', 'true');
    await expect(compare.marks(GANSU, 'dangqi-hong').first()).toHaveClass(/\bselected\b/);
    for (const id of visible) {
      await expect
        .poll(() => compare.isSeen(compare.marks(id, 'dangqi-hong').first()), {
          message: `first 党旗红 in ${id} in view`,
        })
        .toBe(true);
    }

    if (phone) {
      // On a phone only the active pane shows; choosing the phrase again finds it in that tab.
      await compare.show(1);
      await compare.legendItem('dangqi-hong').click();
      await expect
        .poll(() => compare.isSeen(compare.marks(FENGTAI, 'dangqi-hong').first()))
        .toBe(true);
    }

    // Another phrase, chosen from the legend: every pane follows.
    const active = phone ? [FENGTAI] : [GANSU, FENGTAI];
    await compare.legendItem('family:waifang').click();
    await expect.poll(() => hashParams(page).get('phrase')).toBe('family:waifang');
    await expect(compare.legendItem('dangqi-hong')).toHaveAttribute('aria-pressed', 'false');
    for (const id of active) {
      await expect
        .poll(() => compare.isSeen(compare.marks(id, 'family:waifang').first()))
        .toBe(true);
    }

    // Clicking a mark in the text selects its phrase too.
    const paneId = active[0]!;
    const mark = compare.marks(paneId, 'zhongzhi-chengcheng').first();
    await mark.click();
    await expect.poll(() => hashParams(page).get('phrase')).toBe('zhongzhi-chengcheng');
    await expect(compare.legendItem('zhongzhi-chengcheng')).toHaveAttribute('aria-pressed', 'true');
    await expect(mark).toHaveClass(/\bselected\b/);
    await expect.poll(() => compare.isSeen(mark)).toBe(true);
  });

  test('a phrase= deep link selects its phrase on load and scrolls to it', async ({
    page,
  }, testInfo) => {
    const compare = new ComparePhrasesPage(page);
    // A member of a family selects the whole family group.
    await compare.goto([GANSU, FENGTAI], 'scripts=,tw&phrase=waifang-shuru-neifang-kuosan');
    await expect(compare.legendItem('family:waifang')).toHaveAttribute('aria-pressed', 'true');
    await expect(compare.legend.locator('[aria-pressed="true"]')).toHaveCount(1);
    await expect(compare.marks(FENGTAI, 'family:waifang')).toHaveClass(/\bselected\b/);

    await compare.goto([GANSU, FENGTAI], 'phrase=dangqi-hong');
    await expect(compare.legendItem('dangqi-hong')).toHaveAttribute('aria-pressed', 'true');
    const ids = testInfo.project.name === 'phone' ? [GANSU] : [GANSU, FENGTAI];
    for (const id of ids) {
      await expect.poll(() => compare.isSeen(compare.marks(id, 'dangqi-hong').first())).toBe(true);
    }

    // A phrase outside the chosen marks is still shown when the link names it.
    await compare.goto([GANSU, FENGTAI], 'phrase=dongtai-qingling');
    await expect(compare.legendItem('dongtai-qingling')).toHaveAttribute('aria-pressed', 'true');
    await expect(compare.marks(FENGTAI, 'dongtai-qingling')).toHaveCount(1);
    await expect(compare.marks(GANSU, 'dongtai-qingling')).toHaveCount(0);
  });

  test('the mark toggles change the highlighting, write marks= and survive a reload', async ({
    page,
  }) => {
    const compare = new ComparePhrasesPage(page);
    const ids = [GANSU, FENGTAI, ZEKU];
    await compare.goto(ids, 'scripts=,tw');
    await expect(compare.markGlossary).toBeChecked();
    await expect(compare.markDiscovered).not.toBeChecked();
    await expect(compare.markShared).toBeChecked();
    expect(hashParams(page).get('marks')).toBeNull();
    // Shared by all three: the waifang family (扩散 in Huixian, 反弹 in the two 2022 articles).
    await expect(compare.legendItem('family:waifang')).toContainText('3/3');
    await expect(compare.legendItem('dongtai-qingling')).toHaveCount(0);
    await expect(compare.marks(ZEKU, 'dongtai-qingling')).toHaveCount(0);

    // Phrases in at least two panes: 动态清零 (Fengtai, Zeku) joins.
    await compare.markShared.uncheck();
    await expect.poll(() => hashParams(page).get('marks')).toBe('glossary');
    await expect(compare.legendItem('dongtai-qingling')).toContainText('2/3');
    await expect(compare.marks(ZEKU, 'dongtai-qingling')).toHaveCount(1);
    await expect(compare.marks(GANSU, 'dongtai-qingling')).toHaveCount(0);

    await compare.markDiscovered.check();
    await expect.poll(() => hashParams(page).get('marks')).toBe('glossary,discovered');
    await expect(compare.legendItem('来势汹汹')).toContainText('3/3');

    // Discovered only: no glossary key is highlighted any more.
    await compare.markGlossary.uncheck();
    await expect.poll(() => hashParams(page).get('marks')).toBe('discovered');
    await expect(compare.legendItem('family:waifang')).toHaveCount(0);
    await expect(compare.marks(GANSU, 'family:waifang')).toHaveCount(0);
    const before = await compare.legendKeys();
    expect(before.length).toBeGreaterThan(0);
    for (const k of before) expect(k, 'a discovered key (folded text)').toMatch(/\p{Script=Han}/u);
    const marked = await compare.marks(GANSU).count();
    expect(marked).toBeGreaterThan(0);

    await page.reload();
    await compare.panes.first().getByTestId('paragraph').first().waitFor();
    await expect(compare.markGlossary).not.toBeChecked();
    await expect(compare.markDiscovered).toBeChecked();
    await expect(compare.markShared).not.toBeChecked();
    await expect.poll(() => compare.legendKeys()).toEqual(before);
    await expect(compare.marks(GANSU)).toHaveCount(marked);

    // Nothing at all: no marks, no ticks, and the legend says so.
    await compare.markDiscovered.uncheck();
    await expect.poll(() => hashParams(page).get('marks')).toBe('none');
    await expect(compare.legendItems).toHaveCount(0);
    await expect(compare.legend).toContainText(/\S/);
    for (const id of ids) {
      await expect(compare.marks(id)).toHaveCount(0);
      await expect(compare.rulerTicks(id)).toHaveCount(0);
    }
  });

  test('phone: no horizontal overflow with phrase marks', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'phone layout only');
    const compare = new ComparePhrasesPage(page);
    await compare.goto([GANSU, FENGTAI, ZEKU], 'scripts=,tw&marks=glossary,discovered');
    for (let i = 0; i < 3; i++) {
      await compare.show(i);
      await expectNoHorizontalOverflow(page, `compare pane ${i + 1}`);
    }
  });
});

test.describe('reader', () => {
  test('glossary phrases are marked; a mark opens its card, Esc closes it', async ({ page }) => {
    const reader = new ReaderMarks(page);
    await reader.goto(GANSU);
    await expect(reader.toggle).toBeChecked();
    const mark = reader.mark('waifang-shuru-neifang-kuosan');
    await expect(mark).toHaveCount(1);
    await expect(mark).toHaveText('外防输入、内防扩散');
    await expect(reader.mark('renwu-tongfang')).toHaveText('人物同防');
    // Only glossary phrases of this article: 动态清零 is not in it.
    await expect(reader.mark('dongtai-qingling')).toHaveCount(0);

    await expect(reader.card).toHaveCount(0);
    await mark.click();
    await expect(reader.card).toBeVisible();
    await expect(reader.card.locator('h2')).toHaveText('外防输入、内防扩散');
    await expect(reader.card).toContainText('wài fáng shūrù, nèi fáng kuòsàn');
    await expect(reader.card).toContainText(
      'guard against cases coming in from outside and against spread inside',
    );
    await expect(reader.card).toContainText('strategy');
    await expect(reader.card.getByRole('link')).toHaveAttribute(
      'href',
      '#/phrases/waifang-shuru-neifang-kuosan',
    );
    await page.keyboard.press('Escape');
    await expect(reader.card).toHaveCount(0);

    // Another mark, another card; the keyboard opens it too.
    await reader.mark('renwu-tongfang').focus();
    await page.keyboard.press('Enter');
    await expect(reader.card.locator('h2')).toHaveText('人物同防');
    await page.keyboard.press('Escape');
    await expect(reader.card).toHaveCount(0);
  });

  test('the mark toggle hides the marks and is remembered across a reload', async ({ page }) => {
    const reader = new ReaderMarks(page);
    await reader.goto(FENGTAI);
    await expect(reader.marks.first()).toBeVisible();
    // Traditional text is marked at the same places.
    await expect(reader.mark('waifang-shuru-neifang-fantan')).toHaveText('外防輸入、內防反彈');

    await reader.toggle.uncheck();
    await expect(reader.marks).toHaveCount(0);
    await page.reload();
    await reader.reader.waitFor();
    await expect(reader.toggle).not.toBeChecked();
    await expect(page.getByTestId('article-body').getByTestId('paragraph').first()).toBeVisible();
    await expect(reader.marks).toHaveCount(0);
    // Other articles follow the same setting.
    await reader.goto(ZEKU);
    await expect(reader.toggle).not.toBeChecked();
    await expect(reader.marks).toHaveCount(0);

    await reader.toggle.check();
    // Zeku prints 动态清零 inside “动态清零”总方针: where occurrences nest, the longer formula is
    // the mark (its quotes included), and the shorter is not drawn inside it.
    await expect(reader.mark('dongtai-qingling-zongfangzhen')).toHaveText('“动态清零”总方针');
    await expect(reader.mark('dongtai-qingling')).toHaveCount(0);
    await page.reload();
    await expect(reader.toggle).toBeChecked();
    await expect(reader.mark('dongtai-qingling-zongfangzhen')).toHaveCount(1);
  });
});
