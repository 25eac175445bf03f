import type { Locator, Page } from '@playwright/test';

/** An exact-text pattern for a link or label (phrases contain regex-special characters like `“`). */
function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/**
 * The phrase matrix at `#/phrases?kind=…&category=…`: one column per article (date order), one row
 * per phrase (`data-kind`, `data-family`), a cell per article with its `data-count`.
 */
export class PhrasesPage {
  readonly matrix: Locator;
  /** The scrollable region around the table. */
  readonly matrixWrap: Locator;
  readonly columns: Locator;
  readonly rows: Locator;
  readonly kind: Locator;
  readonly category: Locator;

  constructor(readonly page: Page) {
    this.matrix = page.getByTestId('phrase-matrix');
    this.matrixWrap = page.locator('.matrix-wrap');
    this.columns = this.matrix.getByTestId('matrix-article');
    this.rows = this.matrix.getByTestId('matrix-row');
    this.kind = page.getByTestId('phrases-kind');
    this.category = page.getByTestId('phrases-category');
  }

  /** Open the matrix directly; `query` is the raw query, e.g. `kind=glossary`. */
  async goto(query = ''): Promise<void> {
    await this.page.goto(`/#/phrases${query ? `?${query}` : ''}`);
    await this.matrix.waitFor();
  }

  /** The row whose phrase link reads exactly `text` (as shown in the global script). */
  row(text: string): Locator {
    return this.rows.filter({
      has: this.page.locator('th a').filter({ hasText: exactly(text) }),
    });
  }

  /** The row's counts, one per article column (date order). */
  async counts(text: string): Promise<number[]> {
    return this.row(text)
      .locator('td[data-count]')
      .evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-count'))));
  }

  /** The article ids of the columns, from their reader links. */
  async columnIds(): Promise<string[]> {
    return this.columns
      .locator('a')
      .evaluateAll((as) =>
        as.map((a) => decodeURIComponent(a.getAttribute('href') ?? '').replace(/^#\/read\//, '')),
      );
  }

  /** Every row's phrase text, in table order. */
  async rowTexts(): Promise<string[]> {
    return this.rows.locator('th a').allTextContents();
  }
}

/** One phrase at `#/phrases/<glossary id or folded text>`. */
export class PhraseDetailPage {
  readonly detail: Locator;
  readonly heading: Locator;
  readonly entry: Locator;
  readonly notice: Locator;
  readonly groups: Locator;
  readonly lines: Locator;
  readonly timeline: Locator;
  readonly compareLink: Locator;
  readonly notFound: Locator;

  constructor(readonly page: Page) {
    this.detail = page.getByTestId('phrase-detail');
    this.heading = page.locator('h1#phrase-title');
    this.entry = page.getByTestId('glossary-entry');
    this.notice = this.detail.locator('p.notice');
    this.groups = page.getByTestId('occurrence-group');
    this.lines = page.getByTestId('kwic-line');
    this.timeline = this.detail.locator('svg.phrase-timeline');
    this.compareLink = this.detail.locator('a[href^="#/compare"]');
    this.notFound = page.getByTestId('not-found-message');
  }

  async goto(key: string): Promise<void> {
    await this.page.goto(`/#/phrases/${encodeURIComponent(key)}`);
    await this.page
      .locator('[data-testid="phrase-detail"], [data-testid="not-found-message"]')
      .first()
      .waitFor();
  }

  group(id: string): Locator {
    return this.page.locator(`[data-testid="occurrence-group"][data-id="${id}"]`);
  }

  async groupIds(): Promise<string[]> {
    return this.groups.evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''));
  }
}

/** `#/timeline?phrase=<key>`: dots on a time axis and the list of articles. */
export class TimelinePage {
  readonly heading: Locator;
  readonly follow: Locator;
  readonly dots: Locator;
  readonly articles: Locator;

  constructor(readonly page: Page) {
    this.heading = page.locator('h1#timeline-title');
    this.follow = page.getByTestId('timeline-phrase');
    this.dots = page.getByTestId('timeline-dot');
    this.articles = page.getByTestId('timeline-article');
  }

  async goto(phrase?: string): Promise<void> {
    await this.page.goto(`/#/timeline${phrase ? `?phrase=${encodeURIComponent(phrase)}` : ''}`);
    await this.heading.waitFor();
  }

  /** The dot of one article (its link leads to the reader). */
  dot(id: string): Locator {
    return this.page.locator(`a[href="#/read/${id}"] [data-testid="timeline-dot"]`);
  }

