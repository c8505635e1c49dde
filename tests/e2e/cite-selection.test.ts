/**
 * "Cite selection" in a real Chromium: selecting transcript text (in one segment, and across
 * three) shows the control, which the keyboard reaches from the selection; it gives the passage's
 * link and six citations quoting the selected words and naming the segments; the link, opened in
 * a fresh page, makes Chromium scroll to and highlight those words and not an earlier occurrence
 * of them. The code loads only on the first selection.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, launch } from '../support/browser';
import { axeTags } from '../support/axe';
import { installTextRange } from '../support/text-range';
import { ORIGINAL, TRANSLATION } from '../support/segment-parts';

const base = inject('baseUrl');
const transcript = (prefix = '') => `${base}${prefix}/transcripts/x-takeover-2025/`;
let browser: Awaited<ReturnType<typeof launch>>;

beforeAll(async () => {
  browser = await launch();
  await browser.context.addInitScript(installTextRange);
});
afterAll(async () => browser?.close());

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Where a segment's text in one language is (tests/support/segment-parts.ts). */
const textPart = (lang: 'zh' | 'en') => (lang === 'zh' ? ORIGINAL : TRANSLATION);

/**
 * Selects, as a reader does, from `words` in the `lang` text of segment `from` to `endWords` in the
 * `endLang` text of segment `to`: a click in the text first (where the reader's Tab continues
 * from), then the selection.
 */
