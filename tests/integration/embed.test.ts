/**
 * The embeddable quote card (/transcripts/<slug>/<id>/embed/), its oEmbed file and its headers,
 * over the built site: a card for every segment with every part a reader of another site needs,
 * under 10 KB gzipped with what it loads, framable by any site while every other page refuses
 * to be framed, and found from the segment page by oEmbed discovery.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, inject, it } from 'vitest';
import { distDir, distFile, loadExport, loadPage } from '../support/dist';
/** The published transcript whose content these assertions name. */
const slug = 'x-takeover-2025';
import { htmlFiles, sitemapPaths } from '../support/sitemap';
import { parseHeaders } from '../../src/build/headers-file';
import { verdictInfo } from '../../src/lib/verdicts';
import { ui } from '../../src/lib/i18n';
import { pairNamesIn } from '../../src/lib/languages';

const base = inject('baseUrl');
const segments = loadExport(slug).segments;
/** The transcript's language tags, as its export says which is which. */
const meta = { originalLanguage: loadExport(slug).originalLanguage, translationLanguage: loadExport(slug).translation.language };
const embedPath = (id: string) => `/transcripts/${slug}/${id}/embed/`;
const permalink = (id: string, prefix = '') => `${prefix}/transcripts/${slug}/${id}/`;
/** The site's origin in absolute URLs of this build (SITE_URL, or the local default). */
const site = new URL(loadExport(slug).url).origin;

