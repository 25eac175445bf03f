import type { Locator, Page } from '@playwright/test';

/** The query part of the hash route (`#/search?q=…` → its parameters, decoded). */
export function hashParams(page: Page): URLSearchParams {
  const hash = new URL(page.url()).hash;
  const q = hash.indexOf('?');
  return new URLSearchParams(q >= 0 ? hash.slice(q + 1) : '');
}

/** The path part of the hash route (`#/read/<id>?…` → `/read/<id>`). */
export function hashPath(page: Page): string {
  return new URL(page.url()).hash.replace(/^#/, '').split('?')[0] ?? '';
}

/**
 * The concordance at `#/search?q=…` and the header search box that leads there (present on every
 * view). Exact hits are grouped by article (date order) or listed flat (context orders); pinyin
 * and approximate matches have sections of their own.
 */
export class SearchPage {
  /** The header search box: `input[type=search]`, accessible name "Search" / 搜索. */
  readonly input: Locator;
  readonly view: Locator;
  readonly heading: Locator;
  /** "7 exact hits in 3 articles", or "No exact hits for “…”". */
  readonly summary: Locator;
  /** Messages about the query itself: empty, punctuation only, truncated. */
  readonly notices: Locator;
  readonly truncated: Locator;
  readonly exactResults: Locator;
  /** Article groups of exact hits (only in date order), each with `data-id`. */
  readonly groups: Locator;
  /** Every concordance line on the page (exact and pinyin). */
  readonly lines: Locator;
  readonly exactLines: Locator;
  readonly pinyinResults: Locator;
  /** "Pinyin matches for “…”". */
  readonly pinyinHeading: Locator;
  readonly approxResults: Locator;
  readonly approxLines: Locator;
  readonly sort: Locator;
  readonly filterArticle: Locator;
  readonly filterPlace: Locator;
  readonly filterYear: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByTestId('search-input');
    this.view = page.locator('section.search-view');
    this.heading = this.view.getByRole('heading', { level: 1 });
    this.summary = page.getByTestId('search-summary');
    this.notices = this.view.locator('.notice');
    this.truncated = page.getByTestId('search-truncated');
    this.exactResults = page.getByTestId('exact-results');
    this.groups = this.exactResults.getByTestId('hit-group');
    this.lines = this.view.getByTestId('kwic-line');
    this.exactLines = this.exactResults.getByTestId('kwic-line');
    this.pinyinResults = page.getByTestId('pinyin-results');
    this.pinyinHeading = page.locator('h2#pinyin-title');
    this.approxResults = page.getByTestId('approx-results');
    this.approxLines = this.approxResults.getByTestId('approx-line');
    this.sort = page.getByTestId('search-sort');
    this.filterArticle = page.getByTestId('filter-article');
    this.filterPlace = page.getByTestId('filter-place');
    this.filterYear = page.getByTestId('filter-year');
  }

  /** Open the results for `q` directly (a fresh load), with any extra parameters. */
  async goto(q: string, extra: Record<string, string> = {}): Promise<void> {
    const params = new URLSearchParams({ q, ...extra });
    await this.page.goto(`/#/search?${params.toString()}`);
    await this.heading.waitFor();
  }

  /** Open `#/search?<raw>` exactly as given (for hand-encoded oddities such as `%00`). */
  async gotoRaw(rawQuery: string): Promise<void> {
    await this.page.goto(`/#/search?${rawQuery}`);
    await this.heading.waitFor();
  }

  /** Replace what is in the box and search at once (Enter). */
  async search(q: string): Promise<void> {
    await this.input.fill(q);
    await this.input.press('Enter');
  }

  /** One article's group of exact hits. */
  group(id: string): Locator {
    return this.exactResults.locator(`[data-testid="hit-group"][data-id="${id}"]`);
  }

  /** Ids of the article groups within `scope` (exact results by default), in page order. */
  async groupIds(scope: Locator = this.exactResults): Promise<string[]> {
    return scope
      .getByTestId('hit-group')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''));
  }

  /** `{ id: 3 }`: the hit count badge of each article group within `scope`, as a number. */
  async hitCounts(scope: Locator = this.exactResults): Promise<Record<string, number>> {
    const pairs = await scope
      .getByTestId('hit-group')
      .evaluateAll((els) =>
        els.map((el) => [
          el.getAttribute('data-id') ?? '',
          el.querySelector('[data-testid="hit-count"]')?.textContent ?? '',
        ]),
      );
    return Object.fromEntries(pairs.map(([id, text]) => [id, parseInt(text ?? '', 10)]));
  }

  /** The highlighted part (`mark.kwic-hit`) of every line within `scope`, in page order. */
  async hitTexts(scope: Locator = this.view): Promise<string[]> {
    return scope.locator('mark.kwic-hit').allTextContents();
  }

  /** The left contexts of every line within `scope`, in page order. */
  async leftContexts(scope: Locator = this.exactResults): Promise<string[]> {
    return scope.locator('.kwic-left').allTextContents();
  }
}

/** What a search adds to the reader at `#/read/<id>?q=…&hit=n`: highlights and the navigator. */
export class ReaderHits {
  /** Every highlighted hit in the body (`mark.hit`). */
  readonly marks: Locator;
  /** The current hit (`mark.hit.current`). */
  readonly current: Locator;
  /** "Hit n of m for “…”" with previous/next and "Clear highlights". */
  readonly nav: Locator;
  readonly prev: Locator;
  readonly next: Locator;
  readonly clear: Locator;

  constructor(readonly page: Page) {
    const body = page.getByTestId('article-body');
    this.marks = body.getByTestId('hit-mark');
    this.current = body.locator('mark.hit.current');
    this.nav = page.getByTestId('hit-nav');
    this.prev = this.nav.getByRole('button', { name: 'Previous hit' });
    this.next = this.nav.getByRole('button', { name: 'Next hit' });
    this.clear = this.nav.getByRole('button', { name: 'Clear highlights' });
  }

  /** Open an article on hit `hit` of `q` (a fresh load, as from a shared link). */
  async goto(id: string, q: string, hit: number): Promise<void> {
    const params = new URLSearchParams({ q, hit: String(hit) });
    await this.page.goto(`/#/read/${id}?${params.toString()}`);
    await this.page.getByTestId('reader').waitFor();
  }
}
