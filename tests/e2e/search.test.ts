/**
 * Search in a real browser against the built site: the page's states and interface (URL, back
 * button, shortcut, verdicts, layout) and the page without JavaScript.
 */
import { describe, expect, inject, it } from 'vitest';
import { launch } from '../support/browser';
import { layoutShifts, recordLayoutShifts } from '../support/layout-shifts';
import { search as searchOn, searchUrl, settled, useBrowser, type Params } from '../support/search-page';

const base = inject('baseUrl');
const ui = useBrowser();

const search = (p: Params, prefix = '') => searchOn(ui.page, base, p, prefix);

describe('states and interface', () => {
  it('shows the empty state without a query and loads no search code on load', async () => {
    const requests: string[] = [];
    const onReq = (r: { url(): string }) => requests.push(r.url());
    ui.context.on('request', onReq);
    await ui.page.goto(`${base}/search/`);
    await ui.page.waitForLoadState('networkidle');
    ui.context.off('request', onReq);
    expect(requests.some((u) => u.includes('/pagefind/'))).toBe(false);
    expect(requests.some((u) => /\/_astro\/search\.[^/]*\.js/u.test(u))).toBe(false);
    // Starting a search loads it.
    await ui.page.fill('#search-q', '海嘯');
    await ui.page.press('#search-q', 'Enter');
    await ui.page.waitForFunction(() => document.getElementById('search-status')?.dataset.state === 'results');
    expect(new URL(ui.page.url()).searchParams.get('q')).toBe('海嘯');
  });
  it('says so when nothing matches, with suggestions that work', async () => {
    const { state } = await search({ q: '超音速海嘯 xyzzy' });
    expect(state).toBe('none');
    expect(await ui.page.textContent('#search-status')).toContain('No segment or note matches');
    await ui.page.click('.search-suggestion >> text=超音速海嘯');
    await ui.page.waitForFunction(() => document.getElementById('search-status')?.dataset.state === 'results');
    expect(await ui.page.$$eval('#search-results > li', (l) => l.map((x) => (x as HTMLElement).dataset.segment))).toContain('supersonic-tsunami');
  });
  it('a word Pagefind would shorten to a prefix does not match unrelated segments', async () => {
    expect((await search({ q: 'xyzzy' })).state).toBe('none');
  });
  it('says so when the index cannot be loaded', async () => {
    await ui.context.route('**/pagefind/**', (r) => r.abort());
    try {
      const { state } = await search({ q: 'tsunami' });
      expect(state).toBe('failed');
      expect(await ui.page.textContent('#search-status')).toContain('could not be loaded');
    } finally {
      await ui.context.unroute('**/pagefind/**');
    }
  });
  it('keeps the query in the URL; back returns to the previous search', async () => {
    await search({ q: 'tsunami' });
    await ui.page.fill('#search-q', 'toothpaste');
    await ui.page.press('#search-q', 'Enter');
    await ui.page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'toothpaste' && document.getElementById('search-status')?.dataset.state === 'results');
    expect(await ui.page.$eval('#search-results > li', (li) => (li as HTMLElement).dataset.segment)).toBe('squeezing-toothpaste');
    await ui.page.goBack();
    await ui.page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'tsunami');
    await ui.page.waitForFunction(() => document.querySelector('#search-results > li')?.getAttribute('data-segment') === 'supersonic-tsunami');
    expect(await ui.page.inputValue('#search-q')).toBe('tsunami');
    // Typing (no Enter) starts a new entry too: Back returns to the search before it.
    await ui.page.fill('#search-q', 'moats');
    await ui.page.waitForFunction(() => document.querySelector('#search-results > li')?.getAttribute('data-segment') === 'no-talk-of-lead-or-moats');
    expect(new URL(ui.page.url()).searchParams.get('q')).toBe('moats');
    await ui.page.goBack();
    await ui.page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'tsunami');
    expect(await ui.page.inputValue('#search-q')).toBe('tsunami');
  });
  it('the Chinese interface searches the same records and links within /zh-hant', async () => {
    const { ids } = await search({ q: 'tsunami' }, '/zh-hant');
    expect(ids).toContain('supersonic-tsunami');
    expect(await ui.page.textContent('#search-status')).toContain('則段落或註解符合');
    const href = await ui.page.getAttribute('#search-results a.search-hit', 'href');
    expect(href).toMatch(/^\/zh-hant\/transcripts\/x-takeover-2025\/#supersonic-tsunami/u);
  });
  it('shows the speaker, the match marked in its language and the other language beneath', async () => {
    await search({ q: '嘯' });
    const item = ui.page.locator('#search-results > li[data-segment="supersonic-tsunami"]');
    expect(await item.locator('.search-who').textContent()).toContain('Elon Musk');
    expect(await item.locator('.search-main').getAttribute('lang')).toBe('zh-Hant');
    expect(await item.locator('.search-main mark').textContent()).toBe('嘯');
    expect(await item.locator('.search-other').getAttribute('lang')).toBe('en');
    expect(await item.locator('.search-other').textContent()).toContain('supersonic tsunami');
  });
  it('results arriving move nothing already on screen (no layout shift), on a phone and a wide screen', async () => {
    for (const viewport of [{ width: 412, height: 823 }, { width: 1280, height: 900 }]) {
      const p = await ui.context.newPage();
      await p.setViewportSize(viewport);
      await recordLayoutShifts(p);
      await p.goto(searchUrl(base, { q: '海嘯' }));
      expect((await settled(p, '海嘯')).state).toBe('results');
      await p.waitForTimeout(300);
      expect(await layoutShifts(p), `${viewport.width} px`).toEqual([]);
      await p.close();
    }
  });
  it('on a phone the filters are easy to tap, and they and the search boxes have text of 16 px or more (no zoom on focus)', async () => {
    const phone = await ui.context.newPage();
    await phone.setViewportSize({ width: 360, height: 740 });
    await phone.goto(searchUrl(base, {}));
    const selects = await phone.$$eval('.search-filters select', (els) => els.map((e) => ({ name: (e as HTMLSelectElement).name, height: e.getBoundingClientRect().height, font: parseFloat(getComputedStyle(e).fontSize) })));
    expect(selects.map((s) => s.name)).toEqual(['speaker', 'section', 'verdict', 'text']);
    for (const s of selects) {
      expect(s.height, s.name).toBeGreaterThanOrEqual(40);
      expect(s.font, s.name).toBeGreaterThanOrEqual(16);
    }
    for (const box of ['#site-search', '#search-q']) expect(await phone.$eval(box, (e) => parseFloat(getComputedStyle(e).fontSize)), box).toBeGreaterThanOrEqual(16);
    await phone.close();
  });
  it('shows each result’s fact-check verdicts, or that a claim was not checked, worded as the verdict filter is, in the interface language', async () => {
    await search({ q: '嘯' });
    const badge = ui.page.locator('#search-results > li[data-segment="supersonic-tsunami"] .search-verdicts .badge');
    expect(await badge.count()).toBe(1);
    expect(await badge.getAttribute('class')).toContain('v-mostly-accurate');
    // What a reader sees: the symbol and space the badge's class draws (::before), then its words.
    const seen = (l: typeof badge) => l.evaluate((e) => `${/^"(.*?)"/.exec(getComputedStyle(e, '::before').content)?.[1] ?? ''}${(e as HTMLElement).innerText.trim()}`);
    expect(await seen(badge)).toBe('≈ Mostly accurate');
    await search({ q: '嘯' }, '/zh-hant');
    expect(await seen(ui.page.locator('#search-results > li[data-segment="supersonic-tsunami"] .search-verdicts .badge'))).toBe('≈ 大致正確');
    // Narration has no fact-check and shows none; a claim no fact-check covers says so, as the transcript does.
    await search({ q: '直奔核心' });
    expect(await ui.page.locator('#search-results > li[data-segment="straight-to-the-core"] .search-verdicts > *').count()).toBe(0);
    await search({ q: '護城河' });
    const unchecked = ui.page.locator('#search-results > li[data-segment="no-talk-of-lead-or-moats"] .search-verdicts');
    expect((await unchecked.innerText()).trim()).toBe('Not fact-checked');
    expect(await unchecked.locator('.badge').count()).toBe(0);
    await search({ q: '護城河' }, '/zh-hant');
    expect((await ui.page.locator('#search-results > li[data-segment="no-talk-of-lead-or-moats"] .search-verdicts').innerText()).trim()).toBe('未經查核');
  });
  it('/ and Ctrl-K focus the header search box on any page', async () => {
    await ui.page.goto(`${base}/transcripts/x-takeover-2025/`);
    await ui.page.keyboard.press('/');
    expect(await ui.page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await ui.page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await ui.page.keyboard.press('Control+k');
    expect(await ui.page.evaluate(() => document.activeElement?.id)).toBe('site-search');
  });
});

