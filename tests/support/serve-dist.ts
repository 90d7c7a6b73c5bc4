/**
 * Global setup of the site tests: serves the built site (dist/) on a free local port, as a
 * static host would (sirv, plus the response headers of dist/_headers, the file Netlify and
 * Cloudflare Pages read), and hands its address to the tests as `siteUrl`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
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

/**
 * Serves a built site folder under `base` ("/" or "/ed/"), as a static host that serves the
 * folder at that path: the files, the `_headers` rules (written for that base), the 404 page for
 * anything else, including every path outside the base.
 */
export async function serveSite(dir: string, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/ is missing: run \`npm run build\` first (npm test does).`);
  const rules = existsSync(join(dir, '_headers')) ? readHeaderRules(readFileSync(join(dir, '_headers'), 'utf8')) : [];
  const serve = sirv(dir, { dev: false, etag: true });
  const notFound = (res: import('node:http').ServerResponse) => {
    res.statusCode = 404;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html'), 'utf8') : 'Not found');
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://site');
    for (const rule of rules.filter((r) => matches(r.pattern, url.pathname)))
      for (const [name, value] of rule.headers) res.setHeader(name, value);
    if (!url.pathname.startsWith(base)) return notFound(res);
    req.url = `/${url.pathname.slice(base.length)}${url.search}`;
    serve(req, res, () => notFound(res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('The test server has no address');
  return { url: `http://127.0.0.1:${address.port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export default async function setup(project: TestProject) {
  const { url, close } = await serveSite('dist');
  project.provide('siteUrl', url);
  return close;
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}
