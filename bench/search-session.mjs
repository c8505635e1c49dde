// The search benchmark's sessions in Chromium (bench/search.mjs): a reader's pace, the ways a query
// reaches the box, and a search started from another page's header box.
import { browser } from './_lib.mjs';

/**
 * A reader's pace: the pause between two keys, or between clicking in the box, pasting and
 * pressing Enter (a quick typist: 12 keys a second).
 */
export const READER_MS = 80;

/** What the page logs when a search's results are on screen. */
export const DONE = 'il-bench: results on screen';
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Clicks in a search box, pastes the query (one input event) and waits, at a reader's pace: Enter comes next. */
async function clickAndPaste(page, selector, q) {
  await page.click(selector);
  await page.waitForTimeout(READER_MS);
  await page.fill(selector, q);
  await page.waitForTimeout(READER_MS);
}

/**
 * One cold session: fresh profile, page loaded, then the first query and the later ones.
 * `entry` is how the queries reach the box:
 * - 'pasted': the whole query put in the box as a paste puts it (one input event, replacing what
 *   the box held), then Enter 80 ms later; the first query is preceded by a click in the box 80 ms
 *   before the paste. 80 ms between two actions is the pace of a quick typist (12 keys a second),
 *   the same as 'typed'. The budget applies.
 * - 'typed': typed key by key at 80 ms a key, then Enter 80 ms after the last key (the first query
 *   is pasted as in 'pasted'). The budget applies.
 * - 'at once': pasted, then Enter as soon as the test driver can send it, a few milliseconds later
 *   (measured and printed); the first query too, with the box focused by the paste itself. No hand
 *   is that quick: a stress case, printed for diagnosis, with no budget.
 * - 'no input event': the text set with no input event at all, then Enter (the first query as in
 *   'at once'). No reader can do this (typing, pasting, dictation and the browser's autofill all
 *   fire `input`); it shows what a query costs when nothing is fetched before Enter, for
 *   diagnosis, and has no budget.
 * The page starts loading the search code when the box gets the focus, and on every input event
 * fetches the index chunks and the top result's data of what is in the box (src/client/search.ts,
 * fetchAhead), so at a reader's pace part of the work is done before Enter.
 */
