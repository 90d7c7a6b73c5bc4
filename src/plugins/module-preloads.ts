/**
 * Astro links a page's module scripts but not what they import: the browser learns of a script's
 * shared chunk (site-shared, with the site's addresses) only when the script has arrived, one round
 * trip later, before any of the page's code runs (the search page starts Pagefind from it). Each
 * page gets a `<link rel="modulepreload">` for every module its scripts import statically, at any
 * depth, as Vite does for the pages it builds itself, and for its scripts at the end of the body,
 * which the browser asks for only after the head's resources; what they import dynamically
 * (loaded on first use) is left alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path/posix';
import { initSync, parse } from 'es-module-lexer';

/** A chunk's static imports (`import{…}from"./x.js"`, `import"./x.js"`, `export{…}from"./x.js"`), as Vite reads them; not `import("./x.js")`. */
function staticImports(code: string): string[] {
  initSync();
  const [imports] = parse(code);
  // `d` is -1 for a static import or re-export, the position of `(` for import(), -2 for import.meta.
  return imports.flatMap((i) => (i.d === -1 && i.n !== undefined ? [i.n] : []));
}
/** A page's module scripts by address. */
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;

export function modulePreloads(siteDir: string, base = '/'): (page: string) => string {
  const importsOf = new Map<string, string[]>();
  /** The addresses `src` imports statically, its own imports' first (`src` is an address under the site's base). */
  const imports = (src: string): string[] => {
    let found = importsOf.get(src);
    if (!found) {
      importsOf.set(src, (found = []));
      const code = readFileSync(join(siteDir, src.slice(base.length - 1)), 'utf8');
      for (const specifier of staticImports(code)) {
        if (!specifier.startsWith('.')) continue;
        const address = join(src, '..', specifier);
        found.push(...imports(address), address);
      }
    }
    return found;
  };
  return (page) => {
    const scripts = [...page.matchAll(MODULE_SCRIPT)].map((m) => ({ src: m[1]!, inHead: m.index < page.indexOf('</head>') }));
    const inHead = new Set(scripts.filter((s) => s.inHead).map((s) => s.src));
    // A script at the end of the body is asked for late, behind the head's resources: it is preloaded too.
    const wanted = scripts.flatMap(({ src }) => [...imports(src), src]);
    const preloads = [...new Set(wanted)].filter((address) => !inHead.has(address) && !page.includes(`href="${address}"`));
    if (preloads.length === 0) return page;
    return page.replace('</head>', `${preloads.map((address) => `<link rel="modulepreload" href="${address}">`).join('')}</head>`);
  };
}
