import {
  BAD_FILES,
  BIG5_TEXT,
  GOOD_FILES,
  HOSTILE_HTML,
  manyFiles,
  REAL_PAGE,
} from './importFixtures.ts';
import { expect, test } from './fixtures.ts';
import { ImportPage } from './pages/ImportPage.ts';
import { LibraryPage } from './pages/LibraryPage.ts';
import { PhrasesPage } from './pages/PhrasesPage.ts';

test.describe('importing your own articles', () => {
  test('GBK, Big5, UTF-16 and artifact-laden files join the library, search and phrases, and survive reload', async ({
    page,
  }) => {
    const imports = new ImportPage(page);
    await imports.goto();
    await imports.importFiles(GOOD_FILES);
    for (const f of GOOD_FILES)
      await expect(imports.entry(f.name)).toHaveAttribute('data-status', 'added');
    await expect(imports.encodingSelect('gbk-article.txt')).toHaveValue('gb18030');
    await expect(imports.encodingSelect('big5-article.txt')).toHaveValue('big5');
    await expect(imports.encodingSelect('utf16-article.txt')).toHaveValue('utf-16le');
    await expect(imports.encodingSelect('artifacts.txt')).toHaveValue('utf-8');
    // Guessed metadata, shown for editing.
    await imports.entry('gbk-article.txt').locator('summary').click();
    await expect(imports.entry('gbk-article.txt').getByTestId('own-title')).toHaveValue(
      '全市移动方舱核酸站投入使用',
    );
    await expect(imports.entry('gbk-article.txt').getByTestId('own-date')).toHaveValue(
      '2022-04-12',
    );
    await expect(imports.entry('gbk-article.txt').getByTestId('own-place')).toHaveValue(
      '甘肃省 兰州市',
    );
    const ids = Object.fromEntries(
      await Promise.all(GOOD_FILES.map(async (f) => [f.name, await imports.articleId(f.name)])),
    ) as Record<string, string>;

    const check = async () => {
      const library = new LibraryPage(page);
      await library.goto();
      await expect(library.cards).toHaveCount(9);
      await expect(page.getByTestId('own-badge')).toHaveCount(4);
      await expect(library.titleLink(ids['big5-article.txt'] ?? '')).toHaveText(
        BIG5_TEXT.split('\n')[0] ?? '',
      );
      // The artifact-laden file reads clean.
      await library.titleLink(ids['artifacts.txt'] ?? '').click();
      const body = page.getByTestId('article-body');
      await expect(body).toContainText('關鍵時刻');
      await expect(body).not.toContainText('(guān)');
      await expect(body).not.toContainText(',');
      await expect(body).toContainText('黨員幹部下沉一線。');
    };
    await check();
    await page.reload();
    await check();

    // Search finds own articles, across scripts (the Big5 article is Traditional).
    await page.goto('/#/search?q=移动方舱核酸站');
    await expect(page.getByTestId('search-summary')).toContainText('in 2 articles');
    const found = await page
      .getByTestId('hit-group')
      .evaluateAll((gs) => [...new Set(gs.map((g) => g.getAttribute('data-id')))].sort());
    expect(found).toEqual([ids['gbk-article.txt'], ids['big5-article.txt']].sort());

    // Compare puts an own article beside a bundled one.
    await page.goto(`/#/compare?ids=${ids['gbk-article.txt']},shanxi-jixian-2020-02`);
    await expect(page.getByTestId('compare-pane')).toHaveCount(2);

    // Phrases are rediscovered with the own articles: their shared phrase is found.
    const phrases = new PhrasesPage(page);
    await phrases.goto('kind=discovered');
    await expect(page.getByTestId('phrases-rediscovering')).toHaveCount(0, { timeout: 15_000 });
    await expect(phrases.row('移动方舱核酸站')).toHaveCount(1);
  });

  test('a county page with a breadcrumb, run-in credits and inserted readings reads clean, with its title, date and place', async ({
    page,
  }) => {
    const imports = new ImportPage(page);
    await imports.goto();
    await imports.importFiles([REAL_PAGE]);
    await expect(imports.entry(REAL_PAGE.name)).toHaveAttribute('data-status', 'added');
    await imports.entry(REAL_PAGE.name).locator('summary').click();
    const entry = imports.entry(REAL_PAGE.name);
    await expect(entry.getByTestId('own-title')).toHaveValue('霞浦縣長春鎮開展第二輪全員核酸檢測');
    await expect(entry.getByTestId('own-date')).toHaveValue('2022-04-09');
    await expect(entry.getByTestId('own-outlet')).toHaveValue('霞浦县融媒体中心');
    await expect(entry.getByTestId('own-place')).toHaveValue('福建省 宁德市 霞浦县 长春镇');

    await page.goto(`/#/read/${await imports.articleId(REAL_PAGE.name)}`);
    await expect(page.locator('h1')).toHaveText('霞浦縣長春鎮開展第二輪全員核酸檢測');
    const body = page.getByTestId('article-body');
    await expect(body).toContainText('做到應檢盡檢、不漏一人。');
    await expect(body).toContainText('為行動不便的群眾上門採樣。');
    for (const gone of ['(zhǎng)', '(kāi)', '，，', '當前的位置', '上一篇', '責任編輯', '記者'])
      await expect(body).not.toContainText(gone);
    const header = page.locator('.article-header');
    await expect(header).toContainText('霞浦');
    await expect(header).toContainText('2022');
    // How each detail was found, in the editor's notes.
    await header.locator('details.editor-notes summary').click();
    const notes = page.getByTestId('guess-notes');
    await expect(notes.locator('[data-guess="title"]')).toContainText('headline');
    await expect(notes.locator('[data-guess="date"]')).toContainText('2022-04-09');
    await expect(notes.locator('[data-guess="place"]')).toContainText('350921');
  });

  test('a hostile HTML page imports as text with nothing executed or fetched', async ({ page }) => {
    const imports = new ImportPage(page);
    await imports.goto();
    await imports.importFiles([HOSTILE_HTML]);
    await expect(imports.entry('hostile.html')).toHaveAttribute('data-status', 'added');
    const id = await imports.articleId('hostile.html');
    await page.goto(`/#/read/${id}`);
    const body = page.getByTestId('article-body');
    await expect(body).toContainText('社区志愿者每天测量体温，登记来往人员。');
    await expect(body).toContainText('守护家园是我们的责任');
    await expect(body).not.toContainText('pwned');
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
    await expect(page.locator('main iframe, main script, main img')).toHaveCount(0);
    // The fixture fails the test on any request to evil.example.
  });

  test('bad files each say what is wrong, naming the file, and change nothing', async ({
    page,
  }) => {
    const imports = new ImportPage(page);
    await imports.goto();
    await imports.importFiles(BAD_FILES.map((b) => b.file));
    for (const { file, says } of BAD_FILES) {
      const error = imports.error(file.name);
      await expect(error).toContainText(file.name);
      await expect(error).toContainText(says);
    }
    await page.reload();
    const library = new LibraryPage(page);
    await library.goto();
    await expect(library.cards).toHaveCount(5);
    await expect(page.getByTestId('own-badge')).toHaveCount(0);
  });

  test('a duplicate is reported, not added; a wrong encoding can be chosen and undone; delete can be undone', async ({
    page,
  }) => {
    const imports = new ImportPage(page);
    await imports.goto();
    const big5 = GOOD_FILES[1];
    if (!big5) throw new Error('fixture');
    await imports.importFiles([big5]);
    await imports.importFiles([{ ...big5, name: 'again.txt' }]);
    await expect(imports.error('again.txt')).toContainText('already in the library');

    // Forcing GB18030 garbles the text; choosing Big5 again restores it.
    await imports.encodingSelect(big5.name).selectOption('gb18030');
    await expect(imports.entry(big5.name).getByTestId('import-preview')).not.toContainText(
      '移動方艙',
    );
    await imports.encodingSelect(big5.name).selectOption('big5');
    await expect(imports.entry(big5.name).getByTestId('import-preview')).toContainText('移動方艙');

    const library = new LibraryPage(page);
    await library.goto();
    await expect(library.cards).toHaveCount(6);
    // Metadata edited in the library is kept.
    const own = page.locator('[data-testid="article-card"]:has([data-testid="own-badge"])');
    await own.getByRole('button', { name: 'Edit details' }).click();
    await own.getByTestId('own-title').fill('我改的標題');
    await own.getByRole('button', { name: 'Save' }).click();
    await expect(own.locator('.card-title a')).toHaveText('我改的標題');
    await page.reload();
    await expect(own.locator('.card-title a')).toHaveText('我改的標題');
    await page.getByTestId('own-delete').click();
    await expect(library.cards).toHaveCount(5);
    await page.getByTestId('own-undo').getByRole('button').click();
    await expect(library.cards).toHaveCount(6);
  });
});

