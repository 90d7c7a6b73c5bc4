/**
 * Global setup of the site tests: serves the built site (dist/) on a free local port, as a
 * static host would (sirv), and hands its address to the tests as `siteUrl`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  const serve = sirv('dist', { dev: false, etag: true });
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
