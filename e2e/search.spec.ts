/**
 * Search across every article, in any script: characters (Simplified or Traditional), pinyin (full
 * or initials), titles and metadata; the concordance (sort, filters), the way into the reader on
 * one hit, and queries that must not break anything. Expected hits are hard-coded from the bundled
 * corpus (checked by hand against the reader), like e2e/corpus.ts.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { LibraryPage } from './pages/LibraryPage.ts';
import { ReaderHits, SearchPage, hashParams, hashPath } from './pages/SearchPage.ts';

const JIXIAN = 'shanxi-jixian-2020-02'; // 002, Traditional
const LOUDI = 'hunan-loudi-2020-02'; // 003, Traditional
const HUIXIAN = 'gansu-huixian-2021-11'; // 000, Simplified
const FENGTAI = 'anhui-fengtai-2022-04'; // 001, Traditional
const ZEKU = 'qinghai-zeku-2022-05'; // 004, Simplified

/** 网格化 in the corpus: three articles, seven hits, groups in date order. */
const GRID_GROUPS = [LOUDI, HUIXIAN, ZEKU];
const GRID_COUNTS = { [LOUDI]: 3, [HUIXIAN]: 2, [ZEKU]: 2 };
const GRID_SUMMARY = '7 exact hits in 3 articles';

/** True when the page is no wider than the window (nothing to scroll sideways). */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
  );
}

test.describe('search: script-insensitive', () => {
  for (const q of ['網格化', '网格化']) {
    test(`${q} finds the three 网格化 articles with 3, 2 and 2 hits`, async ({ page }) => {
      const search = new SearchPage(page);
      await search.goto(q);
      await expect(search.summary).toHaveText(GRID_SUMMARY);
      await expect(search.groups).toHaveCount(3);
      expect(await search.groupIds()).toEqual(GRID_GROUPS);
      expect(await search.hitCounts()).toEqual(GRID_COUNTS);
      await expect(search.group(LOUDI).getByTestId('hit-count')).toHaveText('3 hits');
      await expect(search.exactLines).toHaveCount(7);
      // Each article shows the hit in its own script.
      await expect(search.group(LOUDI).locator('mark.kwic-hit')).toHaveText(
        Array(3).fill('網格化'),
      );
      await expect(search.group(HUIXIAN).locator('mark.kwic-hit')).toHaveText(['网格化', '网格化']);
      await expect(search.group(ZEKU).locator('mark.kwic-hit')).toHaveText(['网格化', '网格化']);
    });
  }

  test('內防反彈 (Traditional) finds exactly the two 2022 articles', async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto('內防反彈');
    await expect(search.summary).toHaveText('2 exact hits in 2 articles');
    await expect(search.groups).toHaveCount(2);
    expect(await search.groupIds()).toEqual([FENGTAI, ZEKU]);
    await expect(search.group(FENGTAI).locator('mark.kwic-hit')).toHaveText(['內防反彈']);
    await expect(search.group(ZEKU).locator('mark.kwic-hit')).toHaveText(['内防反弹']);
  });

  const PINYIN = [
    { q: 'wanggehua', groups: GRID_GROUPS, counts: GRID_COUNTS, others: [] as string[] },
    // Initials are ambiguous: 文關懷 (wén guān huái) in the Fengtai article is a wgh too.
    {
      q: 'wgh',
      groups: [LOUDI, HUIXIAN, FENGTAI, ZEKU],
      counts: { ...GRID_COUNTS, [FENGTAI]: 1 },
      others: ['文關懷'],
    },
  ];
  for (const { q, groups, counts, others } of PINYIN) {
    test(`pinyin ${q} finds the 网格化 articles`, async ({ page }) => {
      const search = new SearchPage(page);
      await search.goto(q);
      await expect(search.pinyinResults).toBeVisible();
      await expect(search.pinyinHeading).toHaveText(`Pinyin matches for “${q}”`);
      await expect(search.pinyinResults.getByTestId('hit-group')).toHaveCount(groups.length);
      expect(await search.groupIds(search.pinyinResults)).toEqual(groups);
      expect(await search.hitCounts(search.pinyinResults)).toEqual(counts);
      const hits = await search.hitTexts(search.pinyinResults);
      expect(hits.filter((h) => /^[网網]格化$/.test(h))).toHaveLength(7);
      expect(hits.filter((h) => !/^[网網]格化$/.test(h))).toEqual(others);
      // No Latin text in the corpus: pinyin is the only way in.
      await expect(search.exactResults).toHaveCount(0);
    });
  }
});

