import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { ARTICLES } from './corpus.ts';
import { NotesPage } from './pages/NotesPage.ts';
import { ReaderPage } from './pages/ReaderPage.ts';

const gansu = ARTICLES.find((a) => a.id === 'gansu-huixian-2021-11')!;
// 初冬时节，寒风凛冽，新一轮|新冠肺炎疫情来势汹汹| : code points 13–23 of the first paragraph.
const START = 13;
const QUOTE_CN = '新冠肺炎疫情来势汹汹';
const QUOTE_TW = '新冠肺炎疫情來勢洶洶';

test.describe('notes', () => {
  test('a note made in Simplified is on the same characters in Traditional and after reload', async ({
    page,
  }) => {
    const reader = new ReaderPage(page);
    const notes = new NotesPage(page);
    await reader.open(gansu.id, 'script=cn');
    await reader.settled();
    await notes.select(1, START, QUOTE_CN.length);
    await notes.highlight('blue', 'The outbreak, as the report frames it');
    await expect(notes.marks.first()).toBeVisible();
    expect(await notes.placement()).toEqual({ text: QUOTE_CN, block: 'p-1', start: START });
    await expect(notes.panel.getByTestId('note-item')).toHaveCount(1);
    await expect(notes.panel.getByTestId('note-text')).toHaveText(
      'The outbreak, as the report frames it',
    );
    // The highlight carries its number, and the text around it is unchanged.
    await expect(reader.block(1).locator('sup.note-ref')).toHaveText('1');

    await reader.open(gansu.id, 'script=tw');
    await reader.settled();
    await expect(notes.marks.first()).toBeVisible();
    expect(await notes.placement()).toEqual({ text: QUOTE_TW, block: 'p-1', start: START });
    await expect(notes.panel.locator('.note-quote')).toHaveText(QUOTE_TW);

    await page.reload();
    await reader.settled();
    await expect(notes.marks.first()).toBeVisible();
    expect(await notes.placement()).toEqual({ text: QUOTE_TW, block: 'p-1', start: START });
    // The print-only footnote list carries the note.
    await expect(page.locator('ol.note-footnotes li')).toHaveText(/The outbreak/);
    await expect(page.locator('ol.note-footnotes')).toBeHidden();
  });

  test('keyboard: Tab after selecting reaches the toolbar, Enter saves, Esc closes', async ({
    page,
  }) => {
    const reader = new ReaderPage(page);
    const notes = new NotesPage(page);
    await reader.open(gansu.id, 'script=cn');
    await reader.settled();
    await notes.select(1, 0, 4);
    await notes.toolbar.waitFor();
    await page.keyboard.press('Tab');
    await expect(notes.noteInput).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(notes.toolbar).toHaveCount(0);
    await notes.select(1, 0, 4);
    await page.keyboard.press('Tab');
    await page.keyboard.type('typed');
    await page.keyboard.press('Enter');
    await expect(notes.panel.getByTestId('note-text')).toHaveText('typed');
    expect(await notes.placement()).toEqual({ text: '初冬时节', block: 'p-1', start: 0 });
  });

  test('edit, delete and undo', async ({ page }) => {
    const reader = new ReaderPage(page);
    const notes = new NotesPage(page);
    await reader.open(gansu.id, 'script=cn');
    await reader.settled();
    await notes.select(1, 0, 4);
    await notes.highlight('yellow', 'first');
    const item = notes.panel.getByTestId('note-item');
    await item.getByTestId('note-edit').click();
    await item.getByTestId('note-edit-text').fill('edited');
    await item.getByLabel(/pink/).check();
    await item.getByTestId('note-save').click();
    await expect(item.getByTestId('note-text')).toHaveText('edited');
    await expect(notes.marks.first()).toHaveClass(/note-pink/);
    await page.reload();
    await reader.settled();
    await expect(notes.panel.getByTestId('note-text')).toHaveText('edited');

    await notes.panel.getByTestId('note-delete').click();
    await expect(notes.panel.getByTestId('note-item')).toHaveCount(0);
    await expect(notes.marks).toHaveCount(0);
    await notes.undo.click();
    await expect(notes.panel.getByTestId('note-text')).toHaveText('edited');
    await expect(notes.marks.first()).toBeVisible();
    await page.reload();
    await reader.settled();
    await expect(notes.panel.getByTestId('note-text')).toHaveText('edited');

    // Deleted and not undone: gone after a reload too.
    await notes.panel.getByTestId('note-delete').click();
    await expect(notes.undo).toBeVisible();
    await page.reload();
    await reader.settled();
    await expect(notes.panel.getByTestId('note-item')).toHaveCount(0);
  });

  test('notes export to JSON and import into a fresh browser context unchanged', async ({
    page,
    browser,
  }, testInfo) => {
    const reader = new ReaderPage(page);
    const notes = new NotesPage(page);
    await reader.open(gansu.id, 'script=cn');
    await reader.settled();
    await notes.select(1, START, QUOTE_CN.length);
    await notes.highlight('green', 'first note');
    await notes.select(2, 2, 6);
    await notes.highlight('pink');
    await notes.gotoView();
    await expect(notes.items).toHaveCount(2);
    const [download] = await Promise.all([page.waitForEvent('download'), notes.exportJson.click()]);
    const path = testInfo.outputPath('notes.json');
    await download.saveAs(path);
    const exported = JSON.parse(readFileSync(path, 'utf8')) as {
      format: string;
      notes: unknown[];
    };
    expect(exported.format).toBe('refrain-notes');
    expect(exported.notes).toHaveLength(2);

    const fresh = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
    try {
      const other = await fresh.newPage();
      const otherNotes = new NotesPage(other);
      await otherNotes.gotoView();
      await expect(otherNotes.items).toHaveCount(0);
      await otherNotes.importInput.setInputFiles(path);
      await expect(otherNotes.importMessage).toContainText('2 notes added');
      await expect(otherNotes.items).toHaveCount(2);
      // Importing again adds nothing.
      await otherNotes.importInput.setInputFiles(path);
      await expect(otherNotes.importMessage).toContainText('2 already here');
      await expect(otherNotes.items).toHaveCount(2);
      const [again] = await Promise.all([
        other.waitForEvent('download'),
        otherNotes.exportJson.click(),
      ]);
      const againPath = testInfo.outputPath('notes-again.json');
      await again.saveAs(againPath);
      const reexported = JSON.parse(readFileSync(againPath, 'utf8')) as { notes: unknown[] };
      expect(reexported.notes).toEqual(exported.notes);
      // And the notes are on the text in the other profile.
      const otherReader = new ReaderPage(other);
      await otherReader.open(gansu.id, 'script=cn');
      await otherReader.settled();
      expect(await otherNotes.placement()).toEqual({ text: QUOTE_CN, block: 'p-1', start: START });
    } finally {
      await fresh.close();
    }
  });

  test('a corrupt stored note is set aside with a message; the good notes stay', async ({
    page,
  }) => {
    const reader = new ReaderPage(page);
    const notes = new NotesPage(page);
    await reader.open(gansu.id, 'script=cn');
    await reader.settled();
    await notes.select(1, START, QUOTE_CN.length);
    await notes.highlight('yellow', 'good');
    await expect(notes.panel.getByTestId('note-item')).toHaveCount(1);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('refrain');
          open.onerror = () => reject(new Error('open failed'));
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('notes', 'readwrite');
            tx.objectStore('notes').put({ schema: 1, id: 'broken', colour: 42 }, 'broken');
            tx.objectStore('notes').put('not a note at all', 'garbage');
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(new Error('write failed'));
          };
        }),
    );
    await page.reload();
    await reader.settled();
    await expect(notes.setAsideMessage).toContainText(
      '2 notes could not be read and were set aside',
    );
    await expect(notes.panel.getByTestId('note-item')).toHaveCount(1);
    expect(await notes.placement()).toEqual({ text: QUOTE_CN, block: 'p-1', start: START });
    // The set-aside records can be downloaded, exactly as stored.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notes.setAsideMessage.getByRole('button', { name: 'Download them as JSON' }).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toContain('not a note at all');
    expect(text).toContain('"broken"');
    await notes.setAsideMessage.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notes.setAsideMessage).toHaveCount(0);
    // The app still works: a new note can be made.
    await notes.select(2, 0, 3);
    await notes.highlight('green');
    await expect(notes.panel.getByTestId('note-item')).toHaveCount(2);
  });
});
