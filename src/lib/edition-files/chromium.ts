/**
 * Where this machine's Chromium is: `CHROMIUM_PATH`, else Debian's or another usual install path,
 * and the one way to launch it. Nothing is ever downloaded. The build prints the PDF with it
 * (print-pdf.ts); the tests (tests/support/browser.ts), the benchmarks and the screenshots drive it.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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

/** Launches this machine's Chromium headless with CHROMIUM_ARGS; `executablePath` defaults to the one found here. */
export function launchChromium(executablePath = findChromium()): Promise<Browser> {
  if (!executablePath) throw new Error('No Chromium found: install Debian’s chromium (.ci/run does) or set CHROMIUM_PATH.');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
