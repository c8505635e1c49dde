/**
 * Search in a real browser against the built site: the query suite (each expected segment among
 * the first three results, and its link lands on the segment), the page states, and the
 * interface (URL, back button, shortcut, no JavaScript).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readdirSync } from 'node:fs';
import { launch } from '../support/browser';
import { layoutShifts, recordLayoutShifts } from '../support/layout-shifts';
import { PAGEFIND_WASM } from '../../src/scripts/search-boot';

const base = inject('baseUrl');
let browser: Awaited<ReturnType<typeof launch>>;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  context = browser.context;
  page = await context.newPage();
});
afterAll(async () => browser?.close());

type Params = Record<string, string>;
const searchUrl = (p: Params, prefix = '') => `${base}${prefix}/search/?${new URLSearchParams(p)}`;

/**
 * Waits until a search page shows a settled state (results, none, failed, empty) for the query `q`
 * in its URL, or for any query when `q` is left out; returns the state and the result ids.
 */
async function settled(on: Page, q?: string) {
  await on.waitForFunction(
    (query) => (query === null || new URL(location.href).searchParams.get('q') === query) && ['results', 'none', 'failed', 'empty'].includes(document.getElementById('search-status')?.dataset.state ?? ''),
    q ?? null,
    { timeout: 15_000 },
  );
  const state = await on.getAttribute('#search-status', 'data-state');
  const ids = await on.$$eval('#search-results > li', (lis) => lis.map((li) => (li as HTMLElement).dataset.segment ?? ''));
  return { state, ids };
}

/** Opens the search page for a query and waits for a settled state; returns it and the result ids. */
async function search(p: Params, prefix = '') {
  await page.goto(searchUrl(p, prefix));
  return settled(page);
}

/** Follows a result's link and checks where the reader lands. */
async function follow(id: string) {
  const link = page.locator(`#search-results > li[data-segment="${id}"] a.search-hit`);
  const href = (await link.getAttribute('href'))!;
  await Promise.all([page.waitForURL((u) => u.hash.startsWith(`#${id}`)), link.click()]);
  await page.waitForLoadState('load');
  await page.waitForFunction((i) => {
    const el = document.getElementById(i);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight;
  }, id, { timeout: 5_000, polling: 100 });
  const landed = await page.evaluate((i) => ({
    hash: location.hash,
    target: document.querySelector(':target')?.id ?? null,
    text: document.getElementById(i)?.querySelector('.seg-row')?.textContent ?? '',
  }), id);
  return { href, ...landed };
}

/** Runs `use` on a page of a fresh browser profile (empty cache), closed afterwards. */
async function inFreshBrowser(use: (p: Page) => Promise<void>) {
  const reader = await launch();
  try {
    await use(await reader.context.newPage());
  } finally {
    await reader.close();
  }
}

