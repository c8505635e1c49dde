import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useLaunched } from '../support/use-browser';
import { ORIGINAL, TRANSLATION } from '../support/segment-parts';

const base = inject('baseUrl');
const transcript = `${base}/transcripts/x-takeover-2025/`;

/** Which fonts Chromium actually used to draw a node's text (DevTools CSS.getPlatformFontsForNode). */
async function fontsFor(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

const visibleText = (page: Page, selector: string) => page.locator(selector).first().isVisible();

describe('reading the transcript with JavaScript on', () => {
  const b = useLaunched();

  it('draws the Chinese text with a CJK font, not empty boxes', async () => {
    const page = await b.context.newPage();
    await page.goto(`${transcript}#supersonic-tsunami`);
    const fonts = await fontsFor(page, `#supersonic-tsunami${ORIGINAL}`);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f.familyName, JSON.stringify(fonts)).toMatch(/CJK|TC|Han|Hei|Ming|Song/i);
    await page.close();
  });

  it('following #<id> brings that segment into view and marks it', async () => {
    const page = await b.context.newPage();
    await page.goto(`${transcript}#optimus-biggest-product-in-world`);
    const seg = page.locator('#optimus-biggest-product-in-world');
    await expect.poll(() => seg.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; })).toBe(true);
    // …and not under the sticky reading-mode bar.
    const barBottom = await page.locator('.toolbar').evaluate((el) => el.getBoundingClientRect().bottom);
    expect(await seg.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(barBottom);
    expect(await seg.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await page.locator(`#optimus-biggest-product-in-world${ORIGINAL}`).innerText()).toContain('這是世界上最大的產品');
    await page.close();
  });

  it('a control reached with Shift+Tab is never hidden under the sticky reading-mode bar (WCAG 2.4.11)', async () => {
    const page = await b.context.newPage();
    await page.goto(transcript);
    await page.evaluate(() => { window.scrollTo(0, document.body.scrollHeight); [...document.querySelectorAll<HTMLElement>('.transcript a[href], .transcript button')].at(-1)!.focus(); });
    const hidden: string[] = [];
    let reached = 0;
    for (let i = 0; i < 60; i += 1) {
      await page.keyboard.press('Shift+Tab');
      const r = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const bar = document.querySelector('.toolbar')!.getBoundingClientRect();
        if (!el?.closest('.transcript')) return null;
        const box = el.getBoundingClientRect();
        return { covered: box.top < bar.bottom && box.bottom <= bar.bottom && box.bottom > bar.top, what: `${el.tagName} ${el.textContent?.trim().slice(0, 30)} at ${Math.round(box.top)} px` };
      });
      if (!r) continue;
      reached += 1;
      if (r.covered) hidden.push(r.what);
    }
    expect(reached).toBeGreaterThan(40);
    expect(hidden).toEqual([]);
    await page.close();
  });

  it('the reading-mode switch shows one language or both, and remembers the choice', async () => {
    const page = await b.context.newPage();
    await page.goto(transcript);
    const zh = `#supersonic-tsunami${ORIGINAL}`;
    const en = `#supersonic-tsunami${TRANSLATION}`;
    expect([await visibleText(page, zh), await visibleText(page, en)]).toEqual([true, true]);
    await page.getByText('English', { exact: true }).first().click();
    expect([await visibleText(page, zh), await visibleText(page, en)]).toEqual([false, true]);
    await page.locator('label', { hasText: '中文' }).first().click();
    expect([await visibleText(page, zh), await visibleText(page, en)]).toEqual([true, false]);
    await page.reload();
    expect([await visibleText(page, zh), await visibleText(page, en)]).toEqual([true, false]);
    expect(await page.locator('input[name="mode"][value="original"]').isChecked()).toBe(true);
    await page.locator('label', { hasText: 'Both' }).first().click();
    expect([await visibleText(page, zh), await visibleText(page, en)]).toEqual([true, true]);
    await page.close();
  });

  it('the words each of several fact-checks covers follow the reading mode, as the columns do', async () => {
    const page = await b.context.newPage();
    await page.goto(`${transcript}#bay-area-robotaxi-safety-monitor-no-fares`);
    // The covered words in each language (the page's language is inherited, not repeated on its q).
    const words = (lang: string) => `#bay-area-robotaxi-safety-monitor-no-fares .note-covers .cov-${lang === 'en' ? 'translation' : 'original'}`;
    expect(await page.locator(words('en')).count()).toBe(2);
    expect([await visibleText(page, words('zh-Hant')), await visibleText(page, words('en'))]).toEqual([true, true]);
    await page.getByText('English', { exact: true }).first().click();
    expect([await visibleText(page, words('zh-Hant')), await visibleText(page, words('en'))]).toEqual([false, true]);
    await page.locator('label', { hasText: '中文' }).first().click();
    expect([await visibleText(page, words('zh-Hant')), await visibleText(page, words('en'))]).toEqual([true, false]);
    await page.locator('label', { hasText: 'Both' }).first().click();
    await page.close();
  });

  it('side by side on a wide screen, stacked on a narrow one', async () => {
    const page = await b.context.newPage();
    await page.goto(transcript);
    const box = async () => ({ zh: (await page.locator(`#supersonic-tsunami${ORIGINAL}`).boundingBox())!, en: (await page.locator(`#supersonic-tsunami${TRANSLATION}`).boundingBox())! });
    let r = await box();
    expect(Math.abs(r.zh.y - r.en.y)).toBeLessThan(5);
    expect(r.en.x).toBeGreaterThan(r.zh.x + r.zh.width - 1);
    await page.setViewportSize({ width: 390, height: 800 });
    r = await box();
    expect(r.en.y).toBeGreaterThanOrEqual(r.zh.y + r.zh.height - 1);
    await page.close();
  });

  it('off-screen segments wait with a placeholder no shorter than the segment, on phones and wide screens', async () => {
    // content-visibility: auto skips off-screen segments; a placeholder shorter than its segment
    // would let the skipped contents overhang the next one (and fail Lighthouse's target-size audit).
    for (const width of [320, 412, 1024]) {
      const page = await b.context.newPage();
      await page.setViewportSize({ width, height: 800 });
      await page.goto(transcript);
      const rows = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.transcript .seg')].map((e) => {
        const placeholder = parseFloat(getComputedStyle(e).containIntrinsicHeight.replace(/^auto\s+/, ''));
        e.style.contentVisibility = 'visible';
        return { id: e.id, placeholder, real: e.getBoundingClientRect().height };
      }));
      expect(rows.length).toBeGreaterThan(100);
      for (const r of rows) expect(r.placeholder, `${r.id} at ${width} px`).toBeGreaterThanOrEqual(r.real);
      await page.close();
    }
  });

  it('a closed fact-check shows the start of its claim on one line; opened, the claim in full, once', async () => {
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${transcript}#event-date-time-bay-area`);
    const note = page.locator('#event-date-time-bay-area details.note:has(> summary .badge)').first();
    const gist = note.locator('.note-gist');
    const shape = () => gist.evaluate((e) => ({ text: (e as HTMLElement).innerText, height: e.getBoundingClientRect().height, line: parseFloat(getComputedStyle(e).lineHeight), cut: e.scrollWidth > e.clientWidth }));
    let g = await shape();
    expect(g.text).toMatch(/^The report says/);
    expect(g.height).toBeLessThan(g.line * 1.5);
    expect(g.cut, 'a claim longer than the phone is wide is cut off with an ellipsis').toBe(true);
    await note.locator('summary').click();
    g = await shape();
    expect(g.text).toMatch(/^What was checked: The report says .+\(Claim by .+\)$/s);
    expect(g.height, 'wrapped over several lines').toBeGreaterThan(g.line * 1.5);
    expect(g.cut).toBe(false);
    const claim = g.text.replace(/^What was checked: /, '').replace(/\s*\(Claim by .+\)$/s, '');
    expect(await note.locator('> div').innerText(), 'not repeated in the body').not.toContain(claim.slice(0, 40));
    await page.close();
  });

  it('a source link that wraps on a phone keeps its list number beside its first line', async () => {
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${base}/transcripts/x-takeover-2025/supersonic-tsunami/`);
    const rows = await page.$$eval('.sources-list > li', (lis) => lis.map((li) => {
      const link = li.querySelector('a')!;
      const lineHeight = parseFloat(getComputedStyle(link).lineHeight);
      // A zero-width character put first in the item sits on the item's first baseline, as its number does.
      const probe = li.insertBefore(document.createElement('span'), li.firstChild);
      probe.textContent = '\u200b';
      const numberAt = probe.getBoundingClientRect().bottom - link.getBoundingClientRect().top;
      probe.remove();
      return { text: link.textContent!.trim(), wraps: link.getClientRects()[0]!.height > lineHeight * 1.5, numberAt, lineHeight };
    }));
    expect(rows.filter((r) => r.wraps).length).toBeGreaterThan(0);
    for (const r of rows) expect(r.numberAt, r.text).toBeLessThanOrEqual(r.lineHeight * 1.25);
    await page.close();
  });

  it('the interface language switch leads to the same page in Chinese', async () => {
    const page = await b.context.newPage();
    await page.goto(transcript);
    await page.locator('header a[hreflang="zh-Hant"]').click();
    await page.waitForURL(/\/zh-hant\/transcripts\/x-takeover-2025\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant');
    expect(await page.locator('nav.toc h2').innerText()).toBe('目錄');
    await page.close();
  });
});

describe('reading the transcript with JavaScript off', () => {
  const b = useLaunched({ javaScriptEnabled: false });

  it('the reading-mode switch still works (CSS only)', async () => {
    const page = await b.context.newPage();
    await page.goto(transcript);
    const zh = `#ai-80-prosperity-20-catastrophe${ORIGINAL}`;
    const en = `#ai-80-prosperity-20-catastrophe${TRANSLATION}`;
    await page.locator('label', { hasText: '中文' }).first().click();
    expect([await visibleText(page, zh), await visibleText(page, en)]).toEqual([true, false]);
    await page.getByText('English', { exact: true }).first().click();
    expect([await visibleText(page, zh), await visibleText(page, en)]).toEqual([false, true]);
    await page.close();
  });

  it('annotations open in place without JavaScript and show their verdict and sources', async () => {
    const page = await b.context.newPage();
    await page.goto(`${transcript}#supersonic-tsunami`);
    const note = page.locator('#note-supersonic-tsunami-check');
    await note.locator('summary').click();
    await expect.poll(() => note.locator('.sources-list a').first().isVisible()).toBe(true);
    expect(await note.locator('.badge').innerText()).toContain('Mostly accurate');
    // A source opens in the same tab and sends no referrer (the page's policy, not a rel on each link).
    const source = note.locator('.sources-list a').first();
    expect(await source.getAttribute('target')).toBeNull();
    let referer: string | undefined = 'not requested';
    await page.route(await source.getAttribute('href') as string, (r) => { referer = r.request().headers().referer; return r.fulfill({ body: 'ok' }); });
    await source.click();
    await expect.poll(() => referer).toBeUndefined();
    await page.close();
  });
});
