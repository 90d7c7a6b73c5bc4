import { resolve } from 'node:path';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveGzip } from './bench/serve.ts';
const [a, b] = await Promise.all([serveGzip(resolve('dist')), serveGzip(resolve('.tmp/twin-keep/dist'))]);
const browser = await launchBrowser();
for (const [name, s] of [['ours', a], ['twin', b]] as const) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const reqs: any[] = [];
  ctx.on('requestfinished', (r) => reqs.push(r));
  await page.goto(`${s.url}${process.argv[2] ?? '/paper/i-interests/1-border-security/'}`, { waitUntil: 'networkidle' });
  let tot = 0;
  for (const r of reqs) { const z = await r.sizes(); const n = z.responseBodySize + z.responseHeadersSize; tot += n; console.log(name, r.resourceType(), (n / 1024).toFixed(1), r.url().replace(s.url, '')); }
  console.log(name, 'TOTAL', (tot / 1024).toFixed(1));
  await ctx.close();
}
await browser.close(); await a.close(); await b.close();
