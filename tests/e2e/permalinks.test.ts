/**
 * Permalinks and copy buttons in a real browser: every segment's permalink (from the JSON export)
 * opens a page that shows that segment in both languages; the copy buttons put the absolute
 * permalink / the citation on the clipboard and confirm it visibly and to screen readers; without
 * JavaScript the permalink stays readable and selectable.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch } from '../support/browser';
import { CITE, HEAD, ORIGINAL, TRANSLATION } from '../support/segment-parts';

const base = inject('baseUrl');
let browser: Awaited<ReturnType<typeof launch>>;
let page: Page;
type Export = { segments: { id: string; permalink: string; text: { 'zh-Hant': string; en: string } }[] };
let exp: Export;

beforeAll(async () => {
  browser = await launch();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  page = await browser.context.newPage();
  exp = (await (await fetch(`${base}/transcripts/x-takeover-2025.json`)).json()) as Export;
});
afterAll(async () => browser?.close());

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('segment permalinks', () => {
  it('every permalink in the export opens a page showing that segment in both languages', async () => {
    expect(exp.segments.length).toBeGreaterThan(100);
    for (const s of exp.segments) {
      const res = await page.goto(new URL(s.permalink, base).href, { waitUntil: 'domcontentloaded' });
      expect(res?.status(), s.permalink).toBe(200);
      // The segment on its own page; its texts are found where tests/support/segment-parts.ts says they are.
      const article = `[data-segment-page="${s.id}"] article[data-segment="${s.id}"]`;
      const seen = await page.evaluate(({ article, original, translation }) => {
        const zh = document.querySelector<HTMLElement>(original);
        const en = document.querySelector<HTMLElement>(translation);
        return { count: document.querySelectorAll(article).length, zh: zh?.innerText, en: en?.innerText, zhShown: !!zh && zh.getClientRects().length > 0 };
      }, { article, original: `${article}${ORIGINAL}`, translation: `${article}${TRANSLATION}` });
      expect(seen.count, s.id).toBe(1);
      expect(norm(seen.zh ?? ''), s.id).toBe(norm(s.text['zh-Hant']));
      expect(norm(seen.en ?? ''), s.id).toBe(norm(s.text.en));
      expect(seen.zhShown, s.id).toBe(true);
    }
  }, 240_000);

  it('“Read it in context” lands on the segment in the transcript', async () => {
    const s = exp.segments[20]!;
    await page.goto(new URL(s.permalink, base).href);
    await page.getByRole('link', { name: /Read it in context/ }).click();
    await page.waitForURL((u) => u.hash === `#${s.id}`);
    expect(await page.locator(`#${s.id}`).isVisible()).toBe(true);
  });
});

describe('copy link', () => {
  it('copies the absolute permalink from the transcript and confirms it visibly and via aria-live', async () => {
    await page.goto(`${base}/transcripts/x-takeover-2025/`);
    const seg = exp.segments.find((s) => s.id === 'supersonic-tsunami')!;
    const button = page.locator('#supersonic-tsunami .copy-btn');
    await expect.poll(() => button.textContent()).toBe('Copy link');
    await button.click();
    await expect.poll(() => button.textContent()).toContain('Copied');
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    expect(clip).toBe(new URL(seg.permalink, base).href);
    const live = page.locator('[aria-live="polite"]').filter({ hasText: 'Copied' });
    await expect.poll(() => live.count()).toBe(1);
  });

  it('copies a citation from the cite panel (BibTeX, as text)', async () => {
    await page.goto(`${base}/transcripts/x-takeover-2025/supersonic-tsunami/`);
    await page.locator('details[data-format="bibtex"] summary').click();
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.locator('details[data-format="bibtex"] .copy-btn').click();
    // The copying code loads on the first press, so the clipboard fills a moment later.
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@misc\{supersonic-tsunami,/);
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    expect(clip).toContain('這不是進步');
    // The code formats are set in a monospaced font, in both interface languages (the pages'
    // language rules once set them in the serif text font).
    for (const prefix of ['', '/zh-hant']) {
      await page.goto(`${base}${prefix}/transcripts/x-takeover-2025/supersonic-tsunami/`);
      const fonts = await page.locator('.cite-panel pre').evaluateAll((pres) => pres.map((p) => getComputedStyle(p).fontFamily));
      expect(fonts.length, prefix).toBeGreaterThan(0);
      for (const f of fonts) expect(f, prefix).toMatch(/monospace$/);
    }
  });

  it('without clipboard permission, shows the permalink selected in a field to copy by hand', async () => {
    const b = await launch();
    try {
      const p = await b.context.newPage();
      await p.addInitScript(() => {
        Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
      });
      await p.goto(`${base}/transcripts/x-takeover-2025/`);
      const slot = p.locator(`#supersonic-tsunami${HEAD}`);
      await slot.locator('.copy-btn').click();
      const field = slot.locator('.copy-btn + input');
      await expect.poll(() => field.inputValue()).toBe(`${base}/transcripts/x-takeover-2025/supersonic-tsunami/`);
      expect(await p.evaluate(() => window.getSelection()?.toString() || (document.activeElement as HTMLInputElement).value)).toContain('supersonic-tsunami');
      expect(await slot.locator('.copy-btn').textContent()).toContain('Could not copy');
    } finally {
      await b.close();
    }
  });

  it('without JavaScript, the permalink is still a visible link and a selectable field', async () => {
    const b = await launch({ javaScriptEnabled: false });
    try {
      const p = await b.context.newPage();
      await p.goto(`${base}/transcripts/x-takeover-2025/`);
      // The buttons are in the HTML but need JavaScript, so none is shown.
      expect(await p.locator('.copy-btn').count()).toBeGreaterThan(100);
      expect(await p.locator('.copy-btn:visible').count()).toBe(0);
      const cite = p.locator(`#supersonic-tsunami${CITE}`);
      expect(await cite.getAttribute('href')).toBe('/transcripts/x-takeover-2025/supersonic-tsunami/');
      await p.goto(`${base}/transcripts/x-takeover-2025/supersonic-tsunami/`);
      // The field holds the absolute permalink on the public origin (SITE_URL), selectable by hand.
      expect(await p.locator('#cite-url').inputValue()).toMatch(/^https?:\/\/[^/]+\/transcripts\/x-takeover-2025\/supersonic-tsunami\/$/);
      expect(await p.locator('#cite-url').getAttribute('readonly')).not.toBeNull();
      expect(await p.locator('#cite-apa').isVisible()).toBe(true);
      expect(await p.locator('#cite-apa').innerText()).toContain('這不是進步');
    } finally {
      await b.close();
    }
  });
});