/** [label, params, expected segment id] */
const suite: [string, Params, string][] = [
  // Chinese words
  ['zh word 超音速海嘯', { q: '超音速海嘯' }, 'supersonic-tsunami'],
  ['zh word 擠牙膏', { q: '擠牙膏' }, 'squeezing-toothpaste'],
  ['zh word 心電感應', { q: '心電感應' }, 'conceptual-telepathy'],
  ['zh word 護城河', { q: '護城河' }, 'no-talk-of-lead-or-moats'],
  ['zh word 搖籃', { q: '搖籃' }, 'no-energy-ai-stifled'],
  ['zh word 電老虎', { q: '電老虎' }, 'ai-is-a-power-hog'],
  ['zh word 上市公司', { q: '上市公司' }, 'public-company-cant-say-too-much'],
  ['zh word 腦機介面', { q: '腦機介面' }, 'neuralink-already-achieved'],
  // pasted quotes long enough to be asked as four of their pairs (cjk.ts, MAX_QUERY_PAIRS)
  ['zh quote 關注點應從短期銷量轉向長期結構價值', { q: '關注點應從短期銷量轉向長期結構價值' }, 'shift-focus-from-short-term-sales'],
  ['zh quote 目標是建成世界上最大的推理叢集之一', { q: '目標是建成世界上最大的推理叢集之一' }, 'xai-worlds-largest-inference-cluster'],
  // single characters
  ['zh char 嘯', { q: '嘯' }, 'supersonic-tsunami'],
  ['zh char 踩', { q: '踩' }, 'public-company-cant-say-too-much'],
  ['zh char 瘋', { q: '瘋' }, 'optimus-more-important-than-cars'],
  ['zh char 豐', { q: '豐' }, 'ai-abundance-compute-energy-manufacturing'],
  ['zh char 兜', { q: '兜' }, 'jobs-lead-in'],
  // word-internal substrings
  ['zh inner 速海', { q: '速海' }, 'supersonic-tsunami'],
  ['zh inner 電感', { q: '電感' }, 'conceptual-telepathy'],
  ['zh inner 城河', { q: '城河' }, 'no-talk-of-lead-or-moats'],
  ['zh inner 機介', { q: '機介' }, 'neuralink-already-achieved'],
  ['zh inner 音速海', { q: '音速海' }, 'supersonic-tsunami'],
  ['zh inner 造良', { q: '造良' }, 'reality-regulation-yield-cost-ramp'],
  // English words
  ['en word tsunami', { q: 'tsunami' }, 'supersonic-tsunami'],
  ['en word toothpaste', { q: 'toothpaste' }, 'squeezing-toothpaste'],
  ['en word Telepathy (case)', { q: 'Telepathy' }, 'conceptual-telepathy'],
  ['en word landmine', { q: 'landmine' }, 'public-company-cant-say-too-much'],
  ['en word moats', { q: 'moats' }, 'no-talk-of-lead-or-moats'],
  ['en word prefix toothp', { q: 'toothp' }, 'squeezing-toothpaste'],
  // English phrases
  ['en quoted "supersonic tsunami"', { q: '"supersonic tsunami"' }, 'supersonic-tsunami'],
  ['en quoted "strangled in the cradle"', { q: '"strangled in the cradle"' }, 'no-energy-ai-stifled'],
  ['en words power hog', { q: 'power hog' }, 'ai-is-a-power-hog'],
  ['en words biggest product world', { q: 'biggest product in the world' }, 'optimus-biggest-product-in-world'],
  ['en quoted curly “step on a landmine”', { q: '“step on a landmine”' }, 'public-company-cant-say-too-much'],
  // numbers with units
  ['number 31.4 GWh', { q: '31.4 GWh' }, 'tesla-storage-2024-31-4-gwh'],
  ['number 120 億美元', { q: '120 億美元' }, 'xai-12b-debt-financing'],
  ['number 20 萬卡', { q: '20 萬卡' }, 'xai-gpus-200k-class'],
  ['number 10 萬台', { q: '10 萬台' }, 'optimus-100k-per-month-within-5-years'],
  ['number 12 billion', { q: '12 billion debt' }, 'xai-12b-debt-financing'],
  ['full-width digits ３１.４ ＧＷｈ', { q: '３１.４ ＧＷｈ' }, 'tesla-storage-2024-31-4-gwh'],
  // mixed
  ['mixed Optimus 月產', { q: 'Optimus 月產' }, 'optimus-100k-per-month-within-5-years'],
  ['mixed Grok 搜尋欄', { q: 'Grok 搜尋欄' }, 'grok-agent-not-search-box'],
  ['mixed CyberCab 兩座', { q: 'CyberCab 兩座' }, 'cybercab-two-seater-fleet-mix'],
  ['mixed Neuralink 障礙', { q: 'Neuralink 障礙' }, 'neuralink-to-remove-the-barrier'],
  ['mixed no space Optimus月產', { q: 'Optimus月產' }, 'optimus-100k-per-month-within-5-years'],
  // quoted Chinese
  ['zh quoted 「近零邊際成本」', { q: '「近零邊際成本」' }, 'three-pillars-near-zero-marginal-cost'],
  ['zh quoted "我寧願參與"', { q: '"我寧願參與"' }, 'participant-not-spectator'],
  // filters
  ['filter speaker: 參與者 by Musk', { q: '參與者', speaker: 'elon-musk' }, 'i-am-a-participant-not-a-spectator'],
  ['filter section: Optimus in meaning', { q: 'Optimus', section: 'meaning' }, 'human-ai-new-partnership-what-role'],
  ['filter verdict: Robotaxi inaccurate', { q: 'Robotaxi', verdict: 'inaccurate' }, 'bay-area-robotaxi-small-scale-testing'],
  ['filter no verdict: 護城河', { q: '護城河', verdict: 'none' }, 'no-talk-of-lead-or-moats'],
  ['filter language en: Grok in energy', { q: 'Grok', lang: 'en', section: 'energy' }, 'stable-blood-supply-for-the-brain'],
  ['filter speaker+section: 調度', { q: '調度', speaker: 'elon-musk', section: 'optimus' }, 'dispatch-vehicles-by-passenger-count'],
];