test.describe('search: from a hit to the reader', () => {
  test('a line opens the reader on its hit; next and previous move it and the URL', async ({
    page,
  }) => {
    const search = new SearchPage(page);
    const hits = new ReaderHits(page);
    await search.goto('网格化');
    await search.group(LOUDI).getByTestId('kwic-line').nth(1).getByRole('link').click();

    await expect(page).toHaveURL(new RegExp(`#/read/${LOUDI}\\?`));
    expect(hashParams(page).get('q')).toBe('网格化');
    expect(hashParams(page).get('hit')).toBe('2');
    await expect(hits.marks).toHaveCount(3);
    await expect(hits.nav).toContainText('Hit 2 of 3');
    await expect(hits.current).toHaveCount(1);
    await expect(hits.current).toHaveText('網格化'); // a Traditional article
    await expect(hits.current).toHaveAttribute('id', 'hit-2');
    await expect(hits.current).toBeInViewport();

    await hits.next.click();
    await expect(hits.nav).toContainText('Hit 3 of 3');
    await expect.poll(() => hashParams(page).get('hit')).toBe('3');
    await expect(hits.current).toHaveAttribute('id', 'hit-3');
    await expect(hits.marks.nth(2)).toHaveClass(/\bcurrent\b/);
    await expect(hits.current).toBeInViewport();

    await hits.prev.click();
    await hits.prev.click();
    await expect(hits.nav).toContainText('Hit 1 of 3');
    await expect.poll(() => hashParams(page).get('hit')).toBe('1');
    await expect(hits.current).toHaveAttribute('id', 'hit-1');
    await expect(hits.current).toBeInViewport();

    // Previous from the first wraps round to the last.
    await hits.prev.click();
    await expect(hits.nav).toContainText('Hit 3 of 3');
    await expect.poll(() => hashParams(page).get('hit')).toBe('3');
    await expect(hits.current).toBeInViewport();
    expect(hashPath(page)).toBe(`/read/${LOUDI}`);
  });

  test('a hit in a Simplified article is highlighted as 网格化', async ({ page }) => {
    const search = new SearchPage(page);
    const hits = new ReaderHits(page);
    await search.goto('網格化');
    await search.group(ZEKU).getByTestId('kwic-line').nth(1).getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`#/read/${ZEKU}\\?`));
    expect(hashParams(page).get('hit')).toBe('2');
    await expect(hits.nav).toContainText('Hit 2 of 2');
    await expect(hits.current).toHaveText('网格化');
    await expect(hits.current).toBeInViewport();
  });

  test('a fresh deep link with q and hit restores the current hit', async ({ page }) => {
    const hits = new ReaderHits(page);
    await hits.goto(LOUDI, '网格化', 3);
    await expect(hits.marks).toHaveCount(3);
    await expect(hits.nav).toContainText('Hit 3 of 3');
    await expect(hits.current).toHaveAttribute('id', 'hit-3');
    await expect(hits.current).toHaveText('網格化');
    await expect(hits.current).toBeInViewport();

    await page.reload();
    await expect(hits.nav).toContainText('Hit 3 of 3');
    await expect(hits.current).toHaveAttribute('id', 'hit-3');
    await expect(hits.current).toBeInViewport();

    await hits.clear.click();
    await expect(hits.marks).toHaveCount(0);
    await expect(hits.nav).toHaveCount(0);
    await expect.poll(() => hashParams(page).has('q')).toBe(false);
    expect(hashParams(page).has('hit')).toBe(false);
  });
});

