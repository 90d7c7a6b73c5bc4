/**
 * Prints the print document (print-document.ts) to a PDF in this machine's Chromium: Paged.js
 * lays out the pages (running heads, page numbers, the contents' page numbers), then Chromium
 * prints them tagged (an accessible structure tree) with an outline of the headings, its fonts
 * embedded. pdf-lib then writes the document information a PDF reader or a repository reads:
 * title, subject, keywords, language, creator, and the edition's date.
 */
import { PDFDocument } from 'pdf-lib';
import { launchChromium } from './chromium.ts';
import { articleLocator, editionLine, type EditionFileMeta } from './print-document.ts';

export async function printPdf(html: string, meta: EditionFileMeta, executablePath: string): Promise<Uint8Array> {
  const browser = await launchChromium(executablePath);
  try {
    const page = await browser.newPage();
    // Nothing leaves the machine: the document is self-contained, and every other request is refused.
    await page.route(/^(?!data:|about:)/, (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __paged?: boolean }).__paged === true, undefined, { timeout: 120_000 });
    const printed = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    return await withInfo(printed, meta);
  } finally {
    await browser.close();
  }
}

async function withInfo(pdf: Uint8Array, { article, edition }: EditionFileMeta): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const date = new Date(`${edition.date}T00:00:00Z`);
  doc.setTitle(`${article.title}: an online edition, version ${edition.version}`, { showInWindowTitleBar: true });
  doc.setSubject(`${article.journal.title}, ${articleLocator(article)}. ${editionLine(edition)}, ${edition.url}`);
  doc.setKeywords([article.keywords.join(', ')]);
  doc.setLanguage(article.language);
  doc.setCreator(`${edition.title}, version ${edition.version}`);
  doc.setProducer('Chromium (Paged.js), pdf-lib');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  if (article.authors.length) doc.setAuthor(article.authors.map((a) => [a.given, a.family].filter(Boolean).join(' ')).join(', '));
  return doc.save({ useObjectStreams: false });
}
