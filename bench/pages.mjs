// Page budgets for the transcript page with no interaction: JavaScript run on load, CSS, HTML weight
// against its text, layout shift. Run on the built site: `npm run build && npm run bench`.
//
// "Text" is what a reader can see on the page: the segments and every note, which sit in closed
// <details> one click away and are the page's content, not its markup; labels for screen readers
// only are left out. The ratio against the text shown before any note is opened is printed too.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { browser, kb, serve, table } from './_lib.mjs';

const path = '/transcripts/x-takeover-2025/';
const server = await serve();
const b = await browser();
try {
  const page = await b.context.newPage();
  const loaded = [];
  page.on('response', async (r) => {
    const type = r.request().resourceType();
    if (type === 'script' || type === 'stylesheet') loaded.push({ url: r.url(), type, body: await r.body().catch(() => Buffer.alloc(0)) });
  });
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${server.base}${path}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  const inline = await page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script:not([src])')].filter((s) => !s.type || s.type === 'module' || s.type === 'text/javascript').map((s) => s.textContent ?? ''),
    styles: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
    cls: window.__cls,
  }));
  // Off-screen segments are skipped by content-visibility, and innerText leaves skipped and closed
  // content out: render every segment, then read the text before and after opening the notes.
  const text = await page.evaluate(() => {
    for (const e of document.querySelectorAll('.seg')) e.style.contentVisibility = 'visible';
    // Labels for screen readers only (e.g. "Permalink to segment <id>") are not visible text.
    for (const e of document.querySelectorAll('.sr-only')) e.style.display = 'none';
    const closed = document.body.innerText;
    for (const d of document.querySelectorAll('details')) d.open = true;
    return { closed, all: document.body.innerText };
  });
  const html = readFileSync(`dist${path}index.html`);
  const jsBytes = inline.scripts.reduce((n, s) => n + Buffer.byteLength(s), 0) + loaded.filter((l) => l.type === 'script').reduce((n, l) => n + l.body.length, 0);
  const cssGz = gzipSync(Buffer.concat([...inline.styles.map((s) => Buffer.from(s)), ...loaded.filter((l) => l.type === 'stylesheet').map((l) => l.body)])).length;
  const htmlGz = gzipSync(html).length;
  const textGz = gzipSync(Buffer.from(text.all)).length;
  const closedGz = gzipSync(Buffer.from(text.closed)).length;
  table(`Transcript page budgets (${path}, no interaction)`, [
    ['JavaScript run on load', `${kb(jsBytes)} (${inline.scripts.length} inline, ${loaded.filter((l) => l.type === 'script').length} files)`, '≤ 1 KB', jsBytes <= 1024],
    ['CSS, gzipped', kb(cssGz), '< 8 KB', cssGz < 8 * 1024],
    ['HTML, gzipped', kb(htmlGz), '—'],
    ['text (segments and notes), gzipped', kb(textGz), '—'],
    ['HTML gz ÷ text gz', (htmlGz / textGz).toFixed(3), '≤ 1.5', htmlGz / textGz <= 1.5],
    ['text shown before notes are opened, gzipped', kb(closedGz), '—'],
    ['HTML gz ÷ that text gz (for information)', (htmlGz / closedGz).toFixed(2), '—'],
    ['cumulative layout shift', inline.cls.toFixed(3), '0', inline.cls === 0],
  ]);
} finally {
  await b.close();
  server.stop();
}
