/**
 * Makes the take-along files from a built site: reads its linear view and references page, the
 * article's metadata, the edition and the entity files, and writes the EPUB, the TEI and, where the
 * plan has one, the PDF into `outDir` (the built site itself, or elsewhere for the benchmark). Returns each file's size and the
 * time each took. Used by the build (src/plugins/take-along.ts) and `npm run bench`.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readEdition, readPaperMeta } from '../content/meta-files.ts';
import { readPageStarts } from '../content/page-starts-file.ts';
import { articleMeta } from '../paper/article-meta.ts';
import { editionDocument } from './edition-document.ts';
import { printDocument, type EditionFileMeta } from './print-document.ts';
import { printPdf } from './print-pdf.ts';
import { epubPackage } from './epub.ts';
import { teiDocument } from './tei.ts';
import { readEntities } from '../content/entity-files.ts';
import { TAKE_ALONG, type TakeAlongKind, type TakeAlongPlan } from './files.ts';

const require = createRequire(import.meta.url);
const STYLES = new URL('../../styles/', import.meta.url);

export interface MadeFile {
  kind: TakeAlongKind;
  bytes: number;
  ms: number;
}

export async function makeTakeAlongFiles(siteDir: string, outDir: string, plan: TakeAlongPlan): Promise<MadeFile[]> {
  const [linear, references, epubCss] = await Promise.all([
    readFile(join(siteDir, 'paper/full/index.html'), 'utf8'),
    readFile(join(siteDir, 'paper/references/index.html'), 'utf8'),
    readFile(new URL('epub-edition.css', STYLES), 'utf8'),
  ]);
  const edition = readEdition();
  const origin = new URL(edition.url).origin;
  const file = readPaperMeta();
  const doc = editionDocument(linear, references, (href) => new URL(href, origin).href, file.firstPage);
  const meta: EditionFileMeta = { article: articleMeta(file, readPageStarts(), doc.paragraphText), edition };

  const made: MadeFile[] = [];
  const make = async (kind: TakeAlongKind, bytes: () => Promise<Uint8Array>) => {
    const started = performance.now();
    const content = await bytes();
    const path = join(outDir, TAKE_ALONG[kind].path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
    made.push({ kind, bytes: content.length, ms: performance.now() - started });
  };
  await make('epub', () => epubPackage(doc, meta, epubCss));
  const address = (path: string) => new URL(path.replace(/^\//, ''), edition.url).href;
  await make('tei', () =>
    Promise.resolve(
      new TextEncoder().encode(teiDocument({ doc, meta, entities: readEntities(), address, self: address(TAKE_ALONG.tei.path) })),
    ),
  );
  const chromium = plan.chromium;
  if (chromium) {
    await make('pdf', async () => {
      const polyfill = await readFile(join(dirname(require.resolve('pagedjs')), '../dist/paged.polyfill.min.js'), 'utf8');
      const css = await readFile(new URL('print-edition.css', STYLES), 'utf8');
      return printPdf(printDocument(doc, meta, css, polyfill), meta, chromium);
    });
  }
  return made;
}