test.describe('search: the search box', () => {
  test('/ focuses the box; typing from the library opens the results', async ({ page }) => {
    const library = new LibraryPage(page);
    const search = new SearchPage(page);
    await library.goto();
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveAttribute(
      'data-testid',
      'search-input',
    );
    await expect(search.input).not.toBeFocused();
    await page.keyboard.press('/');
    await expect(search.input).toBeFocused();
    await expect(search.input).toHaveValue(''); // the slash was not typed

    await search.input.pressSequentially('网格化');
    await expect(page).toHaveURL(/#\/search\?/);
    expect(hashParams(page).get('q')).toBe('网格化');
    await expect(search.heading).toHaveText('Search');
    await expect(search.summary).toHaveText(GRID_SUMMARY);
    await expect(search.input).toBeFocused();

    // Typing stayed on one history entry: Back leaves search.
    await page.goBack();
    await expect(library.heading).toBeVisible();
    await expect(page).toHaveURL(/#\/$/);
  });

  test('results update as you type', async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto('联防');
    await expect(search.summary).toHaveText('5 exact hits in 3 articles');
    for (const hit of await search.hitTexts()) expect(hit).toMatch(/^[联聯]防$/);

    await search.input.click();
    await search.input.press('End');
    await search.input.pressSequentially('联控');
    await expect.poll(() => hashParams(page).get('q')).toBe('联防联控');
    await expect
      .poll(async () => (await search.hitTexts()).every((h) => /^[联聯]防[联聯]控$/.test(h)))
      .toBe(true);
    // Every 联防 in the corpus is a 联防联控, so the counts stay; the highlighted words changed.
    await expect(search.summary).toHaveText('5 exact hits in 3 articles');

    await search.input.fill('');
    await search.input.pressSequentially('网格');
    await expect(search.summary).toHaveText('23 exact hits in 4 articles');
    await search.input.pressSequentially('化');
    await expect(search.summary).toHaveText(GRID_SUMMARY);
    expect(hashParams(page).get('q')).toBe('网格化');
  });
});

test.describe('search: order and filters', () => {
  test('sorting by left context reorders the lines and says so in the URL', async ({ page }) => {
    const search = new SearchPage(page);
    // Shown in Simplified, the displayed contexts are the ones the app sorts by (folded).
    await search.goto('网格化', { script: 'cn' });
    await expect(search.groups).toHaveCount(3);
    const byDate = await search.leftContexts();
    expect(byDate).toHaveLength(7);

    await search.sort.selectOption('left');
    await expect.poll(() => hashParams(page).get('sort')).toBe('left');
    await expect(search.groups).toHaveCount(0); // one flat concordance
    await expect(search.exactLines).toHaveCount(7);
    const byLeft = await search.leftContexts();
    expect(byLeft).not.toEqual(byDate);
    expect([...byLeft].sort()).toEqual([...byDate].sort());
    // Read leftwards from the hit, each line sorts after the one above (pinyin collation).
    const unsorted = await page.evaluate((lefts) => {
      const collator = new Intl.Collator('zh-Hans-u-co-pinyin');
      const rev = (s: string): string => Array.from(s).reverse().join('');
      return lefts.flatMap((l, i) => {
        const prev = lefts[i - 1];
        return prev !== undefined && collator.compare(rev(prev), rev(l)) > 0 ? [[prev, l]] : [];
      });
    }, byLeft);
    expect(unsorted).toEqual([]);
    // Flat lines name their article.
    await expect(search.exactLines.first().locator('.kwic-where')).not.toBeEmpty();

    // A deep link restores the order; date order drops the parameter.
    await page.reload();
    await expect(search.sort).toHaveValue('left');
    await expect.poll(() => search.leftContexts()).toEqual(byLeft);
    await search.sort.selectOption('date');
    await expect.poll(() => hashParams(page).has('sort')).toBe(false);
    await expect(search.groups).toHaveCount(3);
  });

  test('the year filter 2020 keeps only the 2020 articles', async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto('联防');
    await expect(search.groups).toHaveCount(3);
    expect(await search.groupIds()).toEqual([JIXIAN, LOUDI, HUIXIAN]);

    await search.filterYear.selectOption('2020');
    await expect.poll(() => hashParams(page).get('year')).toBe('2020');
    await expect(search.groups).toHaveCount(2);
    expect(await search.groupIds()).toEqual([JIXIAN, LOUDI]);
    await expect(search.summary).toHaveText('4 exact hits in 2 articles');

    await page.reload();
    await expect(search.filterYear).toHaveValue('2020');
    await expect(search.groups).toHaveCount(2);

    await search.filterYear.selectOption('');
    await search.filterPlace.selectOption('Gansu');
    await expect.poll(() => hashParams(page).get('place')).toBe('Gansu');
    expect(hashParams(page).has('year')).toBe(false);
    await expect(search.groups).toHaveCount(1);
    expect(await search.groupIds()).toEqual([HUIXIAN]);
  });
});