async function select(page: Page, from: string, lang: 'zh' | 'en', words: string, to = from, endLang = lang, endWords = words) {
  // At the text's first characters, not its middle, which may be a note's marked words (a link to the note).
  await page.locator(`#${from}${textPart(lang)}`).click({ position: { x: 3, y: 5 } });
  await page.evaluate(
    ({ start, end, words, endWords }) => {
      const range = window.textRange(document.querySelector(start)!, words, document.querySelector(end)!, endWords);
      if (!range) throw new Error(`${words} … ${endWords} not found`);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    { start: `#${from}${textPart(lang)}`, end: `#${to}${textPart(endLang)}`, words, endWords },
  );
}

/** The citation texts the panel shows, by format. */
const formats = (page: Page): Promise<Record<string, string>> =>
  page.evaluate(() => Object.fromEntries([...document.querySelectorAll('.cite-sel-panel [data-format]')].map((f) => [f.getAttribute('data-format')!, f.querySelector('.cite-sel-text')!.textContent ?? ''])));

/**
 * Where Chromium put the words a link points at: whether the exact occurrence (in segment `id`,
 * language `lang`) is scrolled to the middle of the viewport, as Chromium scrolls a text fragment
 * (an element fragment puts the element at the top instead).
 */
async function landed(page: Page, id: string, lang: 'zh' | 'en', words: string) {
  return page.evaluate(
    ({ id, text, words }) => {
      const r = window.textRange(document.querySelector(text)!, words);
      if (!r) return null;
      const box = r.getBoundingClientRect();
      return { centre: box.top + box.height / 2, viewport: innerHeight, scrolled: scrollY, segmentTop: document.getElementById(id)!.getBoundingClientRect().top };
    },
    { id, text: `#${id}${textPart(lang)}`, words },
  );
}

describe('cite selection', () => {
  it('loads nothing until the reader selects transcript text', async () => {
    const page = await browser.context.newPage();
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(r.url()));
    await page.goto(transcript());
    await page.waitForLoadState('networkidle');
    expect(loaded.filter((u) => /cite-selection|passages\.json/.test(u))).toEqual([]);
    expect(await page.locator('.cite-sel-btn').count()).toBe(0);
    await select(page, 'what-role-is-left-for-humans', 'en', 'what role is left for humans');
    await expect.poll(() => page.locator('.cite-sel-btn').count()).toBe(1);
    expect(loaded.filter((u) => /cite-selection/.test(u))).toHaveLength(1);
    await page.close();
  });

  it('within one segment: the keyboard reaches the control, which gives the link and six citations of the words', async () => {
    const page = await browser.context.newPage();
    await page.goto(transcript());
    // "the cost ramp" is in this segment only, but "the" and "cost" recur: a whole-word phrase.
    const words = 'manufacturing yield and the cost ramp';
    await select(page, 'reality-regulation-yield-cost-ramp', 'en', words);
    const button = page.getByRole('button', { name: 'Cite selection' });
    await expect.poll(() => button.isVisible()).toBe(true);
    // The control follows the selected text: the next Tab from the selection is the control.
    // (Tab first passes the link the selection holds: "the cost ramp" are a translation note's marked words.)
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('the cost ramp');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('cite-sel-btn');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#cite-sel-panel').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cite-sel-h');
    const f = await formats(page);
    expect(Object.keys(f).sort()).toEqual(['apa', 'bibtex', 'chicago', 'csljson', 'mla', 'ris']);
    for (const [name, text] of Object.entries(f)) {
      expect(norm(text), name).toContain(words);
      expect(text, name).toContain('reality-regulation-yield-cost-ramp');
      expect(text, name).toMatch(/English translation by Interlinear of a Chinese report/);
    }
    // The English alone was selected: no Chinese is quoted as if the reader had chosen it.
    expect(f.apa).not.toContain('監管許可');
    const link = await page.locator('.cite-sel-link').getAttribute('href');
    expect(link).toMatch(/\/transcripts\/x-takeover-2025\/#reality-regulation-yield-cost-ramp:~:text=/);
    expect(decodeURIComponent(link!.split(':~:text=')[1]!)).toContain('manufacturing yield');
    await page.close();

    const fresh = await browser.context.newPage();
    await fresh.goto(link!);
    await expect.poll(async () => (await landed(fresh, 'reality-regulation-yield-cost-ramp', 'en', words))?.scrolled ?? 0).toBeGreaterThan(0);
    const at = (await landed(fresh, 'reality-regulation-yield-cost-ramp', 'en', words))!;
    // Chromium centres a text fragment's match; an element fragment would put the segment at the top.
    expect(Math.abs(at.centre - at.viewport / 2)).toBeLessThan(at.viewport / 4);
    expect(at.segmentTop).toBeGreaterThan(40);
    await fresh.close();
  });

  it('across three segments in both languages, in the Chinese interface: both languages quoted, every segment named, the link lands on the words', async () => {
    const page = await browser.context.newPage();
    await page.goto(transcript('/zh-hant'));
    // From the Chinese of the first segment to the English of the third (the side-by-side layout puts the English after the Chinese).
    await select(page, 'reality-regulation-yield-cost-ramp', 'zh', '監管許可', 'what-role-is-left-for-humans', 'en', 'what role is left');
    const button = page.getByRole('button', { name: '引用選取內容' });
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    await expect.poll(() => page.locator('#cite-sel-panel').isVisible()).toBe(true);
    const f = await formats(page);
    for (const [name, text] of Object.entries(f)) {
      for (const id of ['reality-regulation-yield-cost-ramp', 'so-here-is-the-question', 'what-role-is-left-for-humans']) expect(text, `${name} ${id}`).toContain(id);
      expect(text, name).toContain('監管許可');
      expect(text, name).toContain('人類還剩下什麼角色');
      expect(norm(text), name).toContain('what role is left');
    }
    const link = await page.locator('.cite-sel-link').getAttribute('href');
    expect(link).toMatch(/\/zh-hant\/transcripts\/x-takeover-2025\/#reality-regulation-yield-cost-ramp:~:text=[^,]+,/);
    await page.close();

    const fresh = await browser.context.newPage();
    await fresh.goto(link!);
    await expect.poll(async () => (await landed(fresh, 'reality-regulation-yield-cost-ramp', 'zh', '監管許可'))?.scrolled ?? 0).toBeGreaterThan(0);
    const at = (await landed(fresh, 'reality-regulation-yield-cost-ramp', 'zh', '監管許可'))!;
    expect(at.centre).toBeGreaterThan(0);
    expect(at.centre).toBeLessThan(at.viewport);
    // The three segments' words are centred (first and last in view), not the first segment put at
    // the top, where an element fragment puts it (73 px, under the page's scroll margin, measured).
    expect(at.segmentTop).toBeGreaterThan(150);
    const end = (await landed(fresh, 'what-role-is-left-for-humans', 'en', 'what role is left'))!;
    expect(end.centre).toBeLessThan(end.viewport);
    await fresh.close();
  });

  it('a word that occurs earlier on the page: the link lands on the occurrence the reader selected', async () => {
    const page = await browser.context.newPage();
    await page.goto(transcript());
    // "Optimus" is in a dozen segments; the reader selects it in the 76th.
    await select(page, 'optimus-not-on-market-soon', 'en', 'Optimus');
    await page.getByRole('button', { name: 'Cite selection' }).click();
    await expect.poll(() => page.locator('#cite-sel-panel').isVisible()).toBe(true);
    const link = (await page.locator('.cite-sel-link').getAttribute('href'))!;
    expect(decodeURIComponent(link.split(':~:text=')[1]!)).toMatch(/-,Optimus|Optimus,-/);
    await page.close();

    const fresh = await browser.context.newPage();
    await fresh.goto(link);
    await expect.poll(async () => (await landed(fresh, 'optimus-not-on-market-soon', 'en', 'Optimus'))?.scrolled ?? 0).toBeGreaterThan(0);
    const at = (await landed(fresh, 'optimus-not-on-market-soon', 'en', 'Optimus'))!;
    expect(Math.abs(at.centre - at.viewport / 2)).toBeLessThan(at.viewport / 4);
    await fresh.close();
  });

  it('selecting with the keyboard (caret browsing: Shift and the arrow keys) shows the control, and Tab reaches it', async () => {
    // Caret browsing (F7 in Chromium's window) is a command-line switch in a headless Chromium.
    const dir = mkdtempSync(join(tmpdir(), 'interlinear-caret-'));
    const context = await chromium.launchPersistentContext(dir, { executablePath: chromiumPath, headless: true, args: [...chromiumArgs, '--enable-caret-browsing'] });
    const page = await context.newPage();
    await page.goto(transcript());
    await page.locator(`#what-role-is-left-for-humans${TRANSLATION}`).click({ position: { x: 2, y: 5 } });
    for (let i = 0; i < 12; i += 1) await page.keyboard.press('Shift+ArrowRight');
    expect(await page.evaluate(() => getSelection()!.toString().length)).toBeGreaterThan(5);
    await expect.poll(() => page.locator('.cite-sel-btn').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('cite-sel-btn');
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('triple-click selects a paragraph and shows the control; a click elsewhere removes it', async () => {
    const page = await browser.context.newPage();
    await page.goto(transcript());
    await page.locator(`#so-here-is-the-question${TRANSLATION}`).click({ clickCount: 3 });
    await expect.poll(() => page.locator('.cite-sel-btn').isVisible()).toBe(true);
    await page.locator('h1').click();
    await expect.poll(() => page.locator('.cite-sel-btn').count()).toBe(0);
    await page.close();
  });

  it('the open panel copies the passage link, breaks no CSP rule, and has no axe violation in either colour scheme', async () => {
    const b = await launch();
    try {
      await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
      await b.context.addInitScript({ content: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8') });
      await b.context.addInitScript(installTextRange);
      const page = await b.context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(transcript('/zh-hant'));
      await select(page, 'so-here-is-the-question', 'zh', '問題來了');
      await page.getByRole('button', { name: '引用選取內容' }).click();
      await expect.poll(() => page.locator('#cite-sel-panel').isVisible()).toBe(true);
      const link = await page.locator('.cite-sel-link').getAttribute('href');
      await page.locator('.cite-sel-panel .cite-permalink .copy-btn').click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(link);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const violations = await page.evaluate((tags) => {
          const axe = (window as unknown as { axe: { run: (c: object, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
          return axe.run({ include: [['.cite-sel']] }, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }).then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`));
        }, axeTags);
        expect(violations, scheme).toEqual([]);
      }
      // Clicking in the open panel (to select a citation by hand) keeps it open.
      await page.locator('.cite-sel-panel .kind-tag').first().click();
      await page.waitForTimeout(300);
      expect(await page.locator('#cite-sel-panel').isVisible()).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await b.close();
    }
  });
});
