/**
 * The recording of a transcript, in Chromium, on the multi-transcript test build
 * (tests/support/multi-build.ts; its fictional fixture has a recording spoken by espeak-ng).
 * Without JavaScript a time link opens the recording at that time (#t=); with it, the link seeks
 * the page's player, which plays from there and highlights the segment being heard, by mouse
 * or keyboard, and focus stays on the link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useLaunched } from '../support/use-browser';
import { multiBuild, secondSlug, type MultiBuild } from '../support/multi-build';
import { audioTools } from '../support/recording';
import { axeViolations } from '../support/axe';
import { serveDist } from '../support/serve-dist';

const noTools = audioTools();
let built: MultiBuild;
let server: Awaited<ReturnType<typeof serveDist>> | undefined;
let base = '';

beforeAll(async () => {
  built = await multiBuild();
  server = await serveDist({ distDir: built.dist });
  base = server.base;
}, 600_000);
afterAll(() => { server?.stop(); });

const page = () => `${base}/transcripts/${secondSlug}/`;
const state = (p: Page) => p.evaluate(() => {
  const media = document.querySelector<HTMLMediaElement>('#recording')!;
  const playing = [...document.querySelectorAll('article.seg--playing')];
  return { t: media.currentTime, paused: media.paused, playing: playing.map((a) => a.id), current: [...document.querySelectorAll('[aria-current="time"]')].map((a) => a.id), focused: (document.activeElement as HTMLElement | null)?.dataset.start, url: location.href };
});

describe('without JavaScript', () => {
  const b = useLaunched({ javaScriptEnabled: false });

  it('a time link opens the recording at that time', async () => {
    const p = await b.context.newPage();
    await p.goto(page());
    const link = p.locator('#night-readers-are-fishers a.seg-time');
    expect(await link.getAttribute('href')).toBe(`/media/${secondSlug}.wav#t=4`);
    expect(await link.getAttribute('aria-label')).toBe('Play the recording from 0:04');
    expect(await p.locator('audio#recording[controls]').count()).toBe(1);
    const file = await p.request.get(new URL(`/media/${secondSlug}.wav`, base).href);
    expect.soft(file.status()).toBe(noTools ? 404 : 200);
    await p.close();
  });
});

describe.skipIf(noTools)(`with JavaScript${noTools ? ` (skipped: ${noTools})` : ''}`, () => {
  const b = useLaunched();
  let violations: string[];

  const open = async () => {
    const p = await b.context.newPage();
    violations = [];
    p.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
    await p.goto(page());
    await p.locator('audio#recording').evaluate((m: HTMLMediaElement) => m.readyState >= 1 || new Promise((r) => m.addEventListener('loadedmetadata', r, { once: true })));
    return p;
  };

  it('clicking a time plays from there in the page, highlights that segment and keeps focus on the link', async () => {
    const p = await open();
    await p.locator('#thousand-maps-by-summer a.seg-time').click();
    await expect.poll(async () => (await state(p)).paused).toBe(false);
    const s = await state(p);
    expect(s.url).toBe(page());
    expect(s.t).toBeGreaterThanOrEqual(8);
    expect(s.t).toBeLessThan(12);
    expect(s.playing).toEqual(['thousand-maps-by-summer']);
    expect(s.current).toEqual(['thousand-maps-by-summer']);
    expect(s.focused).toBe('8');
    expect(await p.locator('#thousand-maps-by-summer .now-playing').textContent()).toBe(' (Now playing)');
    expect(violations).toEqual([]);
    // The player is in the sticky reading-mode bar: the bar must stay within the 4rem the page keeps
    // clear above a link's target or a focused control (WCAG 2.4.11).
    expect(await p.locator('.toolbar').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(64);
    await p.close();
  });

  it('by keyboard: Enter on a time link plays from there, and the highlight follows the recording', async () => {
    const p = await open();
    await p.locator('#night-readers-are-fishers a.seg-time').focus();
    await p.keyboard.press('Enter');
    await expect.poll(async () => (await state(p)).playing).toEqual(['night-readers-are-fishers']);
    expect((await state(p)).focused).toBe('4');
    // The reading of the next segment starts at 8 s: the highlight moves on by itself.
    await expect.poll(async () => (await state(p)).playing, { timeout: 15_000 }).toEqual(['thousand-maps-by-summer']);
    expect((await state(p)).current).toEqual(['thousand-maps-by-summer']);
    await p.close();
  });
});

describe('accessibility of the player and the time links', () => {
  it('the transcript and segment pages with a recording have no axe violation, in both interface languages', async () => {
    const paths = [`/transcripts/${secondSlug}/`, `/zh-hant/transcripts/${secondSlug}/`, `/transcripts/${secondSlug}/night-readers-are-fishers/`, `/zh-hant/transcripts/${secondSlug}/night-readers-are-fishers/`];
    expect(await axeViolations(base, paths)).toEqual([]);
  });
});
