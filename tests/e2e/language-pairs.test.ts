/**
 * Transcripts of other language pairs in Chromium, on the multi-transcript test build (fictional
 * Spanish and Japanese originals beside the Chinese ones): the reading modes named in each
 * language's own name, the remembered mode a role that carries over to a transcript of another
 * pair, and search kept to the original or to the translation, or to one transcript, from the
 * keyboard, in both interface languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useLaunched } from '../support/use-browser';
import { multiBuild, secondSlug, spanishSlug } from '../support/multi-build';
import { serveDist } from '../support/serve-dist';
import { settled } from '../support/search-page';
import { ORIGINAL, TRANSLATION } from '../support/segment-parts';

let server: Awaited<ReturnType<typeof serveDist>> | undefined;
let base = '';
beforeAll(async () => {
  server = await serveDist({ distDir: (await multiBuild()).dist });
  base = server.base;
}, 600_000);
afterAll(() => { server?.stop(); });

const b = useLaunched();
const shown = (p: Page, sel: string) => p.locator(sel).first().isVisible();
/** The language the first match is in: its own lang, or the one it inherits. */
const langOf = (p: Page, sel: string) => p.locator(sel).first().evaluate((e) => e.closest('[lang]')?.getAttribute('lang'));

describe('reading modes of a Spanish original', () => {
  it('are named Both / Español / English, work from the keyboard, and the choice carries over to a Chinese original as a role', async () => {
    const p = await b.context.newPage();
    await p.goto(`${base}/transcripts/${spanishSlug}/`);
    expect(await p.locator('fieldset.switch:has(input[name="mode"]) label').allInnerTexts()).toEqual(['Both', 'Español', 'English']);
    expect(await p.locator('fieldset.switch:has(input[name="mode"]) label').nth(1).getAttribute('lang')).toBe('es');
    // Radios from the keyboard: focus the checked one, then the arrow keys move the choice.
    await p.locator('#mode-both').focus();
    await p.keyboard.press('ArrowRight');
    expect(await p.locator('#mode-original').isChecked()).toBe(true);
    expect(await shown(p, ORIGINAL)).toBe(true);
    expect(await langOf(p, ORIGINAL)).toBe('es');
    expect(await shown(p, TRANSLATION)).toBe(false);
    // Another transcript, another pair: the remembered choice is "the original", so Chinese shows.
    await p.goto(`${base}/transcripts/${secondSlug}/`);
    expect(await p.locator('#mode-original').isChecked()).toBe(true);
    expect(await shown(p, ORIGINAL)).toBe(true);
    expect(await langOf(p, ORIGINAL)).toBe('zh-Hant');
    expect(await shown(p, TRANSLATION)).toBe(false);
    await p.locator('#mode-original').focus();
    await p.keyboard.press('ArrowRight');
    expect(await shown(p, ORIGINAL)).toBe(false);
    expect(await shown(p, TRANSLATION)).toBe(true);
    expect(await langOf(p, TRANSLATION)).toBe('en');
    await p.goto(`${base}/zh-hant/transcripts/${spanishSlug}/`);
    expect(await p.locator('fieldset.switch:has(input[name="mode"]) label').allInnerTexts()).toEqual(['西英對照', 'Español', 'English']);
    expect(await p.locator('#mode-translation').isChecked()).toBe(true);
    await p.close();
  });
});

describe('search kept to one text or one transcript, from the keyboard', () => {
  /** Focuses a filter by tabbing from the search box, and picks an option with the arrow keys. */
  async function pick(p: Page, name: string, value: string) {
    await p.locator('#search-q').focus();
    for (let i = 0; i < 12 && (await p.evaluate(() => (document.activeElement as HTMLSelectElement | null)?.name)) !== name; i++) await p.keyboard.press('Tab');
    expect(await p.evaluate(() => (document.activeElement as HTMLSelectElement | null)?.name)).toBe(name);
    const options = await p.locator(`select[name="${name}"] option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const at = await p.locator(`select[name="${name}"]`).evaluate((s) => (s as HTMLSelectElement).selectedIndex);
    const key = options.indexOf(value) >= at ? 'ArrowDown' : 'ArrowUp';
    for (let i = 0; i < Math.abs(options.indexOf(value) - at); i++) await p.keyboard.press(key);
    expect(await p.locator(`select[name="${name}"]`).inputValue()).toBe(value);
  }

  for (const [prefix, textLabel, transcriptLabel] of [['', 'Matched in', 'Transcript'], ['/zh-hant', '符合文字', '文字稿']] as const) {
    it(`a Spanish word in the original, not the translation; an English one the other way round (${prefix || '/'})`, async () => {
      const p = await b.context.newPage();
      await p.goto(`${base}${prefix}/search/`);
      expect(await p.locator('.search-filters label', { has: p.locator('select[name="text"]') }).innerText()).toContain(textLabel);
      expect(await p.locator('.search-filters label', { has: p.locator('select[name="transcript"]') }).innerText()).toContain(transcriptLabel);
      await p.locator('#search-q').fill('centeno');
      await p.keyboard.press('Enter');
      const all = await settled(p, 'centeno');
      expect(all.ids).toEqual(['pan-de-centeno-cada-noche']);
      expect(await p.locator('#search-results > li .search-main').getAttribute('lang')).toBe('es');
      expect(await p.locator('#search-results > li .search-other').getAttribute('lang')).toBe('en');
      await pick(p, 'text', 'translation');
      await p.waitForFunction(() => new URL(location.href).searchParams.get('text') === 'translation');
      expect((await settled(p, 'centeno')).state).toBe('none');
      await p.locator('#search-q').fill('rye');
      await p.keyboard.press('Enter');
      const rye = await settled(p, 'rye');
      expect(rye.ids).toEqual(['pan-de-centeno-cada-noche']);
      expect(await p.locator('#search-results > li').getAttribute('data-text')).toBe('translation');
      await pick(p, 'text', 'original');
      await p.waitForFunction(() => new URL(location.href).searchParams.get('text') === 'original');
      expect((await settled(p, 'rye')).state).toBe('none');
      await p.close();
    });
  }

  it('a Spanish plural finds the singular, and a transcript filter keeps to that transcript', async () => {
    const p = await b.context.newPage();
    await p.goto(`${base}/search/?q=panader%C3%ADas`);
    expect((await settled(p, 'panaderías')).ids).toContain('cuarenta-puestos-en-verano');
    await p.goto(`${base}/search/?q=night`);
    const everywhere = await settled(p, 'night');
    expect(everywhere.ids).toEqual(expect.arrayContaining(['mercado-abre-los-sabados', 'harbour-library-opens-at-night']));
    await pick(p, 'transcript', spanishSlug);
    await p.waitForFunction((s) => new URL(location.href).searchParams.get('transcript') === s, spanishSlug);
    const kept = await settled(p, 'night');
    expect(kept.ids.length).toBeGreaterThan(0);
    expect(kept.ids.every((id) => !id.startsWith('harbour-'))).toBe(true);
    await p.close();
  });
});
