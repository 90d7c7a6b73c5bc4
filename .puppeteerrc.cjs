/**
 * Puppeteer's configuration (read by its install script and at run time). DAISY Ace, which checks
 * the EPUB's accessibility, drives a browser through puppeteer; this project's browser is the
 * system's Chromium (Debian's `chromium`, or CHROMIUM_PATH), which the test passes to Ace as
 * PUPPETEER_EXECUTABLE_PATH. So `npm ci` downloads no browser: where the download host cannot be
 * reached it would fail the install, and where it can, it would fetch a browser nothing uses.
 */
module.exports = { skipDownload: true };
