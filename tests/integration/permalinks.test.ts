import { describe, expect, inject, test } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { expectations, loadPage, slugs } from '../support/dist';
import { htmlFiles } from '../support/sitemap';
import { pageIds, pageIdPrefixes } from '../../src/lib/page-ids';

const base = inject('baseUrl');
const get = async (path: string) => {
  const res = await fetch(new URL(path, base));
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
};
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const meta = (html: string, key: string) => [...html.matchAll(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`, 'g'))].map((m) => unescape(m[1]!));

describe.each(slugs)('transcript %s', (slug) => {
  const exp = JSON.parse(readFileSync(`dist/transcripts/${slug}.json`, 'utf8')) as {
    slug: string;
    title: { 'zh-Hant': string; en: string };
    segments: { id: string; permalink: string; text: { 'zh-Hant': string; en: string } }[];
    sections: { id: string }[];
  };
  const registry = JSON.parse(readFileSync(`content/ids/${slug}.json`, 'utf8')) as { ids: string[]; redirects: Record<string, string> };
  /** What holds for this transcript only: its example segment's tags are checked where an expectations file exists. */
  const only = expectations(slug);
  const any = exp.segments[0]!;
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  describe('segment permalinks', () => {
    test('the transcript and segment pages give their own elements only the ids that content may not use (src/lib/page-ids.ts)', () => {
      const anchors = new Set([...exp.segments.map((s) => s.id), ...exp.sections.map((s) => s.id)]);
      // The quote cards (…/embed/) are documents of their own, framed by other sites: no anchors there.
      const pages = htmlFiles().filter((f) => new RegExp(`^(zh-hant/)?transcripts/${esc(slug)}/`).test(f) && !f.endsWith('/embed/index.html'));
      expect(pages.length).toBe(2 * (exp.segments.length + 1));
      const own = new Set<string>();
      for (const f of pages) for (const m of readFileSync(`dist/${f}`, 'utf8').matchAll(/ id="([^"]+)"/g)) if (!anchors.has(m[1]!)) own.add(m[1]!);
      const unlisted = [...own].filter((id) => !pageIds.includes(id) && !pageIdPrefixes.some((p) => id.startsWith(p)));
      expect(unlisted).toEqual([]);
      // The list is not wider than the pages need: every whole id and every prefix is in use.
      for (const id of pageIds) expect(own.has(id), id).toBe(true);
      for (const p of pageIdPrefixes) expect([...own].some((id) => id.startsWith(p)), p).toBe(true);
    });

    test('every published id has a permalink page in the export, in both interface languages', () => {
      const ids = exp.segments.map((s) => s.id);
      for (const id of registry.ids) expect(ids.includes(id) || id in registry.redirects, id).toBe(true);
      for (const s of exp.segments) {
        expect(s.permalink).toBe(`/transcripts/${slug}/${s.id}/`);
        expect(existsSync(`dist${s.permalink}index.html`), s.id).toBe(true);
        expect(existsSync(`dist/zh-hant${s.permalink}index.html`), s.id).toBe(true);
      }
    });

    test('a segment page shows the segment in both languages, its canonical URL, and prev/next/context links', async () => {
      const s = exp.segments[5]!;
      const { status, text } = await get(s.permalink);
      expect(status).toBe(200);
      expect(text).toContain(`data-segment-page="${s.id}"`);
      expect(text).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/transcripts/${esc(slug)}/[a-z0-9-]+/"`));
      expect(text).toContain(`href="${exp.segments[4]!.permalink}"`);
      expect(text).toContain(`href="${exp.segments[6]!.permalink}"`);
      expect(text).toContain(`href="/transcripts/${slug}/#${s.id}"`);
      expect(text).toMatch(/lang="zh-Hant"/);
    });

    test.skipIf(!only)(`reference-manager and share tags: Highwire, Open Graph, Twitter, JSON-LD Quotation${only ? '' : ' (skipped: no expectations file)'}`, async () => {
      const s = exp.segments.find((x) => x.id === 'supersonic-tsunami')!;
      const { text } = await get(s.permalink);
      expect(meta(text, 'citation_title')[0]).toContain('這不是進步');
      expect(meta(text, 'citation_author')).toEqual(['Musk, Elon']);
      expect(meta(text, 'citation_publication_date')).toEqual(['2025/07/26']);
      expect(meta(text, 'citation_public_url')[0]).toMatch(/\/transcripts\/x-takeover-2025\/supersonic-tsunami\/$/);
      expect(meta(text, 'og:image')[0]).toMatch(/\/og\/x-takeover-2025\/supersonic-tsunami\.png$/);
      expect(meta(text, 'og:image:width')).toEqual(['1200']);
      expect(meta(text, 'twitter:card')).toEqual(['summary_large_image']);
      const ld = [...text.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((m) => JSON.parse(m[1]!)['@graph']);
      const q = ld.find((x) => x['@type'] === 'Quotation');
      expect(q.spokenByCharacter.name).toBe('Elon Musk');
      expect(q.isPartOf.url).toMatch(/\/transcripts\/x-takeover-2025\/$/);
      expect(q.url).toBe(meta(text, 'citation_public_url')[0]);
      expect(q.text[0]['@value']).toBe(s.text['zh-Hant']);
    });

    test('the cite panel shows all six formats as static text', async () => {
      const { text } = await get(any.permalink);
      for (const f of ['apa', 'mla', 'chicago', 'bibtex', 'ris', 'csljson']) expect(text).toContain(`data-format="${f}"`);
      expect(text).toContain('id="cite-bibtex"');
      expect(text).toMatch(/class="astro-code/); // Shiki
      expect(text).toContain('@misc');
    });

    test('no APA, MLA or Chicago citation of any segment shows CSL markup, and its straight quotes are the quote’s own, in either interface language', () => {
      // citeproc printed a title's markup (<span class="nocase">) as text when a title mixed straight and curly
      // quotes; it curled straight ones. A citation quotes the text as written (src/lib/cite-literal.ts).
      const count = (t: string) => t.split('"').length - 1;
      for (const s of exp.segments) {
        for (const prefix of ['', '/zh-hant']) {
          const $ = loadPage(`${prefix}${s.permalink}`);
          for (const f of ['apa', 'mla', 'chicago']) {
            const text = $(`#cite-${f}`).text();
            expect(text, `${prefix}${s.permalink} ${f}`).toContain('Interlinear');
            expect(text, `${prefix}${s.permalink} ${f}`).not.toMatch(/nocase|<\/?span/);
            expect(count(text), `${prefix}${s.permalink} ${f}`).toBeLessThanOrEqual(count(s.text['zh-Hant']) + count(s.text.en));
          }
        }
      }
    });

    test('the JSON-LD escapes "<" so text can never close the script element', async () => {
      const { text } = await get(any.permalink);
      for (const m of text.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) expect(m[1]).not.toMatch(/<\//);
    });
  });

  describe('bibliography downloads', () => {
    test.each(['bib', 'ris'])('the .%s download has one entry per segment plus the transcript, Chinese intact', async (ext) => {
      const { status, text } = await get(`/transcripts/${slug}.${ext}`);
      expect(status).toBe(200);
      const data = (await Cite.async(text)).data as { id: string; title: string; URL: string }[];
      expect(data).toHaveLength(exp.segments.length + 1);
      expect(data[0]!.title).toContain(exp.title['zh-Hant']);
      const byUrl = new Map(data.map((d) => [d.URL, d]));
      for (const s of exp.segments) {
        const entry = byUrl.get(new URL(s.permalink, data[0]!.URL).href);
        expect(entry, s.id).toBeDefined();
      }
    });

    test('BibTeX keys are unique and are the segment ids', () => {
      const bib = readFileSync(`dist/transcripts/${slug}.bib`, 'utf8');
      const keys = [...bib.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys).toEqual([slug, ...exp.segments.map((s) => s.id)]);
    });
  });

  describe('redirects', () => {
    test('dist/_redirects exists and lists every registry redirect in both languages', () => {
      const text = readFileSync('dist/_redirects', 'utf8');
      for (const [from, to] of Object.entries(registry.redirects)) {
        expect(text).toContain(`/transcripts/${slug}/${from}/ /transcripts/${slug}/${to}/ 301`);
        expect(text).toContain(`/zh-hant/transcripts/${slug}/${from}/ /zh-hant/transcripts/${slug}/${to}/ 301`);
      }
    });
  });
});