describe('query suite: the expected segment is among the first three and its link lands on it', () => {
  it('has at least 40 queries', () => expect(suite.length).toBeGreaterThanOrEqual(40));
  for (const [label, params, id] of suite) {
    it(label, async () => {
      const { state, ids } = await search(params);
      expect(state).toBe('results');
      expect(ids.slice(0, 3)).toContain(id);
      // The matched words are marked in the result.
      const marks = await page.$$eval(`#search-results > li[data-segment="${id}"] mark`, (m) => m.map((x) => x.textContent));
      expect(marks.length).toBeGreaterThan(0);
      const landed = await follow(id);
      expect(landed.hash).toBe(`#${id}`);
      // With a text fragment the browser highlights the words (and `:target` is the words, not the
      // element); without one, the segment itself is the target.
      const directive = landed.href.split(':~:text=')[1];
      if (directive) {
        const pieces = directive.split(',');
        const start = decodeURIComponent(pieces.find((p) => !p.endsWith('-') && !p.startsWith('-'))!);
        const prefix = pieces[0]!.endsWith('-') ? decodeURIComponent(pieces[0]!.slice(0, -1)) : '';
        const text = landed.text.replace(/\s+/gu, ' ');
        expect(text).toContain(start);
        expect(text).toContain(prefix);
        expect(marks.some((m) => start.includes(m!.trim()) || m!.includes(start))).toBe(true);
      } else {
        expect(landed.target).toBe(id);
      }
    });
  }
});

describe('filters apply per segment', () => {
  it('a speaker filter keeps only that speaker’s segments', async () => {
    const all = await search({ q: 'AI' });
    const musk = await search({ q: 'AI', speaker: 'elon-musk' });
    expect(musk.ids.length).toBeGreaterThan(0);
    expect(musk.ids.length).toBeLessThan(all.ids.length + 1);
    const who = await page.$$eval('#search-results .search-who', (els) => els.map((e) => e.textContent ?? ''));
    for (const w of who) expect(w).toMatch(/^Elon Musk ·/u);
  });
  it('the language filter shows matches in that language only', async () => {
    await search({ q: 'Optimus', lang: 'zh' });
    const langs = await page.$$eval('#search-results > li', (lis) => lis.map((li) => (li as HTMLElement).dataset.lang));
    expect(langs.length).toBeGreaterThan(0);
    expect(new Set(langs)).toEqual(new Set(['zh']));
  });
});

