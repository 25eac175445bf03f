import type { Locator, Page } from '@playwright/test';

/** Notes in the reader (toolbar, highlights, panel, toast) and the `#/notes` view. */
export class NotesPage {
  readonly toolbar: Locator;
  readonly noteInput: Locator;
  readonly marks: Locator;
  readonly panel: Locator;
  readonly items: Locator;
  readonly undo: Locator;
  readonly setAsideMessage: Locator;
  readonly view: Locator;
  readonly exportJson: Locator;
  readonly importInput: Locator;
  readonly importMessage: Locator;

  constructor(readonly page: Page) {
    this.toolbar = page.getByTestId('note-toolbar');
    this.noteInput = page.getByTestId('note-input');
    this.marks = page.getByTestId('article-body').getByTestId('note-mark');
    this.panel = page.getByTestId('notes-panel');
    this.items = page.getByTestId('note-item');
    this.undo = page.getByTestId('note-undo');
    this.setAsideMessage = page.getByTestId('notes-set-aside');
    this.view = page.getByTestId('notes-view');
    this.exportJson = page.getByTestId('notes-export-json');
    this.importInput = page.getByTestId('notes-import');
    this.importMessage = page.getByTestId('notes-import-message');
  }

  /**
   * Select `length` code points of body block `p` (1-based) from code point `start`, as a reader
   * dragging over the text would: a DOM selection across whatever marks split the text. Note
   * numbers and other non-text (`data-cp-skip`) are not counted.
   */
  async select(p: number, start: number, length: number): Promise<void> {
    await this.page.evaluate(
      ({ p, start, end }) => {
        const para = document.getElementById(`p-${p}`);
        if (!para) throw new Error(`no paragraph ${p}`);
        const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT, {
          acceptNode: (n) =>
            n.parentElement?.closest('[data-cp-skip]')
              ? NodeFilter.FILTER_REJECT
              : NodeFilter.FILTER_ACCEPT,
        });
        const range = document.createRange();
        let pos = 0;
        let startSet = false;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const cps = Array.from(n.nodeValue ?? '');
          const unitsAt = (k: number): number => cps.slice(0, k).join('').length;
          if (!startSet && start < pos + cps.length) {
            range.setStart(n, unitsAt(start - pos));
            startSet = true;
          }
          if (startSet && end <= pos + cps.length) {
            range.setEnd(n, unitsAt(end - pos));
            break;
          }
          pos += cps.length;
        }
        const sel = document.getSelection();
        sel?.removeAllRanges();
        sel?.addRange(range);
      },
      { p, start, end: start + length },
    );
  }

  /** Highlight the current selection in `colour` with an optional note. */
  async highlight(colour: 'yellow' | 'green' | 'blue' | 'pink', text = ''): Promise<void> {
    await this.toolbar.waitFor();
    if (text) await this.noteInput.fill(text);
    await this.page.getByTestId(`note-colour-${colour}`).click();
    await this.toolbar.waitFor({ state: 'detached' });
  }

  /** The text a note's highlight covers (its pieces joined), and where it starts in its block. */
  async placement(noteIndex = 0): Promise<{ text: string; block: string; start: number }> {
    return this.page.evaluate((i) => {
      const first = document.querySelectorAll('[data-testid="article-body"] [data-note]')[i];
      const id = first?.getAttribute('data-note');
      if (!first || !id) return { text: '', block: '', start: -1 };
      const pieces = [...document.querySelectorAll(`[data-note="${CSS.escape(id)}"]`)];
      const block = first.closest('[data-cp-para]');
      let start = 0;
      const walker = document.createTreeWalker(block ?? document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (first.contains(n)) break;
        if (!n.parentElement?.closest('[data-cp-skip]'))
          start += Array.from(n.nodeValue ?? '').length;
      }
      return {
        text: pieces.map((el) => el.textContent ?? '').join(''),
        block: block?.id ?? '',
        start,
      };
    }, noteIndex);
  }

  /** Open `#/notes`. */
  async gotoView(): Promise<void> {
    await this.page.goto('/#/notes');
    await this.view.waitFor();
  }
}
