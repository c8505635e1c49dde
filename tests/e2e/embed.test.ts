/**
 * The quote card in a real browser, framed by a page of another origin (a second small server on
 * another port of 127.0.0.1): the card loads and reads in both colour schemes, while the segment
 * page itself refuses to be framed. axe on cards and on the segment page's embed code; the copy
 * button copies the code.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launch } from '../support/browser';
import { axeViolations } from '../support/axe';
import { loadExport } from '../support/dist';
/** The published transcript whose content these assertions name. */
const slug = 'x-takeover-2025';

const base = inject('baseUrl');
const segments = loadExport(slug).segments;
const withVerdict = segments.find((s) => s.annotations.some((a) => a.verdict))!;
const embedPath = (id: string) => `/transcripts/${slug}/${id}/embed/`;
const permalink = (id: string) => `/transcripts/${slug}/${id}/`;

let host: Server;
let hostUrl: string;
let browser: Awaited<ReturnType<typeof launch>>;
let page: Page;
const refused: string[] = [];

beforeAll(async () => {
  // Another origin (another port) whose page frames a card and a segment page, as a news site would.
  host = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><title>Another site</title><h1>Another site</h1>
      <iframe id="card" title="card" width="560" height="400" src="${base}${embedPath(withVerdict.id)}"></iframe>
      <iframe id="page" title="page" width="560" height="400" src="${base}${permalink(withVerdict.id)}"></iframe>`);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
  browser = await launch();
  page = await browser.context.newPage();
  page.on('console', (m) => { if (/frame-ancestors/.test(m.text())) refused.push(m.text()); });
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
});

const frameOf = async (id: string): Promise<Frame> => (await (await page.$(`#${id}`))!.contentFrame())!;

describe('embed card on another origin', () => {
  it('loads in a frame of another site, with the quote, its verdict and a link that opens a new tab', async () => {
    expect(new URL(hostUrl).origin).not.toBe(new URL(base).origin);
    await page.goto(hostUrl, { waitUntil: 'load' });
    const card = await frameOf('card');
    expect(card.url()).toBe(`${base}${embedPath(withVerdict.id)}`);
    expect(await card.locator('blockquote[lang="zh-Hant"]').innerText()).toBe(withVerdict.text['zh-Hant']);
    expect(await card.locator('blockquote[lang="en"]').innerText()).toBe(withVerdict.text.en);
    expect(await card.locator('.badge').count()).toBeGreaterThan(0);
    expect(await card.locator('a[target="_blank"]').first().getAttribute('href')).toBe(permalink(withVerdict.id));
  });

  it('the segment page itself is refused in that frame (frame-ancestors \'none\')', async () => {
    await page.goto(hostUrl, { waitUntil: 'load' });
    const framed = await frameOf('page');
    // Chromium replaces a refused document with its error page: none of the segment page is there.
    await expect.poll(() => framed.url()).not.toBe(`${base}${permalink(withVerdict.id)}`);
    expect(await framed.locator('[data-segment-page]').count()).toBe(0);
    expect(refused.some((m) => m.includes("frame-ancestors 'none'"))).toBe(true);
  });

  it('follows the reader\'s colour scheme without script', async () => {
    const background = async (scheme: 'light' | 'dark') => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(hostUrl, { waitUntil: 'load' });
      const card = await frameOf('card');
      return card.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector('blockquote')!).color]);
    };
    expect(await background('light')).toEqual(['rgb(253, 252, 249)', 'rgb(28, 27, 25)']);
    expect(await background('dark')).toEqual(['rgb(22, 22, 26)', 'rgb(236, 235, 230)']);
  });
});

describe('card size', () => {
  it('every card fits the frame its embed code gives it (560 px wide, its oEmbed height), with no scroll bar', async () => {
    const sized = await browser.context.newPage();
    const cut: string[] = [];
    try {
      for (const s of segments) {
        const { width, height } = (await (await fetch(`${base}/transcripts/${slug}/${s.id}/oembed.json`)).json()) as { width: number; height: number };
        await sized.setViewportSize({ width, height });
        await sized.goto(`${base}${embedPath(s.id)}`);
        const need = await sized.evaluate(() => document.documentElement.scrollHeight);
        if (need > height) cut.push(`${s.id}: ${need} px tall in a ${height} px frame`);
      }
    } finally {
      await sized.close();
    }
    expect(cut).toEqual([]);
  });
});

describe('card in a narrow frame', () => {
  it('reads without sideways scrolling at 320 CSS px (WCAG 1.4.10), the longest quote included', async () => {
    const longest = [...segments].sort((a, b) => b.text.en.length - a.text.en.length)[0]!;
    const narrow = await browser.context.newPage();
    try {
      await narrow.setViewportSize({ width: 320, height: 640 });
      for (const s of [withVerdict, longest]) {
        await narrow.goto(`${base}${embedPath(s.id)}`);
        expect(await narrow.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), s.id).toBe(0);
      }
    } finally {
      await narrow.close();
    }
  });
});

describe('embed code on the segment page', () => {
  it('opens from the keyboard and its button copies the iframe code', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${base}${permalink(withVerdict.id)}`);
    await page.locator('#embed summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#embed').getAttribute('open')).not.toBeNull();
    await page.locator('#embed button.copy-btn').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`^<iframe src="[^"]+${embedPath(withVerdict.id)}" title="[^"]+"`));
  });

  it('axe finds nothing on cards (a quote with a verdict, narration, a heading) and on the segment page in both interface languages, in both schemes', async () => {
    const narration = segments.find((s) => s.kind === 'narration')!;
    const heading = segments.find((s) => s.kind === 'heading')!;
    const paths = [...new Set([withVerdict, narration, heading].map((s) => embedPath(s.id))), permalink(withVerdict.id), `/zh-hant${permalink(withVerdict.id)}`];
    expect(await axeViolations(base, paths)).toEqual([]);
  }, 120_000);
});
