/**
 * A page's module scripts' static imports, at any depth, are preloaded from its head
 * (src/plugins/module-preloads.ts), under the site's base; what they import on first use is not,
 * nor what the page links already.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modulePreloads } from '../../../src/plugins/module-preloads.ts';

/** A built site's scripts, as Rolldown writes them: the page's script imports a shared chunk, which imports another; a panel is imported on first use. */
function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'preloads-'));
  mkdirSync(join(dir, '_astro'));
  writeFileSync(join(dir, '_astro', 'Head.js'), 'import{a as e}from"./shared.js";import"./side.js";e(()=>import(`./panel.js`));');
  writeFileSync(join(dir, '_astro', 'shared.js'), 'import{b}from"./runtime.js";export const a=b;');
  writeFileSync(join(dir, '_astro', 'runtime.js'), 'export const b=1;');
  writeFileSync(join(dir, '_astro', 'side.js'), 'document.title="x";');
  writeFileSync(join(dir, '_astro', 'panel.js'), 'import"./shared.js";');
  return dir;
}

const page = (base: string, extra = '') =>
  `<!doctype html><html><head><title>t</title>${extra}<script type="module" src="${base}_astro/Head.js"></script></head><body></body></html>`;
const preloaded = (html: string) => [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);

describe('module preloads', () => {
  it('link every static import of the page’s scripts, theirs first, and nothing imported on first use', () => {
    expect(preloaded(modulePreloads(site())(page('/')))).toEqual(['/_astro/runtime.js', '/_astro/shared.js', '/_astro/side.js']);
  });

  it('give addresses under the site’s base', () => {
    const dir = site();
    expect(preloaded(modulePreloads(dir, '/edition/')(page('/edition/')))).toEqual([
      '/edition/_astro/runtime.js',
      '/edition/_astro/shared.js',
      '/edition/_astro/side.js',
    ]);
  });

  it('preload a script that stands at the end of the body, after its imports', () => {
    const html = page('/').replace(
      '<script type="module" src="/_astro/Head.js"></script></head><body>',
      '</head><body><script type="module" src="/_astro/Head.js"></script>',
    );
    expect(preloaded(modulePreloads(site())(html))).toEqual([
      '/_astro/runtime.js',
      '/_astro/shared.js',
      '/_astro/side.js',
      '/_astro/Head.js',
    ]);
  });

  it('leave a page without module scripts, and what a page links already, as it is', () => {
    const transform = modulePreloads(site());
    const plain = '<!doctype html><html><head><title>t</title></head><body></body></html>';
    expect(transform(plain)).toBe(plain);
    expect(preloaded(transform(page('/', '<link rel="modulepreload" href="/_astro/shared.js">')))).toEqual([
      '/_astro/shared.js',
      '/_astro/runtime.js',
      '/_astro/side.js',
    ]);
  });
});
