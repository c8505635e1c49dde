/**
 * Note spans in a real Chromium: pointing at or focusing the words a note is about lights up their
 * twin in the other language (and only in that segment), by the stylesheet alone, so with or
 * without JavaScript; each span is a link that takes the reader to its note. Both schemes pass axe
 * with a twin lit.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { useLaunched } from '../support/use-browser';
import { axeTags, axeViolations } from '../support/axe';
import { HEAD, ORIGINAL as ORIGINAL_TEXT, SPAN, TRANSLATION as TRANSLATION_TEXT } from '../support/segment-parts';

const base = inject('baseUrl');
const transcript = `${base}/transcripts/x-takeover-2025/`;
const SEG = '#supersonic-tsunami';
const NOTE = 'tr-supersonic-tsunami';
const ORIGINAL = `${SEG}${ORIGINAL_TEXT} ${SPAN}[href="#note-${NOTE}"]`;
const TRANSLATION = `${SEG}${TRANSLATION_TEXT} ${SPAN}[href="#note-${NOTE}"]`;

/** The spans of the page drawn lit (outlined, as the stylesheet lights twins), as "segment text-class: words". */
const lit = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('a[data-pair]')].filter((el) => getComputedStyle(el).outlineStyle === 'solid').map((el) => `${el.closest('article')!.id} ${el.parentElement!.previousElementSibling ? 'translation' : 'original'}: ${el.textContent}`));

describe('note spans with JavaScript', () => {
  const b = useLaunched();

  it('pointing at the Chinese words lights up the English twin, and moving away puts it out', async () => {
    const page = await b.context.newPage();
    await page.goto(`${transcript}${SEG}`);
    const before = await page.locator(TRANSLATION).evaluate((el) => getComputedStyle(el).backgroundColor);
    await page.locator(ORIGINAL).hover();
    await expect.poll(() => lit(page)).toEqual(['supersonic-tsunami original: 超音速海嘯', 'supersonic-tsunami translation: supersonic tsunami']);
    // The twin is drawn differently.
    expect(await page.locator(TRANSLATION).evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(before);
    await page.mouse.move(5, 5);
    await expect.poll(() => lit(page)).toEqual([]);
    await page.close();
  });

  it('the keyboard reaches the span after the segment’s controls, and focus lights its twin', async () => {
    const page = await b.context.newPage();
    await page.goto(`${transcript}${SEG}`);
    await page.locator(`${SEG}${HEAD} button`).last().focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('超音速海嘯');
    await expect.poll(() => lit(page)).toEqual(['supersonic-tsunami original: 超音速海嘯', 'supersonic-tsunami translation: supersonic tsunami']);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('supersonic tsunami');
    await expect.poll(() => lit(page)).toEqual(['supersonic-tsunami original: 超音速海嘯', 'supersonic-tsunami translation: supersonic tsunami']);
    // A note on several segments lights up its words in the segment pointed at only.
    await page.locator(`#who-controls-compute-controls-ai${TRANSLATION_TEXT} ${SPAN}`).focus();
    await expect.poll(() => lit(page)).toEqual(['who-controls-compute-controls-ai original: 算力', 'who-controls-compute-controls-ai translation: compute']);
    await page.close();
  });

  it('has no axe violation with a twin lit, in either colour scheme', async () => {
    const page = await b.context.newPage();
    await page.addInitScript({ content: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8') });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${transcript}${SEG}`);
      await page.locator(ORIGINAL).focus();
      await expect.poll(() => lit(page)).toHaveLength(2);
      const violations = await page.evaluate((tags) => {
        const axe = (window as unknown as { axe: { run: (c: object, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        return axe.run({ include: [['#supersonic-tsunami']] }, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }).then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`));
      }, axeTags);
      expect(violations, scheme).toEqual([]);
    }
    await page.close();
  });

  it('the pages with marks (transcript, segment pages) pass axe in both schemes', async () => {
    expect(await axeViolations(base, ['/zh-hant/transcripts/x-takeover-2025/', '/transcripts/x-takeover-2025/supersonic-tsunami/', '/zh-hant/transcripts/x-takeover-2025/conceptual-telepathy/'])).toEqual([]);
  });

  it('in a one-language reading mode the marks stay links in the shown text, and the hidden twin stays hidden', async () => {
    const page = await b.context.newPage();
    await page.goto(`${transcript}${SEG}`);
    await page.locator('label:has(#mode-translation)').click();
    await page.locator(TRANSLATION).hover();
    await expect.poll(() => lit(page)).toHaveLength(2);
    expect(await page.locator(ORIGINAL).isVisible()).toBe(false);
    expect(await page.locator(TRANSLATION).isVisible()).toBe(true);
    expect(await page.locator(`${SEG}${TRANSLATION_TEXT}`).innerText()).toBe('This isn\'t progress — it\'s like a “supersonic tsunami”.');
    // The mode is remembered in this browser: back to both, as the other tests expect.
    await page.locator('label:has(#mode-both)').click();
    await page.close();
  });
});

describe('note spans without JavaScript', () => {
  const b = useLaunched({ javaScriptEnabled: false });

  it('pointing at the words lights their twin all the same: the stylesheet does it', async () => {
    const page = await b.context.newPage();
    await page.goto(`${transcript}${SEG}`);
    await page.locator(ORIGINAL).hover();
    await expect.poll(() => lit(page)).toEqual(['supersonic-tsunami original: 超音速海嘯', 'supersonic-tsunami translation: supersonic tsunami']);
    await page.close();
  });

  it('each span is a link to its note, which the page has', async () => {
    const page = await b.context.newPage();
    await page.goto(`${transcript}${SEG}`);
    await page.locator(TRANSLATION).click();
    expect(new URL(page.url()).hash).toBe(`#note-${NOTE}`);
    const note = page.locator(`#note-${NOTE}`);
    await expect.poll(() => note.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; })).toBe(true);
    expect(await note.locator('summary').textContent()).toContain('超音速海嘯');
    await page.close();
  });
});