describe('without JavaScript', () => {
  it('the search page says search needs JavaScript and links to the fact-checks and the transcript', async () => {
    const nojs = await launch({ javaScriptEnabled: false });
    try {
      const p = await nojs.context.newPage();
      await p.goto(`${base}/search/?q=tsunami`);
      const box = p.locator('.search-nojs');
      expect(await box.isVisible()).toBe(true);
      expect(await box.textContent()).toContain('Search needs JavaScript');
      const hrefs = await box.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toContain('/fact-checks/');
      expect(hrefs).toContain('/transcripts/x-takeover-2025/');
    } finally {
      await nojs.close();
    }
  });
});

describe('notes are results of their own', () => {
  it('a phrase found only in notes lists the notes, each naming its transcript and linking to the note', async () => {
    // "daily8" (a site where a copy of an event report was found) is named in notes, in no segment.
    const { state, ids } = await search({ q: 'daily8' });
    expect(state).toBe('results');
    expect(ids.every((id) => id === '')).toBe(true);
    const notes = ui.page.locator('#search-results > li[data-note]');
    expect(await notes.count()).toBeGreaterThan(0);
    const first = notes.first();
    expect(await first.locator('a.search-hit').getAttribute('href')).toMatch(/^\/transcripts\/x-takeover-2025\/#note-[a-z0-9-]+(?::~:text=.*)?$/);
    expect(await first.locator('.search-transcript').innerText()).toBe('Musk at X Takeover 2025');
    expect(await first.locator('.search-who').innerText()).toMatch(/ · Note$/);
  });
});