describe('embed card', () => {
  it('exists for every segment, with both texts verbatim, the speaker, the verdicts, the translation label and links back', () => {
    expect(segments.length).toBeGreaterThan(100);
    let badges = 0;
    for (const s of segments) {
      const $ = loadPage(embedPath(s.id));
      const where = embedPath(s.id);
      expect($('blockquote[lang="zh-Hant"]').text(), where).toBe(s.text['zh-Hant']);
      expect($('blockquote[lang="en"]').text(), where).toBe(s.text.en);
      expect($('h1').text().length, where).toBeGreaterThan(0);
      expect($('.label [lang="en"]').text(), where).toBe(ui.en.cite.translationCaveat(pairNamesIn(meta, 'en')));
      expect($('.label [lang="zh-Hant"]').text(), where).toBe(ui['zh-Hant'].cite.translationCaveat(pairNamesIn(meta, 'zh-Hant')));
      const verdicts = [...new Set(s.annotations.flatMap((a) => (a.verdict ? [a.verdict as keyof typeof verdictInfo] : [])))];
      expect($('.badge').map((_, b) => $(b).attr('class')).get(), where).toEqual(verdicts.map((v) => `badge v-${v}`));
      for (const v of verdicts) expect($(`.badge.v-${v}`).text(), where).toContain(verdictInfo[v].label.en);
      badges += verdicts.length;
      const links = $('a').map((_, a) => ({ href: $(a).attr('href'), target: $(a).attr('target'), rel: $(a).attr('rel') })).get();
      expect(links, where).toEqual([
        { href: permalink(s.id), target: '_blank', rel: 'noopener' },
        { href: permalink(s.id, '/zh-hant'), target: '_blank', rel: 'noopener' },
      ]);
      expect($('script').length, `${where}: no script`).toBe(0);
      expect($('meta[name="robots"]').attr('content'), where).toBe('noindex');
    }
    expect(badges, 'some cards carry a verdict').toBeGreaterThan(10);
  });

  it('weighs under 10 KB gzipped with everything it loads (stylesheets, images)', () => {
    for (const s of segments) {
      const html = distFile(embedPath(s.id));
      const $ = cheerio.load(html);
      const loads = $('link[rel="stylesheet"], img[src], source[src], link[rel="icon"]').map((_, el) => $(el).attr('href') ?? $(el).attr('src')).get();
      const bytes = [html, ...loads.map((u) => readFileSync(join(distDir, u)))].reduce((n, b) => n + gzipSync(b).length, 0);
      expect(bytes, embedPath(s.id)).toBeLessThan(10 * 1024);
    }
  });

  it('is kept out of the sitemap and of the search index', () => {
    expect(sitemapPaths().filter((p) => p.includes('/embed/'))).toEqual([]);
    // The index holds one record per segment and per note, and nothing else (tests/integration/search-index.test.ts).
    const entry = JSON.parse(distFile('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    const notes = new Set(segments.flatMap((s) => s.annotations.map((a) => a.id))).size;
    expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBe(segments.length + notes);
  });
});

describe('framing headers', () => {
  const headersFor = parseHeaders(distFile('_headers'));
  const policyOf = (path: string) => headersFor(path).filter(([n]) => n === 'content-security-policy').map(([, v]) => v);
  const framing = (path: string) => policyOf(path).map((p) => p.split(';').map((d) => d.trim()).find((d) => d.startsWith('frame-ancestors')));

  it('dist/_headers lets any site frame the cards and no site frame any other page', () => {
    const pages = htmlFiles().map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`);
    const cards = pages.filter((p) => p.endsWith('/embed/'));
    // One card per segment, and one at each old id the registry redirects (src/data/routes.ts).
    const registry = JSON.parse(readFileSync(`content/ids/${slug}.json`, 'utf8')) as { redirects: Record<string, string> };
    expect(cards.length).toBe(segments.length + Object.keys(registry.redirects).length);
    for (const p of pages) {
      const card = cards.includes(p);
      expect(framing(p), p).toEqual([card ? 'frame-ancestors *' : "frame-ancestors 'none'"]);
      expect(headersFor(p).filter(([n]) => n === 'x-frame-options').map(([, v]) => v), p).toEqual(card ? [] : ['DENY']);
    }
  });

  it('the local server sends them: frame-ancestors * on a card, none and X-Frame-Options elsewhere', async () => {
    const id = segments[5]!.id;
    const card = await fetch(`${base}${embedPath(id)}`);
    expect(card.status).toBe(200);
    expect(card.headers.get('content-security-policy')).toMatch(/; frame-ancestors \*$/);
    expect(card.headers.get('x-frame-options')).toBeNull();
    expect(card.headers.get('x-robots-tag')).toBe('noindex');
    for (const path of [permalink(id), permalink(id, '/zh-hant'), `/transcripts/${slug}/`, '/', '/search/']) {
      const r = await fetch(`${base}${path}`);
      expect(r.status, path).toBe(200);
      expect(r.headers.get('content-security-policy'), path).toMatch(/; frame-ancestors 'none'$/);
      expect(r.headers.get('x-frame-options'), path).toBe('DENY');
    }
  });
});

describe('embed code and oEmbed', () => {
  it('every segment has an oEmbed file (type rich, the card in an iframe), linked from its page in both interface languages', async () => {
    for (const s of segments) {
      const path = `/transcripts/${slug}/${s.id}/oembed.json`;
      const r = await fetch(`${base}${path}`);
      expect(r.status, path).toBe(200);
      const o = (await r.json()) as Record<string, unknown>;
      expect(o, path).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Interlinear', provider_url: `${site}/` });
      expect(typeof o.title === 'string' && o.title.length > 0, path).toBe(true);
      expect(Number.isInteger(o.width) && Number.isInteger(o.height), path).toBe(true);
      const frame = cheerio.load(String(o.html))('iframe');
      expect(frame.length, path).toBe(1);
      expect(frame.attr('src'), path).toBe(`${site}${embedPath(s.id)}`);
      expect(frame.attr('title'), path).toBe(o.title);
      expect([frame.attr('width'), frame.attr('height')], path).toEqual([String(o.width), String(o.height)]);
      for (const prefix of ['', '/zh-hant']) {
        const $ = loadPage(permalink(s.id, prefix));
        const link = $('head link[rel="alternate"][type="application/json+oembed"]');
        expect(link.attr('href'), permalink(s.id, prefix)).toBe(`${site}${path}`);
        // The copy-ready code on the page frames the same card.
        const code = cheerio.load($('#embed-code').text())('iframe');
        expect(code.attr('src'), permalink(s.id, prefix)).toBe(`${site}${embedPath(s.id)}`);
        expect(code.attr('title')?.length, permalink(s.id, prefix)).toBeGreaterThan(0);
        expect($(`#embed a[href="${embedPath(s.id)}"]`).length, `${permalink(s.id, prefix)}: preview link`).toBe(1);
        expect($('#embed button.copy-btn[data-copy-from="embed-code"]').length, `${permalink(s.id, prefix)}: copy button`).toBe(1);
      }
    }
  });
});