describe('states and interface', () => {
  it('shows the empty state without a query and loads no search code on load', async () => {
    const requests: string[] = [];
    const onReq = (r: { url(): string }) => requests.push(r.url());
    context.on('request', onReq);
    await page.goto(`${base}/search/`);
    await page.waitForLoadState('networkidle');
    context.off('request', onReq);
    expect(requests.some((u) => u.includes('/pagefind/'))).toBe(false);
    expect(requests.some((u) => /\/_astro\/search\.[^/]*\.js/u.test(u))).toBe(false);
    // Starting a search loads it.
    await page.fill('#search-q', '海嘯');
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(() => document.getElementById('search-status')?.dataset.state === 'results');
    expect(new URL(page.url()).searchParams.get('q')).toBe('海嘯');
  });
  it('says so when nothing matches, with suggestions that work', async () => {
    const { state } = await search({ q: '超音速海嘯 xyzzy' });
    expect(state).toBe('none');
    expect(await page.textContent('#search-status')).toContain('No segment or note matches');
    await page.click('.search-suggestion >> text=超音速海嘯');
    await page.waitForFunction(() => document.getElementById('search-status')?.dataset.state === 'results');
    expect(await page.$$eval('#search-results > li', (l) => l.map((x) => (x as HTMLElement).dataset.segment))).toContain('supersonic-tsunami');
  });
  it('a word Pagefind would shorten to a prefix does not match unrelated segments', async () => {
    expect((await search({ q: 'xyzzy' })).state).toBe('none');
  });
  it('says so when the index cannot be loaded', async () => {
    await context.route('**/pagefind/**', (r) => r.abort());
    try {
      const { state } = await search({ q: 'tsunami' });
      expect(state).toBe('failed');
      expect(await page.textContent('#search-status')).toContain('could not be loaded');
    } finally {
      await context.unroute('**/pagefind/**');
    }
  });
  it('keeps the query in the URL; back returns to the previous search', async () => {
    await search({ q: 'tsunami' });
    await page.fill('#search-q', 'toothpaste');
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'toothpaste' && document.getElementById('search-status')?.dataset.state === 'results');
    expect(await page.$eval('#search-results > li', (li) => (li as HTMLElement).dataset.segment)).toBe('squeezing-toothpaste');
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'tsunami');
    await page.waitForFunction(() => document.querySelector('#search-results > li')?.getAttribute('data-segment') === 'supersonic-tsunami');
    expect(await page.inputValue('#search-q')).toBe('tsunami');
    // Typing (no Enter) starts a new entry too: Back returns to the search before it.
    await page.fill('#search-q', 'moats');
    await page.waitForFunction(() => document.querySelector('#search-results > li')?.getAttribute('data-segment') === 'no-talk-of-lead-or-moats');
    expect(new URL(page.url()).searchParams.get('q')).toBe('moats');
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'tsunami');
    expect(await page.inputValue('#search-q')).toBe('tsunami');
  });
  it('the Chinese interface searches the same records and links within /zh-hant', async () => {
    const { ids } = await search({ q: 'tsunami' }, '/zh-hant');
    expect(ids).toContain('supersonic-tsunami');
    expect(await page.textContent('#search-status')).toContain('則段落或註解符合');
    const href = await page.getAttribute('#search-results a.search-hit', 'href');
    expect(href).toMatch(/^\/zh-hant\/transcripts\/x-takeover-2025\/#supersonic-tsunami/u);
  });
  it('shows the speaker, the match marked in its language and the other language beneath', async () => {
    await search({ q: '嘯' });
    const item = page.locator('#search-results > li[data-segment="supersonic-tsunami"]');
    expect(await item.locator('.search-who').textContent()).toContain('Elon Musk');
    expect(await item.locator('.search-main').getAttribute('lang')).toBe('zh-Hant');
    expect(await item.locator('.search-main mark').textContent()).toBe('嘯');
    expect(await item.locator('.search-other').getAttribute('lang')).toBe('en');
    expect(await item.locator('.search-other').textContent()).toContain('supersonic tsunami');
  });
  it('results arriving move nothing already on screen (no layout shift), on a phone and a wide screen', async () => {
    for (const viewport of [{ width: 412, height: 823 }, { width: 1280, height: 900 }]) {
      const p = await context.newPage();
      await p.setViewportSize(viewport);
      await recordLayoutShifts(p);
      await p.goto(searchUrl({ q: '海嘯' }));
      expect((await settled(p, '海嘯')).state).toBe('results');
      await p.waitForTimeout(300);
      expect(await layoutShifts(p), `${viewport.width} px`).toEqual([]);
      await p.close();
    }
  });
  it('on a phone the filters are easy to tap, and they and the search boxes have text of 16 px or more (no zoom on focus)', async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 360, height: 740 });
    await phone.goto(searchUrl({}));
    const selects = await phone.$$eval('.search-filters select', (els) => els.map((e) => ({ name: (e as HTMLSelectElement).name, height: e.getBoundingClientRect().height, font: parseFloat(getComputedStyle(e).fontSize) })));
    expect(selects.map((s) => s.name)).toEqual(['speaker', 'section', 'verdict', 'lang']);
    for (const s of selects) {
      expect(s.height, s.name).toBeGreaterThanOrEqual(40);
      expect(s.font, s.name).toBeGreaterThanOrEqual(16);
    }
    for (const box of ['#site-search', '#search-q']) expect(await phone.$eval(box, (e) => parseFloat(getComputedStyle(e).fontSize)), box).toBeGreaterThanOrEqual(16);
    await phone.close();
  });
  it('shows each result’s fact-check verdicts, or that a claim was not checked, worded as the verdict filter is, in the interface language', async () => {
    await search({ q: '嘯' });
    const badge = page.locator('#search-results > li[data-segment="supersonic-tsunami"] .search-verdicts .badge');
    expect(await badge.count()).toBe(1);
    expect(await badge.getAttribute('class')).toContain('v-mostly-accurate');
    expect((await badge.innerText()).trim()).toBe('≈ Mostly accurate');
    await search({ q: '嘯' }, '/zh-hant');
    expect((await page.locator('#search-results > li[data-segment="supersonic-tsunami"] .search-verdicts .badge').innerText()).trim()).toBe('≈ 大致正確');
    // Narration has no fact-check and shows none; a claim no fact-check covers says so, as the transcript does.
    await search({ q: '直奔核心' });
    expect(await page.locator('#search-results > li[data-segment="straight-to-the-core"] .search-verdicts > *').count()).toBe(0);
    await search({ q: '護城河' });
    const unchecked = page.locator('#search-results > li[data-segment="no-talk-of-lead-or-moats"] .search-verdicts');
    expect((await unchecked.innerText()).trim()).toBe('Not fact-checked');
    expect(await unchecked.locator('.badge').count()).toBe(0);
    await search({ q: '護城河' }, '/zh-hant');
    expect((await page.locator('#search-results > li[data-segment="no-talk-of-lead-or-moats"] .search-verdicts').innerText()).trim()).toBe('未經查核');
  });
  it('/ and Ctrl-K focus the header search box on any page', async () => {
    await page.goto(`${base}/transcripts/x-takeover-2025/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
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
    const notes = page.locator('#search-results > li[data-note]');
    expect(await notes.count()).toBeGreaterThan(0);
    const first = notes.first();
    expect(await first.locator('a.search-hit').getAttribute('href')).toMatch(/^\/transcripts\/x-takeover-2025\/#note-[a-z0-9-]+(?::~:text=.*)?$/);
    expect(await first.locator('.search-transcript').innerText()).toBe('Musk at X Takeover 2025');
    expect(await first.locator('.search-who').innerText()).toMatch(/ · Note$/);
  });
});

describe('serving the index', () => {
  it('loads every result’s display data in one file with the first query, so a later query waits for no fragment request', () => inFreshBrowser(async (p) => {
    const fragments: string[] = [];
    p.on('request', (r) => { if (new URL(r.url()).pathname.startsWith('/pagefind/fragment/')) fragments.push(r.url()); });
    /** Types a query into the page's box, without a reload, and returns the ids found. */
    const settle = async (q: string) => {
      await p.fill('#search-q', q);
      await p.press('#search-q', 'Enter');
      const { state, ids } = await settled(p, q);
      expect(state, q).toBe('results');
      return ids;
    };
    await p.goto(`${base}/search/`);
    expect(await settle('超音速海嘯')).toContain('supersonic-tsunami');
    expect(fragments, 'the first query').toHaveLength(1);
    // Different results from the first query's: their data is already in the shared file.
    expect(await settle('Optimus')).not.toContain('supersonic-tsunami');
    expect((await settle('心電感應'))[0]).toBe('conceptual-telepathy');
    expect(fragments, 'later queries').toHaveLength(1);
  }));

  it('requests Pagefind’s start-up files beside the search code, and Pagefind uses those requests instead of making its own', () => inFreshBrowser(async (p) => {
    const requested: string[] = [];
    p.on('request', (r) => {
      const u = new URL(r.url());
      if (u.pathname.startsWith('/pagefind/')) requested.push(u.pathname + u.search);
    });
    await p.goto(`${base}/search/?q=tsunami`);
    expect((await settled(p, 'tsunami')).ids).toContain('supersonic-tsunami');
    const of = (re: RegExp) => requested.filter((u) => re.test(u));
    // One request each: the boot script's. A preload Pagefind did not use would show as a second.
    expect(of(/^\/pagefind\/pagefind-entry\.json/), 'entry file').toHaveLength(1);
    expect(of(/^\/pagefind\/pagefind\.js$/), 'pagefind.js').toHaveLength(1);
    expect(of(/^\/pagefind\/wasm\./), 'WebAssembly').toEqual([`/pagefind/${PAGEFIND_WASM}`]);
    const t = await p.evaluate(() => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const at = (part: string) => entries.find((e) => new URL(e.name).pathname.includes(part))!;
      return { code: at('/_astro/search.').responseEnd, starts: ['/pagefind/pagefind.js', 'pagefind-entry.json', '/pagefind/wasm.'].map((part) => at(part).startTime) };
    });
    for (const start of t.starts) expect(start, 'requested before the search code has arrived').toBeLessThan(t.code);
  }));

  it('fetches the index chunks of what the reader types while they type, before the search that follows the pause', () => inFreshBrowser(async (p) => {
    await p.goto(`${base}/search/`);
    await p.focus('#search-q');
    // Focusing the box loads the search code and Pagefind; its metadata comes with init.
    await p.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('.pf_meta')));
    await p.keyboard.type('tsunami', { delay: 40 });
    expect((await settled(p, 'tsunami')).ids).toContain('supersonic-tsunami');
    const t = await p.evaluate(() => ({
      searches: performance.getEntriesByName('il-search-start', 'mark').map((m) => m.startTime),
      chunks: performance.getEntriesByType('resource').filter((e) => e.name.includes('/pagefind/index/')).map((e) => e.startTime),
    }));
    // Normally one search, when the typing pauses; a busy machine may pause sooner.
    expect(t.searches.length).toBeGreaterThan(0);
    expect(t.chunks.length).toBeGreaterThan(0);
    expect(Math.max(...t.chunks), 'every index chunk requested before the last search started').toBeLessThan(Math.max(...t.searches));
  }));

  it('fetches the top result’s display data while the reader types, so the search that follows makes no request', () => inFreshBrowser(async (p) => {
    await p.clock.install();
    await p.goto(`${base}/search/`);
    // Focusing the box loads the search code and Pagefind (waited for from here: the page's
    // timers, which in-page waiting uses, are the fake clock's).
    const metadata = p.waitForResponse((r) => r.url().endsWith('.pf_meta'));
    await p.focus('#search-q');
    await metadata;
    // The page's clock stops: the search that follows a pause in typing cannot start, so any
    // request for result data while the reader types comes from fetching ahead.
    await p.clock.pauseAt(await p.evaluate(() => Date.now() + 1_000));
    const ahead = p.waitForRequest((r) => r.url().includes('/pagefind/fragment/'), { timeout: 10_000 });
    await p.keyboard.type('tsunami');
    await ahead;
    expect(await p.locator('#search-results > li').count(), 'no search has run yet').toBe(0);
    const after: string[] = [];
    p.on('request', (r) => { if (r.url().includes('/pagefind/')) after.push(r.url()); });
    await p.clock.resume();
    expect((await settled(p, 'tsunami')).ids).toContain('supersonic-tsunami');
    expect(after, 'requests made by the search after the pause').toEqual([]);
  }));

  it('sends Pagefind’s files compressed on the wire (brotli when accepted, else its own gzip), so no inflating is left to page scripts', async () => {
    const entry = await (await fetch(`${base}/pagefind/pagefind-entry.json`)).json() as { languages: Record<string, { hash: string }> };
    const { hash } = Object.values(entry.languages)[0]!;
    for (const path of [`/pagefind/pagefind.${hash}.pf_meta`, '/pagefind/wasm.unknown.pagefind']) {
      for (const [accept, encoding] of [['gzip, deflate, br', 'br'], ['gzip', 'gzip']] as const) {
        const res = await fetch(`${base}${path}`, { headers: { 'accept-encoding': accept } });
        expect(res.status, path).toBe(200);
        expect(res.headers.get('content-encoding'), `${path} (${accept})`).toBe(encoding);
        // fetch has inflated the body: Pagefind will find its signature in clear and not inflate again.
        expect(new TextDecoder().decode(new Uint8Array(await res.arrayBuffer()).slice(0, 12)), path).toBe('pagefind_dcd');
      }
    }
  });

  it('caches the content-hashed index files for good, and revalidates the files whose names stay the same', async () => {
    const entry = await (await fetch(`${base}/pagefind/pagefind-entry.json`)).json() as { languages: Record<string, { hash: string }> };
    const { hash } = Object.values(entry.languages)[0]!;
    const cacheOf = async (path: string) => (await fetch(`${base}${path}`)).headers.get('cache-control');
    expect(await cacheOf(`/pagefind/pagefind.${hash}.pf_meta`)).toContain('immutable');
    for (const dir of ['index', 'fragment']) {
      const file = readdirSync(`dist/pagefind/${dir}`).find((f) => !f.endsWith('.br'))!;
      expect(await cacheOf(`/pagefind/${dir}/${file}`), file).toContain('immutable');
    }
    for (const path of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.unknown.pagefind']) expect(await cacheOf(path), path).toContain('must-revalidate');
  });
});
