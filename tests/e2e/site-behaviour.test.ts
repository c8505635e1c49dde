/** What a reader meets beyond the transcript text: no third-party requests, no CSP violations, dark mode, print, no-JS reading. */
import { describe, expect, inject, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { useLaunched } from '../support/use-browser';
import { loadExport, slugs } from '../support/dist';
import { ORIGINAL, TRANSLATION } from '../support/segment-parts';

const base = inject('baseUrl');
const transcript = `${base}/transcripts/x-takeover-2025/`;
const readerPages = ['/', '/transcripts/x-takeover-2025/', '/fact-checks/', '/sources/', '/predictions/', '/about/', '/zh-hant/transcripts/x-takeover-2025/'];

/** The site's fact-checks as written, and its quotes and claims that none covers: what the fact-check index lists. */
const factChecks = slugs.flatMap((slug) => readdirSync(join('content/annotations', slug)).flatMap((f) => (parse(readFileSync(join('content/annotations', slug, f), 'utf8')).annotations as { kind: string; verdict?: string; claimant?: string }[]).filter((a) => a.kind === 'fact-check')));
const uncheckedCount = slugs.flatMap((slug) => loadExport(slug).segments).filter((s) => (s.kind === 'quote' || s.kind === 'claim') && !s.annotations.some((a) => a.kind === 'fact-check')).length;
const withVerdict = (v: string, claimant?: string) => factChecks.filter((a) => a.verdict === v && (!claimant || a.claimant === claimant)).length;

describe('with JavaScript on', () => {
  const b = useLaunched();

  it('no page requests anything from a host other than this site, and none breaks its CSP', async () => {
    const foreign: string[] = [];
    const violations: string[] = [];
    b.context.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) foreign.push(r.url()); });
    const page = await b.context.newPage();
    page.on('console', (m) => { if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
    for (const p of readerPages) {
      const res = await page.goto(`${base}${p}`, { waitUntil: 'networkidle' });
      // Served with the policy as a header too (dist/_headers), which governs the whole document:
      // the inline preferences script still runs (it marks <html> with .js).
      expect(res?.headers()['content-security-policy'], p).toMatch(/script-src 'self'/);
      expect(await page.evaluate(() => document.documentElement.classList.contains('js')), p).toBe(true);
      // Use what loads on interaction too: theme, reading mode, a note.
      await page.locator('label', { hasText: /Dark|深色/ }).first().click();
    }
    await page.goto(transcript, { waitUntil: 'networkidle' });
    await page.locator('#note-supersonic-tsunami-check summary').click();
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('the dark-mode toggle switches colours, is remembered, and "Auto" follows the system', async () => {
    const page = await b.context.newPage();
    await page.goto(`${base}/about/`);
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.locator('label', { hasText: 'Light' }).first().click();
    const light = await bg();
    await page.locator('label', { hasText: 'Dark' }).first().click();
    const dark = await bg();
    expect(dark).not.toBe(light);
    await page.reload();
    expect(await bg()).toBe(dark);
    await page.locator('label', { hasText: 'Auto' }).first().click();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await bg()).toBe(dark);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await bg()).toBe(light);
    await page.close();
  });

  it('prints the transcript without navigation, with notes written out and source URLs spelled out', async () => {
    const page = await b.context.newPage();
    await page.goto(transcript);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.site').isVisible()).toBe(false);
    expect(await page.locator('.toolbar').isVisible()).toBe(false);
    const note = page.locator('#note-supersonic-tsunami-check');
    expect(await note.locator('.sources-list a').first().isVisible()).toBe(true);
    const after = await note.locator('.sources-list a').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('https://');
    expect(await page.locator(`#supersonic-tsunami${ORIGINAL}`).isVisible()).toBe(true);
    expect(await page.locator(`#supersonic-tsunami${TRANSLATION}`).isVisible()).toBe(true);
    await page.close();
  });
});

describe('with JavaScript off', () => {
  const b = useLaunched({ javaScriptEnabled: false });

  it('the fact-check index filters by verdict and by speaker with CSS alone', async () => {
    const page = await b.context.newPage();
    await page.goto(`${base}/fact-checks/`);
    const visible = () => page.locator('.fc-item:visible').count();
    const all = await visible();
    // Every checked claim, then the quotes and claims no fact-check covers, listed apart.
    expect(all).toBe(factChecks.length + uncheckedCount);
    await page.locator('label', { hasText: 'Inaccurate' }).click();
    expect(await visible()).toBe(withVerdict('inaccurate'));
    expect(await page.locator('#not-checked').isVisible()).toBe(false);
    await page.locator('fieldset', { hasText: 'Speaker' }).locator('label', { hasText: 'Elon Musk' }).click();
    expect(await visible()).toBe(withVerdict('inaccurate', 'elon-musk'));
    expect(await page.locator('.filter-empty').isVisible()).toBe(withVerdict('inaccurate', 'elon-musk') === 0);
    await page.locator('label', { hasText: 'Opinion' }).click();
    expect(await visible()).toBe(withVerdict('opinion', 'elon-musk'));
    await page.close();
  });

  it('a fact-check index entry leads to its segment on the transcript', async () => {
    const page = await b.context.newPage();
    await page.goto(`${base}/fact-checks/`);
    await page.locator('a[href$="#supersonic-tsunami"]').first().click();
    await page.waitForURL(/#supersonic-tsunami$/);
    expect(await page.locator('#supersonic-tsunami').evaluate((el) => el.matches(':target'))).toBe(true);
    await page.close();
  });
});
