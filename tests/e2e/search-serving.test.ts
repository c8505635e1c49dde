/**
 * Search in a real browser against the built site: how the index is served and fetched (one
 * display-data file per record, preloaded start-up files, fetching while the reader types, compression, caching).
 */
import { describe, expect, inject, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { inFreshBrowser, settled } from '../support/search-page';
import { PAGEFIND_WASM } from '../../src/client/search-boot';

const base = inject('baseUrl');

describe('serving the index', () => {
  it('loads the display data of the results it checks, one record per file, so the first query never carries every record', () => inFreshBrowser(async (p) => {
    const bodies: Promise<Buffer>[] = [];
    p.on('response', (r) => { if (new URL(r.url()).pathname.startsWith('/pagefind/fragment/')) bodies.push(r.body()); });
    await p.goto(`${base}/search/`);
    await p.fill('#search-q', '超音速海嘯');
    await p.press('#search-q', 'Enter');
    expect((await settled(p, '超音速海嘯')).ids).toContain('supersonic-tsunami');
    // A fragment arrives inflated (the server's brotli copy) or as Pagefind's own gzip; either holds one record, with its URL.
    const inflate = (b: Buffer) => (b[0] === 0x1f && b[1] === 0x8b ? gunzipSync(b) : b);
    const records = (await Promise.all(bodies)).map((b) => JSON.parse(inflate(b).toString('utf8').slice('pagefind_dcd'.length)) as { url?: unknown });
    expect(records.length, 'fragments the first query loaded').toBeGreaterThan(0);
    expect(records.map((r) => typeof r.url), 'each file one record').toEqual(records.map(() => 'string'));
    expect(records.map((r) => r.url)).toContain('/transcripts/x-takeover-2025/#supersonic-tsunami');
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

  it('fetches the index chunks and the top result’s display data while the reader types, so the search that follows waits for neither', () => inFreshBrowser(async (p) => {
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
    const topResult = (await ahead).url();
    expect(await p.locator('#search-results > li').count(), 'no search has run yet').toBe(0);
    const after: string[] = [];
    p.on('request', (r) => { if (r.url().includes('/pagefind/')) after.push(r.url()); });
    await p.clock.resume();
    expect((await settled(p, 'tsunami')).ids).toContain('supersonic-tsunami');
    // The top result is drawn from what was fetched ahead; the other results' data comes after it.
    expect(after.filter((u) => u.includes('/pagefind/index/')), 'index chunks requested after the pause').toEqual([]);
    expect(after, 'the top result’s data requested again after the pause').not.toContain(topResult);
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
