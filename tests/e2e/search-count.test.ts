/**
 * Exact search counts in a real browser: once a query has more matches than one page of results,
 * the reader can ask for the count and gets the number of segments and notes that contain the
 * phrase, as Ctrl-F counts a page. The expected numbers come from the built export (dist's texts
 * of every segment) and the notes' files, counted here by plain substring search, not by the
 * site's own matching code.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch } from '../support/browser';
import { loadExport } from '../support/dist';
/** The published transcript whose content these assertions name. */
const slug = 'x-takeover-2025';
import { searchStrings } from '../../src/lib/search-strings';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

const base = inject('baseUrl');
const segments = loadExport(slug).segments;
type Both = { en: string; 'zh-Hant': string };
type Note = { title?: Both; claim?: Both; finding?: Both; body: Both; originalEnglish?: string };
/** Every note's texts as its search result holds them: title, claim, finding, body (and the original English), from the content files. */
const notes = readdirSync('content/annotations', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => (parseYaml(readFileSync(join('content/annotations', f), 'utf8')) as { annotations: Note[] }).annotations)
  .map((a) => [[a.title, a.claim, a.finding, a.body].map((x) => x?.['zh-Hant'] ?? '').join(' '), [a.title, a.claim, a.finding, a.body].map((x) => x?.en ?? '').join(' ') + (a.originalEnglish ?? '')]);
/** Segments and notes whose Chinese or English text contains the phrase, in any case (as Ctrl-F finds it). */
const containing = (phrase: string) => [...segments.map((s) => [s.text['zh-Hant'], s.text.en]), ...notes].filter((texts) => texts.some((t) => t.toLowerCase().includes(phrase.toLowerCase()))).length;

let browser: Awaited<ReturnType<typeof launch>>;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await browser.context.newPage();
});
afterAll(async () => browser?.close());

const status = () => page.locator('#search-status').innerText();

async function searchFor(prefix: string, q: string) {
  await page.goto(`${base}${prefix}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => ['results', 'none', 'failed'].includes(document.getElementById('search-status')?.dataset.state ?? ''), null, { timeout: 15_000 });
}

describe('exact search counts', () => {
  // “Musk”: Pagefind's own list of candidates for it is twice as long as the segments that contain
  // it (63 and 30 when this was written), so a count of candidates would fail here.
  for (const [prefix, locale, phrase] of [['', 'en', '馬斯克'], ['', 'en', 'Musk'], ['/zh-hant', 'zh-Hant', '人類']] as const) {
    it(`${locale}: “${phrase}” shows one page of results, then, asked from the keyboard, the exact number of segments containing it`, async () => {
      const t = searchStrings[locale];
      const expected = containing(phrase);
      expect(expected, 'the phrase must match more segments than one page shows').toBeGreaterThan(10);
      await searchFor(prefix, phrase);
      expect(await page.locator('#search-results > li').count()).toBe(10);
      expect(await status()).toContain(t.results(10, phrase, true));
      const button = page.locator('#search-status button.search-count');
      expect(await button.innerText()).toBe(t.countAll);
      await button.focus();
      await page.keyboard.press('Enter');
      await expect.poll(status).toBe(t.results(expected, phrase, false));
      expect(await button.count()).toBe(0);
      // The focus is not lost with the button: it is on the count.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-status');
      // More results keep the count exact.
      await page.locator('#search-more-slot button.search-more').click();
      await expect.poll(() => page.locator('#search-results > li').count()).toBe(Math.min(20, expected));
      expect(await status()).toBe(t.results(expected, phrase, false));
    });
  }
});
