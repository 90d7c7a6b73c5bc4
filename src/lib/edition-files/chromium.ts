/**
 * Where this machine's Chromium is: `CHROMIUM_PATH`, else Debian's or another usual install path.
 * Nothing is ever downloaded. The build prints the PDF with it (src/plugins/take-along.ts); the
 * tests and benchmarks drive it (tests/support/browser.ts). Both launch it with the same flags.
 */
import { existsSync } from 'node:fs';

export function findChromium(env: Record<string, string | undefined> = process.env): string | undefined {
  const candidates = [env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

/** Headless in a container as root, with no network of its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