export async function session(base, first, later, entry) {
  // A fresh profile each time: a cold cache.
  const { context, close } = await browser();
  try {
    const page = await context.newPage();
    await page.goto(`${base}/search/`);
    await page.waitForLoadState('networkidle');
    await page.evaluate((done) => {
      // When the box last changed (the paste's input event), for the gap before Enter.
      document.addEventListener('input', (e) => { window.__tInput = e.timeStamp; }, { capture: true });
      // Timed from the Enter key's own time stamp (when the browser received it), not from when the
      // page got to handle it: a busy page (a pasted query's chunks being loaded) makes the key
      // wait, and a reader waits with it.
      document.addEventListener('keydown', (e) => { if (e.key === 'Enter') window.__t0 = e.timeStamp; }, { capture: true });
      // Says when the search started by Enter has put its results on screen (the page's own measure),
      // so that the benchmark waits without polling the page while it works. A search the page began
      // before Enter (typing paused for its debounce) does not count.
      new PerformanceObserver((list) => {
        if (list.getEntriesByName('il-search').some((m) => window.__t0 !== undefined && m.startTime >= window.__t0)) console.debug(done);
      }).observe({ type: 'measure' });
    }, DONE);
    // Playwright's own scripts are set up in the page now, not in the middle of the first query.
    await page.$eval('#search-q', () => undefined);
    await page.locator('#search-q').isEditable();
    // Baseline: one small uncached request from this page to the same server.
    const rttMs = await page.evaluate(async () => {
      const ts = [];
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        await fetch(`/favicon.svg?rtt=${i}`, { cache: 'no-store' }).then((r) => r.arrayBuffer());
        ts.push(performance.now() - t);
      }
      return ts.sort((a, b) => a - b)[2];
    });
    let counting = false;
    let bytes = 0;
    let requests = 0;
    /** Bytes of the first query by kind of file, to show where they go. */
    const byKind = {};
    const kindOf = (url) => {
      const m = new URL(url).pathname.match(/\.(pf_index|pf_fragment|pf_meta|pf_filter|pagefind|json)$|pagefind\.js$|\/_astro\//);
      return m ? ({ pf_index: 'index', pf_fragment: 'fragments', pf_meta: 'meta', pf_filter: 'filters', pagefind: 'wasm', json: 'entry' }[m[1]] ?? (m[0].includes('_astro') ? 'site code' : 'pagefind.js')) : 'other';
    };
    context.on('requestfinished', async (r) => {
      if (!counting) return;
      const s = await r.sizes().catch(() => null);
      if (s) {
        const n = s.responseBodySize + s.responseHeadersSize;
        bytes += n;
        requests++;
        byKind[kindOf(r.url())] = (byKind[kindOf(r.url())] ?? 0) + n;
      }
    });
    const run = async (q, how) => {
      await page.evaluate(() => {
        performance.clearMeasures('il-search');
        performance.clearMeasures('il-search-first');
        window.__t0 = undefined;
        window.__tInput = undefined;
      });
      // Playwright's fill replaces what the box holds in one input event, as a paste over a selection does.
      if (how === 'pasted, first') await clickAndPaste(page, '#search-q', q);
      else if (how === 'pasted') {
        await page.fill('#search-q', q);
        await page.waitForTimeout(READER_MS);
      } else if (how === 'at once') await page.fill('#search-q', q);
      else if (how === 'no input event') await page.$eval('#search-q', (input, value) => { input.value = value; }, q);
      else {
        await page.$eval('#search-q', (input) => { input.value = ''; });
        await page.locator('#search-q').pressSequentially(q, { delay: READER_MS });
        await page.waitForTimeout(READER_MS);
      }
      // Straight to the browser (the box has the focus): no round trip to a page that may be busy.
      const done = page.waitForEvent('console', (m) => m.text() === DONE);
      await page.keyboard.press('Enter');
      await done;
      // Timed in the page, from the Enter key to the end of the page's own measures (first result and
      // page of results on screen), so the test driver's round trips are not counted.
      const r = await page.evaluate(() => {
        const end = (name) => { const m = performance.getEntriesByName(name, 'measure').at(-1); return m.startTime + m.duration - window.__t0; };
        return { q: new URL(location.href).searchParams.get('q'), state: document.getElementById('search-status')?.dataset.state, first: end('il-search-first'), all: end('il-search'), gap: window.__tInput === undefined ? undefined : window.__t0 - window.__tInput };
      });
      if (r.q !== q || r.state !== 'results') throw new Error(`benchmark query "${q}" found nothing (state ${r.state}, URL query ${r.q})`);
      return r;
    };
    counting = true;
    // At a reader's pace in the reader's cases; at once in the diagnostic ones.
    const firstRun = await run(first, READER_ENTRIES.includes(entry) ? 'pasted, first' : 'at once');
    await page.waitForLoadState('networkidle');
    counting = false;
    const firstBytes = bytes;
    const firstRequests = requests;
    const laterRuns = [];
    for (const q of later) laterRuns.push(await run(q, entry));
    return { byKind: { ...byKind }, rttMs, firstMs: firstRun.first, firstAllMs: firstRun.all, firstBytes, firstRequests, laterMs: laterRuns.map((r) => r.first), gaps: laterRuns.map((r) => r.gap) };
  } finally {
    await close();
  }
}

/** The ways queries are entered, each in sessions of its own (see `session`). */
export const ENTRIES = ['pasted', 'typed', 'at once', 'no input event'];
/** The reader's ways: the budget applies to these. */
export const READER_ENTRIES = ['pasted', 'typed'];

/**
 * A reader who searches from the header box of another page: on the transcript page (loaded first,
 * so the site's stylesheet and fonts are in the cache, as for a reader already on the site), a click
 * in the header box, the query pasted and Enter, 80 ms apart. The form takes the reader to
 * `/search/?q=…`, where the search starts as the page loads. Timed from the Enter key (its time stamp
 * on the transcript page) to the first result on the search page: a page load and a query, printed
 * for information.
 */
export async function fromHeader(base, q) {
  // A fresh profile: nothing cached but what the transcript page loads.
  const { context, close } = await browser();
  try {
    const page = await context.newPage();
    await page.addInitScript((done) => {
      // The Enter key's time on the page it was pressed on, as wall-clock time, for the next page.
      document.addEventListener('keydown', (e) => { if (e.key === 'Enter') sessionStorage.setItem('il-bench-enter', String(performance.timeOrigin + e.timeStamp)); }, { capture: true });
      new PerformanceObserver((list) => { if (list.getEntriesByName('il-search').length) console.debug(done); }).observe({ type: 'measure' });
    }, DONE);
    await page.goto(`${base}/transcripts/x-takeover-2025/`);
    await page.waitForLoadState('networkidle');
    await clickAndPaste(page, '#site-search', q);
    const done = page.waitForEvent('console', (m) => m.text() === DONE);
    await page.keyboard.press('Enter');
    await done;
    return await page.evaluate(() => {
      const m = performance.getEntriesByName('il-search-first', 'measure')[0];
      return performance.timeOrigin + m.startTime + m.duration - Number(sessionStorage.getItem('il-bench-enter'));
    });
  } finally {
    await close();
  }
}

