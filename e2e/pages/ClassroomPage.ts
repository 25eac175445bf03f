import type { Locator, Page } from '@playwright/test';

/**
 * The classroom tools every view has (copy link, QR code, and on a reader or comparison: present,
 * print handout), the keyboard help dialog, and presentation mode.
 */
export class ClassroomPage {
  readonly tools: Locator;
  readonly copyLink: Locator;
  /** "Link copied", once the clipboard took it. */
  readonly copyStatus: Locator;
  /** The read-only field shown when the clipboard is refused. */
  readonly copyFallback: Locator;
  readonly qrButton: Locator;
  readonly qrDialog: Locator;
  readonly qrSvg: Locator;
  readonly qrUrl: Locator;
  readonly presentButton: Locator;
  readonly printButton: Locator;
  readonly helpButton: Locator;
  readonly helpDialog: Locator;
  /** Presentation mode's bar: previous, "Paragraph n of m", next, leave. */
  readonly presentBar: Locator;
  readonly presentPosition: Locator;
  /** The outlined paragraph(s): one in the reader, one per pane in a comparison. */
  readonly current: Locator;
  readonly header: Locator;
  readonly exportCsv: Locator;
  readonly cite: Locator;
  readonly citation: Locator;

  constructor(readonly page: Page) {
    this.tools = page.getByTestId('view-tools');
    this.copyLink = page.getByTestId('copy-link');
    this.copyStatus = page.getByTestId('copy-link-status');
    this.copyFallback = page.getByTestId('copy-link-fallback');
    this.qrButton = page.getByTestId('qr-button');
    this.qrDialog = page.getByTestId('qr-dialog');
    this.qrSvg = this.qrDialog.getByTestId('qr-svg');
    this.qrUrl = this.qrDialog.getByTestId('qr-url');
    this.presentButton = page.getByTestId('present-button');
    this.printButton = page.getByTestId('print-button');
    this.helpButton = page.getByTestId('help-button');
    this.helpDialog = page.getByTestId('help-dialog');
    this.presentBar = page.getByTestId('present-bar');
    this.presentPosition = page.getByTestId('present-position');
    this.current = page.locator('.present-current');
    this.header = page.locator('header.site-header');
    this.exportCsv = page.getByTestId('export-csv');
    this.cite = page.getByTestId('cite');
    this.citation = page.getByTestId('citation');
  }

  /** Ids of the outlined paragraphs, in page order (`p-3`, or `pane0-p-3`, `pane1-p-3`). */
  async currentIds(): Promise<string[]> {
    return this.current.evaluateAll((els) => els.map((el) => el.id));
  }

  /** Put the keyboard on the page itself (not in a field), as a reader would by clicking text. */
  async focusPage(): Promise<void> {
    await this.page.locator('main').focus();
  }
}
