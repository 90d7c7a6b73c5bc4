/**
 * The Cite and Quote dialogs as a reader meets them, for the browser tests (in the manner of
 * starlight-blog's tests/e2e/fixtures): one place for the dialogs' selectors, so that a change to
 * their markup (src/components/cite/CitePanel.astro, QuoteDialogParts.astro) is mended here once.
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

export type CitedWork = 'article' | 'edition';

/** A Cite panel: under a page's title, on a citation page (`details.cite-panel`), or in a dialog. */
export class CitePanel {
  constructor(
    readonly page: Page,
    readonly root: Locator = page.locator('details.cite-panel'),
  ) {}

  /** Waits until the panel has its access dates and copy buttons. */
  async ready(): Promise<this> {
    await this.root.locator('cite-panel[data-ready]').waitFor();
    return this;
  }

  /** One citation style of one work: its reference, in-text form and copy button. */
  style(work: CitedWork, style: string): Locator {
    return this.root.locator(`[data-work="${work}"] [data-style="${style}"]`);
  }
  reference(work: CitedWork, style: string): Locator {
    return this.style(work, style).locator('[data-cite-reference]');
  }
  inText(work: CitedWork, style: string): Locator {
    return this.style(work, style).locator('[data-cite-intext]');
  }
  copyButton(work: CitedWork, style: string): Locator {
    return this.style(work, style).locator('button.cite-copy');
  }

  /** One data format (BibTeX, RIS, CSL-JSON) of one work: a disclosure with the data, a copy button and a download. */
  format(work: CitedWork, format: string): Locator {
    return this.root.locator(`[data-work="${work}"] [data-format="${format}"]`);
  }

  /** Opens a data format's disclosure and copies its data with its button: what the clipboard then holds. */
  async copyData(work: CitedWork, format: string): Promise<string> {
    await this.format(work, format).locator('> summary').click();
    return copiedBy(this.page, this.format(work, format).locator('button.cite-copy'));
  }
}

/** The dialog a paragraph's Cite link opens: the Cite panel of the paragraph's citation page. */
export class CiteDialog extends CitePanel {
  readonly title: Locator;
  readonly closeButton: Locator;

  constructor(page: Page) {
    super(page, page.locator('#cite-dialog'));
    this.title = this.root.locator('#cite-dialog-title');
    this.closeButton = this.root.locator('.cite-dialog-close');
  }

  async close(): Promise<void> {
    await this.closeButton.click();
    await this.root.waitFor({ state: 'hidden' });
  }
}

/** The Quote dialog: the passage, its pages and link, the quotation with a citation, then the Cite panel's parts. */
export class QuoteDialog extends CiteDialog {
  /** The Quote control under a selection in the author's text, when it shows. */
  readonly control: Locator;
  readonly quotation: Locator;
  readonly pages: Locator;
  readonly link: Locator;
  readonly styleChoice: Locator;
  readonly fromSentence: Locator;
  readonly toSentence: Locator;

  constructor(page: Page) {
    super(page);
    this.control = page.locator('#quote-control:not([hidden])');
    this.quotation = this.root.locator('[data-quote-text] p');
    this.pages = this.root.locator('[data-quote-pages]');
    this.link = this.root.locator('[data-quote-link]');
    this.styleChoice = this.root.locator('#quote-style');
    this.fromSentence = this.root.locator('#quote-from');
    this.toSentence = this.root.locator('#quote-to');
  }

  /** Waits until the dialog shows its passage and citations. */
  override async ready(): Promise<this> {
    await this.root.locator('.cite-dialog-body[data-quote-ready]').waitFor();
    return this;
  }

  /** A paragraph's Quote… button. */
  paragraphButton(id: string): Locator {
    return this.page.locator(`#${id} button.quote-paragraph`);
  }

  /** The quoted words, paragraphs joined by a space. */
  async quoted(): Promise<string> {
    return (await this.quotation.allTextContents()).join(' ');
  }

  /** The address the dialog's link gives. */
  async linkAddress(): Promise<string> {
    return (await this.link.getAttribute('href')) ?? '';
  }

  /** Copies with one of the dialog's own buttons ("link", "cited", "quotation"): what the clipboard then holds. */
  copy(kind: 'link' | 'cited' | 'quotation'): Promise<string> {
    return copiedBy(this.page, this.root.locator(`button[data-quote-copy="${kind}"]`));
  }
}

/** Presses a copy button and reads the clipboard once it holds something (the context needs clipboard permissions). */
export async function copiedBy(page: Page, button: Locator): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await button.click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('');
  return page.evaluate(() => navigator.clipboard.readText());
}
