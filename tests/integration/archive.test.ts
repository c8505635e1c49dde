/**
 * A site of several transcripts says which one each item is from: fact-check entries, the sources'
 * backlinks, the ledger and search results name their transcript; notes are search results of
 * their own. Checked for every file in content/transcripts/, over the built dist/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { distDir, loadExport, loadPage } from '../support/dist';
import { flatText, noteTexts, NOTE_KIND } from '../../src/lib/search/records.ts';

type Names = { en: string; 'zh-Hant': string };
const transcripts = readdirSync('content/transcripts').filter((f) => f.endsWith('.mdx')).map((f) => {
  const front = parseYaml(readFileSync(join('content/transcripts', f), 'utf8').split(/^---$/m)[1]!) as { slug: string; title: Names; shortTitle?: Names };
  return { slug: front.slug, name: front.shortTitle ?? front.title };
});
const nameOf = (slug: string | undefined) => transcripts.find((t) => t.slug === slug)?.name;
const slugIn = (href: string | undefined) => href?.match(/\/transcripts\/([a-z0-9-]+)\//)?.[1];
const pages = [['', 'en'], ['zh-hant/', 'zh-Hant']] as const;

describe('listings name the transcript of each item', () => {
  it.each(pages)('the fact-check index (%s): every entry names the transcript its segment link goes to', (prefix, locale) => {
    const $ = loadPage(`${prefix}fact-checks/`);
    expect($('.fc-item').length).toBeGreaterThan(0);
    $('.fc-item').each((_, li) => {
      const slug = slugIn($(li).find('a[href*="#"]').first().attr('href'));
      expect($(li).find('.fc-transcript').text(), slug).toBe(nameOf(slug)![locale]);
    });
  });

  /** Each group (`data-transcript`) is labelled with its transcript's name and links only into it. */
  const expectGroupedByTranscript = ($: ReturnType<typeof loadPage>, groups: string, label: string, locale: 'en' | 'zh-Hant') => {
    expect($(groups).length, groups).toBeGreaterThan(0);
    $(groups).each((_, el) => {
      const slug = $(el).attr('data-transcript');
      expect($(el).find(label).text(), slug).toBe(nameOf(slug)![locale]);
      const links = $(el).find('a').map((_, a) => slugIn($(a).attr('href'))).get();
      expect(links.length, slug).toBeGreaterThan(0);
      expect(new Set(links), slug).toEqual(new Set([slug]));
    });
  };

  it.each(pages)('the sources page (%s): backlinks are grouped under the name of their transcript', (prefix, locale) => {
    expectGroupedByTranscript(loadPage(`${prefix}sources/`), '.cited-by > li', '.src-transcript', locale);
  });

  it.each(pages)('the prediction ledger (%s): related segments are listed under the name of their transcript', (prefix, locale) => {
    expectGroupedByTranscript(loadPage(`${prefix}predictions/`), '.ledger dd[data-transcript]', '.ledger-transcript', locale);
  });
});

describe('search records', () => {
  interface Data { url: string; content: string; meta: Record<string, string> }
  // Pagefind's own browser API, run here without a worker, reading the built index from dist/.
  async function search(query: string | null, filters: Record<string, string> = {}): Promise<Data[]> {
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (url: string | URL) => new Response(readFileSync(join(distDir, decodeURIComponent(new URL(String(url)).pathname))))) as typeof fetch;
    try {
      const pagefind = await import(join(distDir, 'pagefind/pagefind.js'));
      await pagefind.options({ basePath: 'http://127.0.0.1/pagefind/', noWorker: true });
      const found = await pagefind.search(query, { filters });
      const data: Data[] = await Promise.all(found.results.map((r: { data: () => Promise<Data> }) => r.data()));
      // Pagefind puts its base URL's origin in front of each record's URL.
      return data.map((d) => ({ ...d, url: new URL(d.url).pathname + new URL(d.url).hash }));
    } finally {
      globalThis.fetch = realFetch;
    }
  }
  const notes = transcripts.flatMap(({ slug }) => {
    const byId = new Map(loadExport(slug).segments.flatMap((s) => s.annotations.map((a) => [a.id, a] as const)));
    return [...byId.values()].map((a) => ({ slug, ...a }));
  });

  it('every note of every transcript is a record of its own, linking to the note, with its texts and its transcript', async () => {
    const records = await search(null, { kind: NOTE_KIND });
    expect(records.map((r) => r.url).sort()).toEqual(notes.map((n) => `/transcripts/${n.slug}/#note-${n.id}`).sort());
    for (const r of records) {
      const note = notes.find((n) => r.url.endsWith(`#note-${n.id}`))!;
      const { original: zh, translation: en } = noteTexts(r.content);
      expect(zh, note.id).toContain(flatText(note.body['zh-Hant']));
      expect(en, note.id).toContain(flatText(note.body.en));
      expect([r.meta.transcriptEn, r.meta.transcriptZh], note.id).toEqual([nameOf(note.slug)!.en, nameOf(note.slug)!['zh-Hant']]);
      // The note's page has the anchor its result links to.
      expect(loadPage(`transcripts/${note.slug}/`)(`#note-${note.id}`).length, note.id).toBe(1);
    }
  });

  it('a phrase found only in a note finds that note', async () => {
    // "daily8.com" (where a copy of an event report was found) is named in notes, never in a segment.
    const segmentsText = transcripts.flatMap(({ slug }) => loadExport(slug).segments.map((s) => s.text.en + s.text['zh-Hant'])).join('\n');
    expect(segmentsText).not.toContain('daily8');
    const withIt = notes.filter((n) => `${n.body.en}${n.body['zh-Hant']}`.includes('daily8')).map((n) => `/transcripts/${n.slug}/#note-${n.id}`);
    expect(withIt.length).toBeGreaterThan(0);
    const found = (await search('daily8')).map((r) => r.url);
    expect(found).toEqual(expect.arrayContaining(withIt));
  });

  it('segment records name their transcript too', async () => {
    const records = await search(null, { kind: 'quote' });
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) expect(r.meta.transcriptEn, r.url).toBe(nameOf(slugIn(r.url))!.en);
  });
});
