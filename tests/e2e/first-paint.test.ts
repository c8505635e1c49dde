/**
 * A page that arrives slowly does not move under the reader. Over a slow link (tests/support/
 * slow-link.ts: 256-byte pieces, a pause after each) the browser may paint a page before all of
 * it is there; nothing it has painted may then move as the rest arrives (no layout shift), on a
 * phone and on a wide screen. Before each page's first paint was made to wait for its opening
 * (src/layouts/Base.astro, firstPaintAt), the header was painted without its theme switch and its
 * search box jumped left when the switch came, and a definition list's values moved right each time
 * a longer term arrived. (With other piece sizes a segment's row also moved when its copy button
 * came: src/styles/global.css, the segment's head, `.seg > :first-child`.)
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launch } from '../support/browser';
import { startSlowLink } from '../support/slow-link';
import { layoutShifts, recordLayoutShifts } from '../support/layout-shifts';

let browser: Awaited<ReturnType<typeof launch>>;
let context: BrowserContext;
let link: Awaited<ReturnType<typeof startSlowLink>>;

beforeAll(async () => {
  link = await startSlowLink(inject('baseUrl'), { pieceBytes: 256, fineBytes: 12_288, pauseMs: 20 });
  browser = await launch();
  context = browser.context;
});
afterAll(async () => {
  await browser?.close();
  await link?.close();
});

const pages = [
  '/',
  '/transcripts/x-takeover-2025/',
  '/zh-hant/transcripts/x-takeover-2025/',
  '/transcripts/x-takeover-2025/tesla-storage-2024-31-4-gwh/',
  `/search/?q=${encodeURIComponent('海嘯')}`,
  '/zh-hant/fact-checks/',
  '/predictions/',
  '/sources/',
];

describe.concurrent('a page arriving over a slow link', () => {
  for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 900 }]) {
    it(`moves nothing already painted as the rest arrives, ${viewport.width} px wide`, async () => {
      const moved: string[] = [];
      for (const path of pages) {
        const page = await context.newPage();
        await page.setViewportSize(viewport);
        await recordLayoutShifts(page);
        await page.goto(link.url + path, { waitUntil: 'load' });
        if (path.startsWith('/search/')) await page.waitForFunction(() => document.getElementById('search-status')?.dataset.state === 'results', null, { timeout: 15_000 });
        moved.push(...(await layoutShifts(page)).map((s) => `${path} ${s}`));
        await page.close();
      }
      expect(moved).toEqual([]);
    });
  }
});
