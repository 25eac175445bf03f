import type { Locator, Page } from '@playwright/test';

/** The library at `#/`: one card per bundled article, sortable by date or place. */
export class LibraryPage {
  readonly heading: Locator;
  readonly cards: Locator;
  /** The script select in the header (global: every view follows it). */
  readonly globalScript: Locator;
  /** "Compare selected (n)": opens the comparison of the checked cards. */
  readonly compareSelected: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Library' });
    this.cards = page.getByTestId('article-card');
    this.globalScript = page.getByTestId('global-script');
    this.compareSelected = page.getByRole('button', { name: /^Compare selected \(\d+\)$/ });
  }

  /** Open the library with query parameters (`ui=zh`, `script=tw`…), in whatever language. */
  async open(query: string): Promise<void> {
    await this.page.goto(`/#/${query ? `?${query}` : ''}`);
    await this.cards.first().waitFor();
  }

  /** A card's "Select for comparison" checkbox. */
  selectBox(id: string): Locator {
    return this.card(id).getByRole('checkbox', { name: 'Select for comparison' });
  }

  /** Open the library directly (a fresh load), optionally sorted by place. */
  async goto(sort: 'date' | 'place' = 'date'): Promise<void> {
    await this.page.goto(sort === 'place' ? '/#/?sort=place' : '/#/');
    await this.heading.waitFor();
  }

  card(id: string): Locator {
    return this.page.locator(`[data-testid="article-card"][data-id="${id}"]`);
  }

  /** The title link of a card (the way into the reader). */
  titleLink(id: string): Locator {
    return this.card(id).locator('.card-title a');
  }

  /** Article ids in the order the cards are shown. */
  async ids(): Promise<string[]> {
    return this.cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''));
  }

  /** The value shown for one field of a card's metadata list ("Outlet", "Place", "Date"). */
  field(id: string, label: 'Outlet' | 'Place' | 'Date'): Locator {
    return this.card(id)
      .locator('.card-meta > div')
      .filter({ has: this.page.locator('dt', { hasText: label }) })
      .locator('dd');
  }

  sortLink(by: 'Date' | 'Place'): Locator {
    return this.page
      .getByRole('group', { name: 'Sort by' })
      .getByRole('link', { name: by, exact: true });
  }
}
