/**
 * Reads which take-along files (src/lib/edition-files/files.ts) the build made and their sizes;
 * writes each size into its download links (`<span data-take-along-size="pdf"></span>`, from
 * src/components/TakeAlong.astro). A page that links a file the build did not make is refused.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TAKE_ALONG, fileSizeLabel, type TakeAlongKind } from '../lib/edition-files/files.ts';

export function takeAlongSizes(siteDir: string): (page: string) => string {
  const sizes = new Map(
    Object.values(TAKE_ALONG)
      .filter((f) => existsSync(join(siteDir, f.path)))
      .map((f) => [f.kind, fileSizeLabel(statSync(join(siteDir, f.path)).size)] as const),
  );
  return (page) =>
    page.replace(/(<span data-take-along-size="(pdf|epub|tei)">)(<\/span>)/g, (_, open: string, kind: TakeAlongKind, close: string) => {
      const size = sizes.get(kind);
      if (size === undefined) throw new Error(`links the ${kind} file, which this build does not make`);
      return `${open}${size}${close}`;
    });
}
