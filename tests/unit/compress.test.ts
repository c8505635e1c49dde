/** scripts/compress.mjs: the compressed copies the server sends must inflate to the very bytes of the file. */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressDir } from '../../scripts/compress.mjs';

const dir = mkdtempSync(join(tmpdir(), 'interlinear-compress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A page larger than brotli's smallest window (1 KB) and smaller than its default one (4 MB), with
// Chinese text, as the site's pages are; a file too small to be worth compressing; and a Pagefind file,
// which Pagefind writes as a gzip stream of its signature and data.
const page = `<!doctype html><html lang="zh-Hant"><body>${Array.from({ length: 400 }, (_, i) => `<p id="s${i}">超音速海嘯 ${i} supersonic tsunami ${i * 7919}</p>`).join('')}</body></html>`;
const tiny = '{"a":1}';
const pagefindData = Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(page.repeat(3))]);

describe('compressDir', () => {
  let totals: { files: number };
  beforeAll(async () => {
    mkdirSync(join(dir, 'pagefind', 'fragment'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), page);
    writeFileSync(join(dir, 'tiny.json'), tiny);
    writeFileSync(join(dir, 'pagefind', 'fragment', 'zh-hant_1.pf_fragment'), gzipSync(pagefindData));
    totals = await compressDir(dir);
  });

  it('writes brotli and gzip copies of a page that inflate to the page itself', () => {
    expect(brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).toString()).toBe(page);
    expect(gunzipSync(readFileSync(join(dir, 'index.html.gz'))).toString()).toBe(page);
    expect(readFileSync(join(dir, 'index.html.br')).length).toBeLessThan(page.length / 4);
    expect(totals.files).toBe(1);
  });

  it('leaves files under 512 bytes alone', () => {
    expect(existsSync(join(dir, 'tiny.json.br'))).toBe(false);
  });

  it('gives a Pagefind file a brotli copy of its inflated content, and leaves its gzip stream as it is', () => {
    expect(brotliDecompressSync(readFileSync(join(dir, 'pagefind', 'fragment', 'zh-hant_1.pf_fragment.br')))).toEqual(pagefindData);
    expect(gunzipSync(readFileSync(join(dir, 'pagefind', 'fragment', 'zh-hant_1.pf_fragment')))).toEqual(pagefindData);
  });
});

describe('compressDir with a cache', () => {
  const site = mkdtempSync(join(tmpdir(), 'interlinear-compress-site-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'interlinear-compress-cache-'));
  afterAll(() => {
    rmSync(site, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('compresses only what changed since the last run, with the same bytes as without a cache', async () => {
    mkdirSync(join(site, 'pagefind'), { recursive: true });
    writeFileSync(join(site, 'a.html'), page);
    writeFileSync(join(site, 'b.html'), page.replace('超音速', '次音速'));
    writeFileSync(join(site, 'pagefind', 'x.pf_fragment'), gzipSync(pagefindData));
    expect((await compressDir(site, { cacheDir })).made).toBe(5); // two pages × (.br, .gz) + one Pagefind .br
    expect((await compressDir(site, { cacheDir })).made).toBe(0);
    writeFileSync(join(site, 'b.html'), page.replace('超音速', '亞音速'));
    expect((await compressDir(site, { cacheDir })).made).toBe(2);
    expect(brotliDecompressSync(readFileSync(join(site, 'b.html.br'))).toString()).toBe(page.replace('超音速', '亞音速'));
    // Copies from the cache are the bytes a run without it writes.
    const cachedBytes = ['a.html.br', 'a.html.gz', 'b.html.br', 'pagefind/x.pf_fragment.br'].map((f) => readFileSync(join(site, f)));
    await compressDir(site);
    expect(['a.html.br', 'a.html.gz', 'b.html.br', 'pagefind/x.pf_fragment.br'].map((f) => readFileSync(join(site, f)))).toEqual(cachedBytes);
  });

  it('keeps only the entries the last run used', async () => {
    const entries = () => readdirSync(cacheDir, { recursive: true }).filter((f) => String(f).match(/\.(br|gz)$/)).length;
    expect(entries()).toBe(5);
  });
});
