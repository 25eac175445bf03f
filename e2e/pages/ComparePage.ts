import type { Locator, Page } from '@playwright/test';

/** The comparison at `#/compare?ids=a,b[,…]&scripts=,tw`: panes side by side (tabs on a phone). */
export class ComparePage {
  readonly heading: Locator;
  readonly panes: Locator;
  readonly tabs: Locator;
  /** The notice listing ids in the link that are not articles. */
  readonly unknown: Locator;
  /** The script select in the header (panes without their own script follow it). */
  readonly globalScript: Locator;

  constructor(readonly page: Page) {
    this.heading = page.locator('h1#compare-title');
    this.panes = page.getByTestId('compare-pane');
    this.tabs = page.getByRole('tablist').getByRole('tab');
    this.unknown = page.getByTestId('compare-unknown');
    this.globalScript = page.getByTestId('global-script');
  }

  /** Open a comparison directly; `scripts` is the raw `scripts=` value (e.g. `,tw`). */
  async goto(ids: readonly string[], scripts?: string, extra?: string): Promise<void> {
    const query = [
      `ids=${ids.join(',')}`,
      ...(scripts !== undefined ? [`scripts=${scripts}`] : []),
      ...(extra ? [extra] : []),
    ].join('&');
    await this.page.goto(`/#/compare?${query}`);
    await this.heading.waitFor();
  }

  pane(id: string): Locator {
    return this.page.locator(`[data-testid="compare-pane"][data-id="${id}"]`);
  }

  /** The pane's own script select; the empty value means "same as everywhere". */
  paneScript(id: string): Locator {
    return this.pane(id).getByTestId('pane-script');
  }

  paneTitle(id: string): Locator {
    return this.pane(id).locator('.pane-header h2');
  }

  /** The pane's `.reading` container: carries the `lang` of the script it shows. */
  paneReading(id: string): Locator {
    return this.pane(id).locator('.reading');
  }

  paneBody(id: string): Locator {
    return this.pane(id).getByTestId('article-body');
  }

  /** Wait until no pane is waiting for the Traditional dictionary. */
  async settled(): Promise<void> {
    await this.panes.first().getByTestId('paragraph').first().waitFor();
    await this.page.getByTestId('script-loading').first().waitFor({ state: 'detached' });
  }

  /** Make a pane visible: on a phone, press its tab (on a wide screen every pane is shown). */
  async show(id: string): Promise<void> {
    const index = (await this.ids()).indexOf(id);
    if (index < 0) throw new Error(`no pane for ${id}`);
    const tab = this.tabs.nth(index);
    if (await tab.isVisible()) await tab.click();
    await this.pane(id).waitFor({ state: 'visible' });
  }

  /** Pane ids in the order shown. */
  async ids(): Promise<string[]> {
    return this.panes.evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''));
  }
}