test.describe('search: script and language', () => {
  test('script=tw shows every line in Traditional, Simplified articles too', async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto('网格化', { script: 'tw' });
    await expect(search.summary).toHaveText(GRID_SUMMARY);
    await expect(search.group(HUIXIAN).locator('mark.kwic-hit')).toHaveText(['網格化', '網格化']);
    await expect(search.group(ZEKU).locator('mark.kwic-hit')).toHaveText(['網格化', '網格化']);
    await expect(search.exactResults.locator('mark.kwic-hit')).toHaveText(Array(7).fill('網格化'));
    await expect(
      search.group(HUIXIAN).getByTestId('kwic-line').first().getByRole('link'),
    ).toHaveAttribute('lang', /^zh-Hant/);
    await expect(search.group(HUIXIAN).getByRole('heading', { level: 2 })).toContainText(
      '隴南徽縣',
    );
  });

  test('ui=zh: the page and the box speak Chinese', async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto('网格化', { ui: 'zh' });
    await expect(search.heading).toHaveText('搜索');
    await expect(page.getByRole('searchbox', { name: '搜索' })).toBeVisible();
    await expect(search.summary).toHaveText('3 篇文章中共 7 处完全匹配');
    await expect(search.group(LOUDI).getByTestId('hit-count')).toHaveText('3 处');
    await expect(search.sort.locator('option:checked')).toHaveText('文章日期');
  });
});

test.describe('search: queries that must not break the page', () => {
  const EMPTY = 'Type a word or phrase to search.';
  const PUNCTUATION = 'Punctuation alone is not searched: add a character or a word.';
  const CASES = [
    { name: 'empty', raw: 'q=', message: EMPTY },
    { name: 'whitespace', raw: `q=${encodeURIComponent('  \t\u3000 ')}`, message: EMPTY },
    { name: 'regex syntax .*(', raw: `q=${encodeURIComponent('.*(')}`, message: PUNCTUATION },
    { name: 'emoji 😷', raw: `q=${encodeURIComponent('😷')}`, message: PUNCTUATION },
    { name: 'control characters %00%07', raw: 'q=%00%07', message: EMPTY },
    { name: 'lone punctuation ，', raw: `q=${encodeURIComponent('，')}`, message: PUNCTUATION },
  ];
  for (const c of CASES) {
    test(`${c.name}: a message, no results, and the box still works`, async ({ page }) => {
      const search = new SearchPage(page);
      await search.gotoRaw(c.raw);
      await expect(search.notices).toHaveText([c.message]);
      await expect(search.summary).toHaveCount(0);
      await expect(search.lines).toHaveCount(0);
      await expect(search.approxResults).toHaveCount(0);
      await expect(search.pinyinResults).toHaveCount(0);

      await search.search('网格化');
      await expect(search.summary).toHaveText(GRID_SUMMARY);
      await expect(search.notices).toHaveCount(0);
    });
  }

  test('typed regex syntax and emoji go to the results with a message', async ({ page }) => {
    const library = new LibraryPage(page);
    const search = new SearchPage(page);
    await library.goto();
    await search.search('.*(');
    await expect(page).toHaveURL(/#\/search\?/);
    expect(hashParams(page).get('q')).toBe('.*(');
    await expect(search.notices).toHaveText([PUNCTUATION]);
    await search.search('网格化😷');
    await expect(search.summary).toHaveText('No exact hits for “网格化😷”.');
    await search.search('😷 网格化');
    await expect(search.summary).toHaveText(GRID_SUMMARY);
  });

  test('a 3,000-character query is cut, and the next search works', async ({ page }) => {
    const library = new LibraryPage(page);
    const search = new SearchPage(page);
    await library.goto();
    const pasted = '网格化 '.repeat(750);
    expect(pasted).toHaveLength(3000);
    await search.search(pasted);
    await expect(page).toHaveURL(/#\/search\?/);
    await expect(search.truncated).toBeVisible();
    await expect(search.truncated).toContainText('200');
    await expect(search.summary).toHaveText(GRID_SUMMARY);
    expect(await fitsWidth(page)).toBe(true);

    await expect(search.input).toBeEditable();
    await search.search('內防反彈');
    await expect(search.summary).toHaveText('2 exact hits in 2 articles');
    await expect(search.truncated).toHaveCount(0);
  });

  test('a 3,000-letter query with no hits keeps the page its own width', async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto('x'.repeat(3000));
    await expect(search.truncated).toBeVisible();
    await expect(search.summary).toBeVisible();
    expect((await search.summary.innerText()).length).toBeLessThan(300);
    expect(await fitsWidth(page)).toBe(true);
  });
});

test.describe('search: wording', () => {
  test('English counts of one are singular', async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto('泽库县');
    await expect(search.summary).toHaveText('7 exact hits in 1 article');
    await search.goto('內防反彈');
    await expect(search.group(ZEKU).getByTestId('hit-count')).toHaveText('1 hit');
  });
});