test.describe('large imports and collections', () => {
  test('200 files of 10 KB import in seconds with progress, the page staying responsive', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const imports = new ImportPage(page);
    await imports.goto();
    const files = manyFiles(200, 10_000);
    // Longest gap between animation frames while importing: the main thread's worst stall.
    await page.evaluate(() => {
      const w = window as { __gap?: number; __stop?: boolean };
      w.__gap = 0;
      w.__stop = false;
      let last = performance.now();
      const tick = (now: number) => {
        w.__gap = Math.max(w.__gap ?? 0, now - last);
        last = now;
        if (!w.__stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const t0 = Date.now();
    await imports.input.setInputFiles(files);
    await expect(imports.progress).toBeVisible();
    await expect(imports.entries).toHaveCount(200, { timeout: 60_000 });
    const ms = Date.now() - t0;
    const gap = await page.evaluate(() => {
      const w = window as { __gap?: number; __stop?: boolean };
      w.__stop = true;
      return w.__gap ?? 0;
    });
    console.info(`200 × 10 KB: ${ms} ms in the browser; longest frame gap ${Math.round(gap)} ms`);
    await expect(page.locator('[data-testid="import-entry"][data-status="added"]')).toHaveCount(
      200,
    );
    expect(ms).toBeLessThan(20_000);
  });

  test('cancelling an import stores nothing', async ({ page }) => {
    const imports = new ImportPage(page);
    await imports.goto();
    await imports.input.setInputFiles(manyFiles(200, 10_000));
    await imports.progress.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByTestId('import-cancelled')).toBeVisible();
    await expect(imports.progress).toHaveCount(0);
    await expect(imports.entries).toHaveCount(0);
    await page.reload();
    const library = new LibraryPage(page);
    await library.goto();
    await expect(library.cards).toHaveCount(5);
  });

  test('a collection exported on one device imports on another', async ({ page, browser }) => {
    const imports = new ImportPage(page);
    await imports.goto();
    await imports.importFiles(GOOD_FILES.slice(0, 2));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      imports.exportButton.click(),
    ]);
    const path = await download.path();
    const other = await browser.newContext();
    const page2 = await other.newPage();
    const imports2 = new ImportPage(page2);
    await imports2.goto();
    await imports2.collectionInput.setInputFiles(path);
    await expect(imports2.entries.first()).toHaveAttribute('data-status', 'collection');
    await expect(imports2.entries.first()).toContainText('2 articles and 0 notes added');
    const library = new LibraryPage(page2);
    await library.goto();
    await expect(library.cards).toHaveCount(7);
    await other.close();
  });
});

test.describe('other ways in', () => {
  test('files dropped anywhere are imported; pasted text is imported too', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.goto();
    const dataTransfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(
        new File(
          ['拖放进来的文章\n2021年6月1日\n这是一篇拖放进来的文章，内容很短。'],
          'dropped.txt',
          {
            type: 'text/plain',
          },
        ),
      );
      return dt;
    });
    await page.dispatchEvent('main', 'dragenter', { dataTransfer });
    await page.dispatchEvent('main', 'drop', { dataTransfer });
    const imports = new ImportPage(page);
    await expect(page).toHaveURL(/#\/import$/);
    // The first import of a fresh browser starts the worker and loads the fold and the gazetteer.
    await expect(imports.entry('dropped.txt')).toHaveAttribute('data-status', 'added', {
      timeout: 20_000,
    });

    await imports.paste.fill('粘贴的文章标题\n这是粘贴进来的一段正文，讲的是社区防控。');
    await page.getByRole('button', { name: 'Import pasted text' }).click();
    await expect(imports.entry('粘贴的文章标题')).toHaveAttribute('data-status', 'added');
    await library.goto();
    await expect(library.cards).toHaveCount(7);
  });
});