  /** Ids of the articles whose dot is on, in document order. */
  async onIds(): Promise<string[]> {
    return this.page
      .locator('a:has([data-testid="timeline-dot"][data-on="true"])')
      .evaluateAll((as) =>
        as.map((a) => (a.getAttribute('href') ?? '').replace(/^#\/read\//, '')).sort(),
      );
  }
}

/**
 * Phrase highlighting in `#/compare?ids=…&phrase=…&marks=…`: panes, marks, legend, mark toggles
 * and overview rulers.
 */
export class ComparePhrasesPage {
  readonly heading: Locator;
  readonly panes: Locator;
  readonly tabs: Locator;
  readonly legend: Locator;
  readonly legendItems: Locator;
  readonly markGlossary: Locator;
  readonly markDiscovered: Locator;
  readonly markShared: Locator;

  constructor(readonly page: Page) {
    this.heading = page.locator('h1#compare-title');
    this.panes = page.getByTestId('compare-pane');
    this.tabs = page.getByRole('tablist').getByRole('tab');
    this.legend = page.getByTestId('legend');
    this.legendItems = this.legend.getByTestId('legend-item');
    this.markGlossary = page.getByTestId('mark-glossary');
    this.markDiscovered = page.getByTestId('mark-discovered');
    this.markShared = page.getByTestId('mark-sharedOnly');
  }

  /** Open a comparison; `query` holds the parameters after `ids=` (e.g. `scripts=,tw&phrase=x`). */
  async goto(ids: readonly string[], query = ''): Promise<void> {
    await this.page.goto(`/#/compare?ids=${ids.join(',')}${query ? `&${query}` : ''}`);
    await this.heading.waitFor();
    await this.panes.first().getByTestId('paragraph').first().waitFor();
    await this.page.getByTestId('script-loading').first().waitFor({ state: 'detached' });
  }

  pane(id: string): Locator {
    return this.page.locator(`[data-testid="compare-pane"][data-id="${id}"]`);
  }

  /** The pane's scroll box on a wide screen (on a phone it grows with its text). */
  scroller(id: string): Locator {
    return this.pane(id).locator('.pane-reading');
  }

  /** Phrase marks in a pane, optionally of one phrase (or family group) key. */
  marks(id: string, key?: string): Locator {
    const sel = key
      ? `mark[data-testid="phrase-mark"][data-phrase="${key}"]`
      : 'mark[data-testid="phrase-mark"]';
    return this.pane(id).locator(sel);
  }

  legendItem(key: string): Locator {
    return this.legend.locator(`[data-testid="legend-item"][data-phrase="${key}"]`);
  }

  rulerTicks(id: string): Locator {
    return this.pane(id).getByTestId('ruler').locator('.tick');
  }

  async legendKeys(): Promise<string[]> {
    return this.legendItems.evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-phrase') ?? ''),
    );
  }

  /** Phrase keys marked in a pane, without repeats. */
  async markedKeys(id: string): Promise<string[]> {
    return this.marks(id).evaluateAll((els) => [
      ...new Set(els.map((e) => e.getAttribute('data-phrase') ?? '')),
    ]);
  }

  /** Make a pane visible: on a phone press its tab (on a wide screen every pane shows). */
  async show(index: number): Promise<void> {
    const tab = this.tabs.nth(index);
    if (await tab.isVisible()) await tab.click();
    await this.panes.nth(index).waitFor({ state: 'visible' });
  }

  /**
   * Whether a reader sees `mark` without scrolling: on a wide screen, within its pane's scroll box
   * (the page itself is not scrolled by the app); on a phone, where the pane grows with its text,
   * within the window.
   */
  async isSeen(mark: Locator): Promise<boolean> {
    return mark.evaluate((el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return false;
      const scroller = el.closest<HTMLElement>('.pane-reading');
      if (scroller && scroller.scrollHeight > scroller.clientHeight + 1) {
        const box = scroller.getBoundingClientRect();
        return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
      }
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
  }
}

/** The glossary marks and card in the reader at `#/read/<id>`. */
export class ReaderMarks {
  readonly reader: Locator;
  readonly marks: Locator;
  readonly toggle: Locator;
  readonly card: Locator;

  constructor(readonly page: Page) {
    this.reader = page.getByTestId('reader');
    this.marks = page.getByTestId('article-body').locator('mark[data-testid="phrase-mark"]');
    this.toggle = page.locator('.reader-toolbar').getByTestId('mark-glossary');
    this.card = page.getByTestId('glossary-card');
  }

  async goto(id: string): Promise<void> {
    await this.page.goto(`/#/read/${id}`);
    await this.reader.waitFor();
    await this.page.getByTestId('article-body').getByTestId('paragraph').first().waitFor();
  }

  mark(key: string): Locator {
    return this.marks.and(this.page.locator(`[data-phrase="${key}"]`));
  }
}
