// Takes a screenshot of a page of the running site: node scripts/screenshot.mjs <path> <out.png> [width] [height]
// The browser is the tests' own (tests/support/browser.ts): Debian's Chromium with this machine's
// flags, in a fresh profile that is removed afterwards.
import { launch } from '../tests/support/browser.ts';

const [path = '/', out = 'screenshot.png', w = '1280', h = '900'] = process.argv.slice(2);
const browser = await launch({ viewport: { width: +w, height: +h } });
try {
  const page = await browser.context.newPage();
  await page.goto(new URL(path, 'http://127.0.0.1:4321').href, { waitUntil: 'networkidle' });
  await page.screenshot({ path: out });
} finally {
  await browser.close();
}
