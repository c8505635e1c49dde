/**
 * Two transcripts in one archive, through the real build (tests/support/multi-build.ts): the
 * published one and a fictional fixture with a recording. Every page and export that lists the
 * site's content covers both; the fixture's timed segments link to their moment in the recording,
 * and only its transcript page loads the player.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtFiles, multiBuild, secondSlug, type MultiBuild } from '../support/multi-build';
import { contentSecurityPolicy } from '../../src/build/csp';

const first = 'x-takeover-2025';
const slugs = [first, secondSlug];
let built: MultiBuild;
const { file, page, json } = builtFiles(() => built.dist);

interface Exported { slug: string; recording?: { url: string; type: string }; segments: { id: string; start?: number; recordingAt?: string; annotations: { id: string; kind: string }[] }[] }

beforeAll(async () => {
  built = await multiBuild();
}, 600_000);

describe('an archive of two transcripts', () => {
  it.each(['', 'zh-hant/'])('the home page %s lists both', (prefix) => {
    const links = page(prefix).root().find('main h3 a').map((_, a) => cheerio.load(a).root().find('a').attr('href')).get();
    for (const slug of slugs) expect(links).toContain(`${prefix ? '/zh-hant' : ''}/transcripts/${slug}/`);
  });

  it('each transcript has its page, its segment pages and its exports', () => {
    for (const slug of slugs) {
      const data = json(`transcripts/${slug}.json`) as Exported;
      expect(data.slug).toBe(slug);
      const $ = page(`transcripts/${slug}/`);
      expect($('article.seg').map((_, a) => a.attribs.id).get()).toEqual(data.segments.map((s) => s.id));
      expect(page(`transcripts/${slug}/${data.segments.at(-1)!.id}/`)('[data-segment-page]').length).toBe(1);
      expect(file(`transcripts/${slug}.bib`)).toContain(`{${data.segments[0]!.id},`);
      expect(file(`transcripts/${slug}.ris`)).toContain(data.segments[0]!.id);
      expect(json(`transcripts/${slug}.annotations.jsonld`).type).toBe('AnnotationCollection');
    }
  });

  it('the fact-check index, the sources and the predictions link into both', () => {
    const links = (p: string) => page(p)('main a').map((_, a) => a.attribs.href ?? '').get();
    for (const p of ['fact-checks/', 'sources/', 'predictions/', 'zh-hant/fact-checks/', 'zh-hant/sources/', 'zh-hant/predictions/']) {
      for (const slug of slugs) expect(links(p).some((h) => h.includes(`/transcripts/${slug}/`)), `${p} → ${slug}`).toBe(true);
    }
    expect(links('fact-checks/')).toContain('/transcripts/harbour-library-2026/#thousand-maps-by-summer');
    expect(links('predictions/')).toContain('/transcripts/harbour-library-2026/#thousand-maps-by-summer');
  });

  it('the feeds and the sitemap cover both', () => {
    for (const feed of ['feed.xml', 'zh-hant/feed.xml']) {
      for (const slug of slugs) expect(file(feed), `${feed} → ${slug}`).toContain(`/transcripts/${slug}/`);
    }
    const sitemap = readFileSync(join(built.dist, 'sitemap-0.xml'), 'utf8');
    for (const slug of slugs) {
      expect(sitemap).toContain(`/transcripts/${slug}/</loc>`);
      expect(sitemap).toContain(`/zh-hant/transcripts/${slug}/</loc>`);
    }
    expect(sitemap).toContain('/transcripts/harbour-library-2026/thousand-maps-by-summer/</loc>');
  });

  it('search finds quotes of either, and a transcript filter keeps to one', async () => {
    // Pagefind's own browser API, run here without a worker, reading the built index.
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (url: string | URL) => new Response(readFileSync(join(built.dist, decodeURIComponent(new URL(String(url)).pathname))))) as typeof fetch;
    try {
      const pagefind = await import(join(built.dist, 'pagefind/pagefind.js'));
      await pagefind.options({ basePath: 'http://127.0.0.1/pagefind/', noWorker: true });
      const urls = async (q: string | null, filters: Record<string, string> = {}) => {
        const found = await pagefind.search(q, { filters });
        const found_ = await Promise.all(found.results.map(async (r: { data: () => Promise<{ url: string }> }) => new URL((await r.data()).url)));
        return found_.map((u) => `${u.pathname}${u.hash}`);
      };
      // The segment that says it, and the fact-check whose claim names the library (notes are search records too).
      expect((await urls('圖書館')).sort()).toEqual([`/transcripts/${secondSlug}/#harbour-library-opens-at-night`, `/transcripts/${secondSlug}/#note-thousand-maps-by-summer-check`]);
      expect(await urls('漁民')).toEqual([`/transcripts/${secondSlug}/#night-readers-are-fishers`]);
      expect(await urls('sea charts')).toContain(`/transcripts/${secondSlug}/#thousand-maps-by-summer`);
      expect(await urls('超音速海嘯')).toContain(`/transcripts/${first}/#supersonic-tsunami`);
      // The filter keeps every record of the transcript and no other: its segments and its notes
      // (each note is a record of its own, once, linking to #note-<id>).
      for (const slug of slugs) {
        const { segments } = json(`transcripts/${slug}.json`) as Exported;
        const ids = segments.map((s) => `/transcripts/${slug}/#${s.id}`);
        const notes = [...new Set(segments.flatMap((s) => s.annotations.map((a) => `/transcripts/${slug}/#note-${a.id}`)))];
        expect(notes.length, `${slug} has notes`).toBeGreaterThan(0);
        expect((await urls(null, { transcript: slug })).sort()).toEqual([...ids, ...notes].sort());
      }
      // A word in both transcripts (未來, "future"), kept to one of them by the filter.
      const both = await urls('未來');
      for (const slug of slugs) expect(both.some((u) => u.startsWith(`/transcripts/${slug}/`)), slug).toBe(true);
      const onlyFirst = await urls('未來', { transcript: first });
      expect(onlyFirst.length).toBeGreaterThan(0);
      expect(onlyFirst.every((u) => u.startsWith(`/transcripts/${first}/`))).toBe(true);
      expect(await urls('未來', { transcript: secondSlug })).toEqual([`/transcripts/${secondSlug}/#harbour-library-closing`]);
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});

describe('a transcript with a recording', () => {
  const timed: Record<string, number> = { 'harbour-library-opens-at-night': 0, 'night-readers-are-fishers': 4, 'thousand-maps-by-summer': 8, 'harbour-library-closing': 12 };

  it('shows each timed segment\'s time as a link to the recording at that time (a media fragment), and none on untimed ones', () => {
    for (const path of [`transcripts/${secondSlug}/`, `zh-hant/transcripts/${secondSlug}/`]) {
      const $ = page(path);
      for (const [id, start] of Object.entries(timed)) {
        const a = $(`article#${id} a.seg-time`);
        expect(a.attr('href'), id).toBe(`/media/${secondSlug}.wav#t=${start}`);
        expect(a.attr('data-start')).toBe(String(start));
        expect(a.find('time').attr('datetime')).toBe(`PT${start}S`);
        expect(a.text()).toBe(`0:${String(start).padStart(2, '0')}`);
        expect(a.attr('aria-label')).toContain(a.text());
      }
      expect($('article#harbour-library-heading a.seg-time').length).toBe(0);
    }
    expect(page(`transcripts/${secondSlug}/night-readers-are-fishers/`)('a.seg-time').attr('href')).toBe(`/media/${secondSlug}.wav#t=4`);
  });

  it('has one player with native controls, and loads the player script on its transcript pages only', () => {
    const scripts = (p: string) => page(p)('script[type="module"][src]').map((_, s) => s.attribs.src).get();
    for (const path of [`transcripts/${secondSlug}/`, `zh-hant/transcripts/${secondSlug}/`]) {
      const $ = page(path);
      expect($('.toolbar audio#recording[controls] source').attr('src')).toBe(`/media/${secondSlug}.wav`);
      expect($('audio#recording').attr('aria-label')).toMatch(/^(Recording|錄音錄影)$/);
      // What the recording is, and its file, are in the transcript's details.
      expect($('.meta-list a[type="audio/wav"]').attr('href')).toBe(`/media/${secondSlug}.wav`);
      expect($('audio#recording source').attr('type')).toBe('audio/wav');
      expect(scripts(path).length).toBe(1);
      expect(file(scripts(path)[0]!.slice(1))).toContain('seg--playing');
    }
    // The published transcript has no recording: no player, and no player script (other scripts, such as the note spans', may load).
    for (const path of [`transcripts/${first}/`, `transcripts/${secondSlug}/night-readers-are-fishers/`, '']) {
      expect(page(path)('audio, video').length, path).toBe(0);
      expect(scripts(path).filter((src) => file(src.slice(1)).includes('seg--playing')), path).toEqual([]);
    }
    if (!built.noRecording) expect(readFileSync(join(built.dist, `media/${secondSlug}.wav`)).subarray(0, 4).toString()).toBe('RIFF');
  });

  it('a recording on this site needs no media-src; no page of the archive allows media from elsewhere', () => {
    const headers = file('_headers');
    for (const path of [`transcripts/${secondSlug}/`, `transcripts/${first}/`]) {
      const csp = page(path)('meta[http-equiv="content-security-policy"]').attr('content')!;
      expect(csp).not.toContain('media-src');
      expect(csp).toBe(contentSecurityPolicy({ scriptHashes: csp.match(/script-src 'self' ([^;]+)/)![1]!.split(' ') }));
    }
    expect(headers).not.toContain('media-src');
  });

  it('the JSON export carries the recording and each timed segment\'s start, with its media-fragment URL', () => {
    const data = json(`transcripts/${secondSlug}.json`) as Exported;
    expect(data.recording).toMatchObject({ type: 'audio/wav', label: { en: expect.stringContaining('synthesised') } });
    expect(data.recording!.url).toMatch(new RegExp(`^https?://[^/]+/media/${secondSlug}\\.wav$`));
    for (const s of data.segments) {
      if (timed[s.id] === undefined) expect(s.start, s.id).toBeUndefined();
      else expect(s, s.id).toMatchObject({ start: timed[s.id], recordingAt: `${data.recording!.url}#t=${timed[s.id]}` });
    }
    expect((json(`transcripts/${first}.json`) as Exported).recording).toBeUndefined();
  });

  it('the Web Annotation export targets the timed segment in the recording with a media-fragment selector', () => {
    const items = json(`transcripts/${secondSlug}.annotations.jsonld`).first.items as { id: string; target: { source: string; format?: string; selector: unknown }[] }[];
    const check = items.find((a) => a.id.endsWith('#note-thousand-maps-by-summer-check'))!;
    const media = check.target.filter((t) => t.source.endsWith(`/media/${secondSlug}.wav`));
    expect(media).toEqual([{ source: expect.stringMatching(/^https?:\/\//), format: 'audio/wav', selector: { type: 'FragmentSelector', conformsTo: 'http://www.w3.org/TR/media-frags/', value: 't=8,12' } }]);
  });

  it('a timed quote\'s citations give APA\'s in-text citation with its time', () => {
    const $ = page(`transcripts/${secondSlug}/night-readers-are-fishers/`);
    expect($('[data-format="apa-in-text"] .cite-text').text()).toBe('(Lin Hsiao-wen (fictional), 2026, 0:04)');
    expect(page(`transcripts/${first}/supersonic-tsunami/`)('[data-format="apa-in-text"]').length).toBe(0);
  });
});
