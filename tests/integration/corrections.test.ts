/**
 * The corrections log as readers get it, over the built dist/: the page in both languages, its RSS
 * feeds, the line on each corrected segment and the JSON export's array, all checked against
 * content/corrections.yaml (whatever it holds: with an empty log, each says so and shows nothing).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { SaxesParser } from 'saxes';
import { distFile, loadExport, loadPage } from '../support/dist';
/** The published transcript whose content these assertions name. */
const slug = 'x-takeover-2025';
import { sitemapPaths } from '../support/sitemap';

interface Entry { id: string; date: string; type: 'correction' | 'clarification'; transcript?: string; segments?: string[]; annotations?: string[]; sources?: string[]; field: string; reason: { en: string; 'zh-Hant': string } }
const log = (parseYaml(readFileSync('content/corrections.yaml', 'utf8')) as Entry[] | null) ?? [];
// Newest first; one day's entries by id.
const expected = [...log].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
const locales = [['en', ''], ['zh-Hant', '/zh-hant']] as const;

/** Parses an RSS document with a strict XML parser (throws on anything not well-formed): its language and items. */
function parseRss(xml: string) {
  const parser = new SaxesParser();
  const items: Record<string, string>[] = [];
  const open: string[] = [];
  const channel: Record<string, string> = {};
  parser.on('error', (e) => { throw e; });
  parser.on('opentag', (t) => { open.push(t.name); if (t.name === 'item') items.push({}); });
  parser.on('closetag', () => open.pop());
  parser.on('text', (text) => {
    const [parent, name] = open.slice(-2);
    if (parent === 'item') items.at(-1)![name!] = (items.at(-1)![name!] ?? '') + text;
    if (parent === 'channel') channel[name!] = (channel[name!] ?? '') + text;
  });
  parser.write(xml).close();
  return { channel, items };
}

describe('the corrections page', () => {
  for (const [locale, prefix] of locales) {
    it(`${prefix}/corrections/ lists every entry newest first, with its anchor, date, why in ${locale} and links to what changed`, () => {
      const $ = loadPage(`${prefix}/corrections/`);
      expect($('html').attr('lang')).toBe(locale);
      expect($('li[data-correction]').map((_, el) => $(el).attr('id')).get()).toEqual(expected.map((e) => e.id));
      expect($('.corrections-empty').length).toBe(expected.length === 0 ? 1 : 0);
      for (const e of expected) {
        const li = $(`li[id="${e.id}"]`);
        expect(li.find('time').attr('datetime')).toBe(e.date);
        expect(li.find('.correction-why').text()).toBe(e.reason[locale]);
        for (const id of e.segments ?? []) expect(li.find(`a[href="${prefix}/transcripts/${e.transcript}/${id}/"]`).length, `${e.id} → ${id}`).toBe(1);
        for (const id of e.annotations ?? []) expect(li.find(`a[href="${prefix}/transcripts/${e.transcript}/#note-${id}"]`).length, `${e.id} → ${id}`).toBe(1);
        for (const id of e.sources ?? []) expect(li.find(`a[href="${prefix}/sources/#${id}"]`).length, `${e.id} → ${id}`).toBe(1);
      }
      expect($(`a[href="${prefix}/corrections/feed.xml"]`).length).toBeGreaterThan(0);
      expect($(`a[href="${prefix}/about/#corrections-policy"]`).length).toBe(1);
    });
  }

  it('is in the sitemap, and every page links to it from its footer and to its feed from its head', () => {
    const pages = sitemapPaths();
    expect(pages).toEqual(expect.arrayContaining(['/corrections/', '/zh-hant/corrections/']));
    for (const path of pages) {
      const prefix = path.startsWith('/zh-hant/') ? '/zh-hant' : '';
      const $ = loadPage(path);
      expect($(`footer.site a[href="${prefix}/corrections/"]`).length, path).toBe(1);
      expect($(`head link[rel="alternate"][type="application/rss+xml"][href="${prefix}/corrections/feed.xml"]`).length, path).toBe(1);
    }
  });
});

