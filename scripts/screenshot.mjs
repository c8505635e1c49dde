// Takes a screenshot of a page of the running site: node scripts/screenshot.mjs <path> <out.png> [width] [height]
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [path = '/', out = 'screenshot.png', w = '1280', h = '900'] = process.argv.slice(2);
const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'shot-')), {
  executablePath: '/usr/bin/chromium', headless: true, viewport: { width: +w, height: +h },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await ctx.newPage();
await page.goto(new URL(path, 'http://127.0.0.1:4321').href, { waitUntil: 'networkidle' });
await page.screenshot({ path: out });
await ctx.close();
