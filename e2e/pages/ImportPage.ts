import type { Locator, Page } from '@playwright/test';

/** A file handed to the file input: name, type and bytes. */
export interface FixtureFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/**
 * The import view at `#/import`: a multiple-file input, a paste box, progress with cancel, and one
 * result per file (`data-name`, `data-status`: added | collection | the refusal's kind).
 */
export class ImportPage {
  readonly heading: Locator;
  readonly input: Locator;
  readonly collectionInput: Locator;
  readonly entries: Locator;
  readonly progress: Locator;
  readonly paste: Locator;
  readonly exportButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.locator('h1#import-title');
    this.input = page.getByTestId('import-input');
    this.collectionInput = page.getByTestId('collection-input');
    this.entries = page.getByTestId('import-entry');
    this.progress = page.getByTestId('import-progress');
    this.paste = page.getByTestId('import-paste');
    this.exportButton = page.getByTestId('collection-export');
  }

  async goto(): Promise<void> {
    await this.page.goto('/#/import');
    await this.heading.waitFor();
  }

  /** Choose files in the file input (they are imported at once); waits for every result. */
  async importFiles(files: FixtureFile[]): Promise<void> {
    const before = await this.entries.count();
    await this.input.setInputFiles(files);
    await this.entries.nth(before + files.length - 1).waitFor();
  }

  entry(name: string): Locator {
    return this.page.locator(`[data-testid="import-entry"][data-name="${name}"]`);
  }

  /** The refusal message of a file. */
  error(name: string): Locator {
    return this.entry(name).getByTestId('import-error');
  }

  encodingSelect(name: string): Locator {
    return this.entry(name).getByTestId('import-encoding');
  }

  /** The id of the article a file became (from its "Read" link). */
  async articleId(name: string): Promise<string> {
    const href = await this.entry(name).getByRole('link').first().getAttribute('href');
    return decodeURIComponent((href ?? '').replace(/^#\/read\//, '').split('?')[0] ?? '');
  }
}