describe('the corrections policy', () => {
  const settings = (parseYaml(readFileSync('content/data/settings.yaml', 'utf8')) as { id: string; reportErrors?: string }[]).find((e) => e.id === 'site');
  for (const [locale, prefix] of locales) {
    it(`the ${locale} About page states it, with the one address for reporting an error (content/data/settings.yaml)`, () => {
      for (const path of [`${prefix}/about/`, `${prefix}/corrections/`]) {
        const $ = loadPage(path);
        const report = $('.report-errors');
        expect(report.length, path).toBe(1);
        if (settings?.reportErrors) expect(report.find('a').attr('href'), path).toBe(settings.reportErrors);
        else expect(report.find('a').length, path).toBe(0);
      }
      const about = loadPage(`${prefix}/about/`);
      expect(about('h2#corrections-policy').length).toBe(1);
      expect(about(`#corrections-policy ~ * a[href="${prefix}/corrections/"]`).length).toBeGreaterThan(0);
    });
  }
});

describe('the corrections feed', () => {
  for (const [locale, prefix] of locales) {
    it(`${prefix}/corrections/feed.xml is valid XML with one item per entry, newest first, linking to its anchor`, () => {
      const xml = distFile(`${prefix}/corrections/feed.xml`);
      const { channel, items } = parseRss(xml);
      expect(channel.language).toBe(locale);
      expect(() => parseRss(xml.replace('</channel>', ''))).toThrow(); // the parser does refuse what is not well-formed
      expect(items.map((i) => new URL(i.link!).pathname + new URL(i.link!).hash)).toEqual(expected.map((e) => `${prefix}/corrections/#${e.id}`));
      items.forEach((item, n) => {
        expect(new Date(item.pubDate!).toISOString().slice(0, 10)).toBe(expected[n]!.date);
        expect(item.description).toContain(expected[n]!.reason[locale]);
      });
    });
  }
});

describe('corrected segments and the export', () => {
  const exported = loadExport(slug) as ReturnType<typeof loadExport> & { corrections: { id: string; url: string; date: string; field: string }[] };
  const ours = expected.filter((e) => e.transcript === slug);
  // The entries a segment shows: those naming it or a note on it; one line per day and type.
  const linesOf = (segId: string) => {
    const notes = exported.segments.find((s) => s.id === segId)!.annotations.map((a) => a.id);
    const entries = ours.filter((e) => (e.segments ?? []).includes(segId) || (e.annotations ?? []).some((a) => notes.includes(a)));
    return entries.filter((e, i) => entries.findIndex((d) => d.date === e.date && d.type === e.type) === i).map((e) => e.id);
  };

  it('the transcript page marks exactly the corrected segments, each line linking to its entry', () => {
    for (const [, prefix] of locales) {
      const $ = loadPage(`${prefix}/transcripts/${slug}/`);
      for (const s of exported.segments) {
        expect($(`[id="${s.id}"] .corrected a`).map((_, a) => $(a).attr('href')).get(), s.id).toEqual(linesOf(s.id).map((id) => `${prefix}/corrections/#${id}`));
      }
    }
  });

  it('each corrected segment’s own page carries the same line', () => {
    const corrected = exported.segments.filter((s) => linesOf(s.id).length > 0);
    const checked = [...corrected, exported.segments.find((s) => linesOf(s.id).length === 0)].filter(Boolean);
    for (const s of checked) {
      for (const [, prefix] of locales) {
        const $ = loadPage(`${prefix}/transcripts/${slug}/${s!.id}/`);
        expect($('.segment-page .corrected a').map((_, a) => $(a).attr('href')).get(), s!.id).toEqual(linesOf(s!.id).map((id) => `${prefix}/corrections/#${id}`));
      }
    }
  });

  it('the JSON export has a corrections array: this transcript’s entries, newest first, with their URLs', () => {
    expect(exported.corrections.map((c) => c.id)).toEqual(ours.map((e) => e.id));
    for (const c of exported.corrections) {
      expect(new URL(c.url).pathname + new URL(c.url).hash).toBe(`/corrections/#${c.id}`);
      expect(c.field).toBe(ours.find((e) => e.id === c.id)!.field);
    }
  });
});
