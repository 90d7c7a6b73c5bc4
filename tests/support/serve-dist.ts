/**
 * Global setup of the site tests: serves the built site (dist/) on a free local port, as a
 * static host would (sirv, plus the response headers of dist/_headers, the file Netlify and
 * Cloudflare Pages read), and hands its address to the tests as `siteUrl`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';

/** The rules of a `_headers` file: a path pattern (a trailing `*` matches any rest), then indented `Name: value` lines. */
export function readHeaderRules(text: string): { pattern: string; headers: [string, string][] }[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)?.headers.push([name!.trim(), value.join(':').trim()]);
    }
  }
  return rules;
}

const matches = (pattern: string, path: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  const rules = existsSync('dist/_headers') ? readHeaderRules(readFileSync('dist/_headers', 'utf8')) : [];
  const serve = sirv('dist', {
    dev: false,
    etag: true,
    setHeaders: (res, pathname) => {
      for (const rule of rules.filter((r) => matches(r.pattern, pathname))) for (const [name, value] of rule.headers) res.setHeader(name, value);
    },
  });
  const server: Server = createServer((req, res) =>
    serve(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(existsSync('dist/404.html') ? readFileSync('dist/404.html', 'utf8') : 'Not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('The test server has no address');
  project.provide('siteUrl', `http://127.0.0.1:${address.port}`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}
