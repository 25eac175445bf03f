import type { Locator, Page } from '@playwright/test';

/** The reader at `#/read/<id>`: one cleaned article with its apparatus, source and settings. */
export class ReaderPage {
  readonly reader: Locator;
  readonly title: Locator;
  /** The `.reading` container: carries the article's `lang` and the chosen font size. */
  readonly reading: Locator;
  readonly body: Locator;
  readonly paragraphs: Locator;
  readonly marks: Locator;
  readonly apparatus: Locator;
  readonly apparatusEntries: Locator;
  readonly sourceToggle: Locator;
  readonly sourceText: Locator;
  readonly prev: Locator;
  readonly next: Locator;
  readonly smaller: Locator;
  readonly larger: Locator;
  readonly theme: Locator;
  /** The script select in the header (global: every view follows it). */
  readonly globalScript: Locator;
  /** The same control in the reader's sticky toolbar. */
  readonly toolbarScript: Locator;
  /** The "Shown in: …" badges under the title. */
  readonly scriptStatus: Locator;
  /** Shown above the original text while the Traditional dictionary loads. */
  readonly scriptLoading: Locator;
  /** The notice about a `?script=` or `?ui=` value that means nothing. */
  readonly linkNotice: Locator;

  constructor(readonly page: Page) {
    this.reader = page.getByTestId('reader');
    this.title = page.locator('h1#article-title');
    this.reading = page.locator('.reading');
    this.body = page.getByTestId('article-body');
    this.paragraphs = this.body.getByTestId('paragraph');
    this.marks = this.body.getByTestId('damage-mark');
    this.apparatus = page.getByTestId('apparatus');
    this.apparatusEntries = this.apparatus.getByTestId('apparatus-entry');
    this.sourceToggle = page.getByRole('button', { name: /source text/i });
    this.sourceText = page.getByTestId('source-text');
    this.prev = page.locator('a[rel=prev]');
    this.next = page.locator('a[rel=next]');
    this.smaller = page.getByRole('button', { name: 'Smaller text' });
    this.larger = page.getByRole('button', { name: 'Larger text' });
    this.theme = page.getByLabel('Theme');
    this.globalScript = page.getByTestId('global-script');
    this.toolbarScript = page.locator('.reader-toolbar select');
    this.scriptStatus = page.getByTestId('script-status');
    this.scriptLoading = page.getByTestId('script-loading');
    this.linkNotice = page.getByTestId('link-notice');
  }

  /** Open an article directly (a fresh load, as from a bookmark), optionally at paragraph `p`. */
  async goto(id: string, p?: number): Promise<void> {
    await this.page.goto(`/#/read/${id}${p ? `?p=${p}` : ''}`);
    await this.reader.waitFor();
  }

  /** Open an article with extra query parameters, e.g. `script=tw` (a fresh load). */
  async open(id: string, query: string): Promise<void> {
    await this.page.goto(`/#/read/${id}${query ? `?${query}` : ''}`);
    await this.reader.waitFor();
  }

  /** Wait until no dictionary is loading, i.e. the text is in the script that was asked for. */
  async settled(): Promise<void> {
    await this.paragraphs.first().waitFor();
    await this.scriptLoading.waitFor({ state: 'detached' });
  }

  /** A body block by its 1-based anchor (`p-1`, `p-2`…; headings are numbered too). */
  block(n: number): Locator {
    return this.body.locator(`[id="p-${n}"]`);
  }

  /** The body text as rendered, i.e. what a reader sees. */
  async visibleBodyText(): Promise<string> {
    return this.body.innerText();
  }

  /** The computed font size of the reading text, in CSS pixels. */
  async bodyFontSize(): Promise<number> {
    return this.reading.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  }
}
