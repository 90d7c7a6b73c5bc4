/**
 * The bare Starlight twin of the edition: a project in a folder of its own (under .tmp/, so it
 * resolves this project's node_modules and so the same Astro, Starlight, MDX and Pagefind
 * versions) holding the same paper text as plain Markdown pages at the same slugs, with
 * Starlight's default components only: no paragraph ids, page markers, permalinks, Cite panels,
 * entity links, charts or head metadata. The paper's tables are plain Markdown tables; editorial
 * notes are left out. A linear view (/paper/full/) holds every page's text in order.
 *
 * `syntheticPages` adds copies of the paper's point pages (to both the twin and a copy of the
 * edition, see scale.ts): the scale benchmark.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export const PAPER_DIR = 'content/paper';

/** Every MDX page of the paper, as a path under content/paper ("iii-policy-tools/4-energy-cooperation.mdx"), in file order. */
export function paperFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir)
      .sort()
      .flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : name.endsWith('.mdx') ? [path] : [];
      });
  return walk(PAPER_DIR).map((p) => relative(PAPER_DIR, p));
}

interface PrintedTable {
  caption: string;
  columns: { label: string }[];
  rows: string[][];
}

const cell = (text: string) => text.replaceAll('|', '\\|').replace(/\s+/g, ' ').trim();

/** A data set of content/data as a Markdown table with its caption. */
function markdownTable(id: string): string {
  const table = JSON.parse(readFileSync(`content/data/${id}.json`, 'utf8')) as PrintedTable;
  return [
    `**${cell(table.caption)}**`,
    '',
    `| ${table.columns.map((c) => cell(c.label)).join(' | ')} |`,
    `| ${table.columns.map(() => '---').join(' | ')} |`,
    ...table.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

/** The body of an MDX page of the paper as plain Markdown: the author's paragraphs and headings, the tables; no components. */
export function plainBody(mdx: string): string {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body
    .replace(/^import .*$/gm, '')
    .replace(/<EditorialNote>[\s\S]*?<\/EditorialNote>/g, '')
    .replace(/<DataTable id="([^"]+)"[^>]*\/>/g, (_, id: string) => markdownTable(id))
    .replace(/<[A-Z][A-Za-z]*Chart[^>]*\/>/g, '')
    .replace(/<PageMarker[^>]*\/>/g, '')
    .replace(/<Ref n=\{(\d+)\} \/>/g, '[$1]')
    .replace(/<P id="[^"]+">([\s\S]*?)<\/P>/g, '$1')
    .replace(/<[A-Z][^>]*\/>/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The frontmatter a twin page keeps: title, description, sidebar; nothing of the edition's own. */
function plainFrontmatter(mdx: string): string {
  const front = /^---\n([\s\S]*?)\n---\n/.exec(mdx)?.[1] ?? '';
  const keep = front.split('\n').filter((line, i, lines) => {
    const key = /^(\w+):/.exec(line)?.[1];
    if (key) return ['title', 'description', 'sidebar'].includes(key);
    // An indented line belongs to the key above it.
    const owner = lines
      .slice(0, i)
      .reverse()
      .find((l) => /^\w+:/.test(l));
    return owner?.startsWith('sidebar:') ?? false;
  });
  return `---\n${keep.join('\n')}\n---\n`;
}

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: 'China’s strategy toward Central Asia',
      sidebar: [
        { label: 'The paper', items: [{ label: 'Full text', link: '/paper/full/' }, { autogenerate: { directory: 'paper' } }] },
      ],
    }),
  ],
});
`;

const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** Writes the twin project into `dir` (emptied first), with `synthetic` extra point pages; returns the number of paper pages. */
export function writeTwin(dir: string, synthetic = 0): number {
  rmSync(dir, { recursive: true, force: true });
  // The same versions as the edition's (resolved from its node_modules); listed, so that Vite bundles them as it does for the edition.
  const { devDependencies } = JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> };
  const same = Object.fromEntries(['astro', '@astrojs/starlight', '@astrojs/mdx', 'sharp'].map((name) => [name, devDependencies[name]]));
  write(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'bare-starlight-twin', private: true, type: 'module', devDependencies: same }, null, 2),
  );
  write(join(dir, 'tsconfig.json'), JSON.stringify({ extends: 'astro/tsconfigs/strict' }, null, 2));
  write(join(dir, 'astro.config.mjs'), CONFIG);
  write(join(dir, 'src/content.config.ts'), COLLECTIONS);
  // Starlight's starter ships a favicon; without one every page's favicon request gets the 404 page.
  write(join(dir, 'public/favicon.svg'), readFileSync('public/favicon.svg', 'utf8'));
  const docs = join(dir, 'src/content/docs');
  const home = readFileSync('content/index.mdx', 'utf8');
  const tagline = /tagline: (.*)/.exec(home)?.[1] ?? '';
  write(
    join(docs, 'index.md'),
    `---\ntitle: China’s strategy toward Central Asia\ntemplate: splash\nhero:\n  tagline: ${tagline}\n---\n\n${plainBody(home).replace(/<[^>]+>/g, '')}\n`,
  );
  const files = paperFiles();
  const bodies: string[] = [];
  for (const file of files) {
    const mdx = readFileSync(join(PAPER_DIR, file), 'utf8');
    const body = plainBody(mdx);
    write(join(docs, 'paper', file.replace(/\.mdx$/, '.md')), `${plainFrontmatter(mdx)}\n${body}\n`);
    bodies.push(`## ${/^title: "?(.*?)"?$/m.exec(mdx)?.[1] ?? file}\n\n${body.replace(/^## /gm, '### ')}`);
  }
  write(join(docs, 'paper/full.md'), `---\ntitle: Full text\n---\n\n${bodies.join('\n\n')}\n`);
  for (const [i, file] of syntheticSources(synthetic).entries()) {
    const mdx = readFileSync(join(PAPER_DIR, file), 'utf8');
    write(join(docs, 'paper/synthetic', `page-${i + 1}.md`), `---\ntitle: Synthetic page ${i + 1}\n---\n\n${plainBody(mdx)}\n`);
  }
  return files.length + 1 + synthetic;
}

/** The point pages synthetic page 1, 2, … copy, in turn. */
export function syntheticSources(count: number): string[] {
  const points = paperFiles().filter((f) => /\/\d+-[^/]+\.mdx$/.test(f));
  return Array.from({ length: count }, (_, i) => points[i % points.length]!);
}