test.describe('search: titles and metadata', () => {
  test('泽库县 finds the Zeku article, its title included', async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto('泽库县');
    await expect(search.groups).toHaveCount(1);
    expect(await search.groupIds()).toEqual([ZEKU]);
    const titleLine = search.exactLines.filter({
      has: page.locator('.badge', { hasText: 'title' }),
    });
    await expect(titleLine).toHaveCount(1);
    await expect(titleLine.locator('mark.kwic-hit')).toHaveText('泽库县');
    await expect(titleLine.locator('.kwic-right')).toHaveText('五项措施奋力打赢打好疫情阻击战');
  });

  test('临汾新闻网 finds the Jixian article through its metadata', async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto('临汾新闻网');
    await expect(search.groups).toHaveCount(1);
    expect(await search.groupIds()).toEqual([JIXIAN]);
    const lines = search.group(JIXIAN).getByTestId('kwic-line');
    await expect(lines).not.toHaveCount(0);
    for (const line of await lines.all()) {
      await expect(line.locator('.badge')).toHaveText('details');
      await expect(line.locator('mark.kwic-hit')).toHaveText('临汾新闻网');
    }
  });
});

test.describe('search: approximate matches', () => {
  test('外防输入内防扩散 has no exact hit but similar passages with 外防输入', async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto('外防输入内防扩散');
    await expect(search.summary).toHaveText('No exact hits for “外防输入内防扩散”.');
    await expect(search.approxResults).toBeVisible();
    await expect(search.approxLines).not.toHaveCount(0);
    const texts = await search.approxLines.allInnerTexts();
    for (const t of texts) expect(t).toMatch(/外防[输輸]入/);
    expect(texts.some((t) => t.includes('外防输入'))).toBe(true);
  });
});

test.describe('search: English through the glossary', () => {
  test('grid finds the 网格化 formulas with their occurrences', async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto('grid');
    const section = page.getByTestId('english-results');
    await expect(section).toBeVisible();
    await expect(section.getByTestId('english-entry').first()).toContainText('网格化');
    await expect(section.getByTestId('kwic-line').first()).toBeVisible();
    await expect(search.summary).toContainText('in English');
  });

  test('zero-COVID finds 动态清零 in the two 2022 articles', async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto('zero');
    const entry = page.locator('[data-testid="english-entry"][data-id="dongtai-qingling"]');
    await expect(entry).toBeVisible();
    await expect(entry.getByTestId('kwic-line')).toHaveCount(2);
  });
});
