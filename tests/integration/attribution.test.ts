/**
 * Attribution per covered segment, Musk's words set as headings counted as his quotes, and sources
 * given from memory said to be so: on the built pages, in the JSON and Web Annotation exports, and
 * in the search index (issue #21, A1–A3).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, distFile, loadExport, loadPage } from '../support/dist';
import { HEAD, ROW } from '../support/segment-parts';
/** The published transcript whose content these assertions name. */
const slug = 'x-takeover-2025';

const data = loadExport(slug);
const seg = (id: string) => data.segments.find((s) => s.id === id)!;
/** The attribution a segment carries under one of its fact-checks, as exported. */
const exported = (segmentId: string, noteId: string) => seg(segmentId).annotations.find((a) => a.id === noteId)?.attribution;

/** Segments that share a note with a neighbour whose wording is better attributed than theirs. */
const split = [
  { note: 'optimus-beyond-c3po-r2d2-billions-check', first: 'optimus-beyond-c3po-r2d2-billions', own: 'robots-go-do-the-work-themselves' },
  { note: 'a-robot-for-everyone-check', first: 'a-robot-for-everyone', own: 'like-a-car-in-every-home' },
  { note: 'ai-abundance-compute-energy-manufacturing-check', first: 'ai-abundance-compute-energy-manufacturing', own: 'compute-energy-manufacturing-indispensable' },
];
const headingQuotes = ['build-compute-first-grok-acts', 'ai-will-make-us-short-of-electricity', 'optimus-more-important-than-cars'];

describe('attribution is per segment', () => {
  it.each(split)('the JSON export gives $own its own attribution under $note (wording not found), not its neighbour\'s', ({ note, first, own }) => {
    expect(exported(first, note)).toBe('documented-elsewhere');
    expect(exported(own, note)).toBe('not-found');
  });

  it.each(split)('the transcript shows each segment its own attribution, in both interface languages ($own)', ({ note, first, own }) => {
    for (const [page, label] of [[`transcripts/${slug}/`, 'Wording not found'], [`zh-hant/transcripts/${slug}/`, '查無此語']] as const) {
      const $ = loadPage(page);
      // On the note's home segment, in its summary; on the other segment, beside the pointer to the note.
      expect($(`article#${first} #note-${note} > summary [data-attribution]`).attr('data-attribution'), page).toBe('documented-elsewhere');
      const tag = $(`article#${own} .note-pointer [data-attribution]`);
      expect(tag.attr('data-attribution'), page).toBe('not-found');
      expect(tag.text(), page).toContain(label);
      // The note itself lists both segments with theirs.
      expect($(`#note-${note} .attribution-list > li`).filter((_, li) => $(li).children('a').first().text() === own).text(), page).toContain(label);
    }
    // The segment's own page shows the note open, with that segment's attribution in its summary.
    const own$ = loadPage(`transcripts/${slug}/${own}/`);
    expect(own$(`#note-${note} > summary [data-attribution]`).attr('data-attribution')).toBe('not-found');
  });

  it('the Web Annotation export classifies each covered segment with its own attribution, targeting that segment alone', () => {
    const items = JSON.parse(distFile(`transcripts/${slug}.annotations.jsonld`)).first.items as { id: string; motivation: string; body: { value: string }[]; target: { selector: { value?: string }[] }[] }[];
    for (const { note, first, own } of split) {
      for (const [segment, value] of [[first, 'documented-elsewhere'], [own, 'not-found']]) {
        const item = items.find((i) => i.motivation === 'classifying' && i.id.endsWith(`/${segment}/#note-${note}`));
        expect(item?.body.map((b) => b.value), `${note} ${segment}`).toEqual([`attribution:${value}`]);
        expect(new Set(item!.target.map((t) => t.selector[0]!.value))).toEqual(new Set([segment]));
      }
    }
  });
});

describe('a heading in Musk\'s words is his quote', () => {
  it.each(headingQuotes)('%s is exported as a quote set as a heading, and shows as a heading labelled Quote with its attribution', (id) => {
    expect(seg(id)).toMatchObject({ kind: 'quote', speaker: 'elon-musk', level: 2 });
    const $ = loadPage(`transcripts/${slug}/`);
    const article = $(`article#${id}`);
    expect($(`#${id}${ROW} > h2, #${id}${ROW} > h3`).length).toBe(2);
    expect($(`#${id}${HEAD}`).text()).toContain('Quote');
    // Its own fact-check's attribution, on the segment itself.
    const own = exported(id, `${id}-check`);
    expect(['event-report', 'documented-elsewhere', 'not-found']).toContain(own);
    expect(article.find(`#note-${id}-check > summary [data-attribution]`).attr('data-attribution')).toBe(own);
  });

  it('the search index finds them when filtering for Musk\'s quotes', async () => {
    // Pagefind's own browser API, run here without a worker, reading the built index from dist/.
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (url: string | URL) => new Response(readFileSync(join(distDir, decodeURIComponent(new URL(String(url)).pathname))))) as typeof fetch;
    try {
      const pagefind = await import(join(distDir, 'pagefind/pagefind.js'));
      await pagefind.options({ basePath: 'http://127.0.0.1/pagefind/', noWorker: true });
      const found = await pagefind.search(null, { filters: { speaker: 'elon-musk', kind: 'quote' } });
      const ids = await Promise.all(found.results.map(async (r: { data: () => Promise<{ meta: { id: string } }> }) => (await r.data()).meta.id));
      expect(ids).toEqual(expect.arrayContaining(headingQuotes));
      expect(ids.length).toBe(data.segments.filter((s) => s.speaker === 'elon-musk').length);
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});

describe('sources given from memory say so', () => {
  it.each([['sources/', 'URL from memory, not confirmed', 'where documents live (not read)'], ['zh-hant/sources/', '網址憑記憶提供，未經證實', '文件所在位置（未讀取）']])('%s marks tesla-ir-site and sec-edgar, types them as references, and no other', (page, label, type) => {
    const $ = loadPage(page);
    expect($('.from-memory').map((_, e) => $(e).closest('li').attr('id')).get().sort()).toEqual(['sec-edgar', 'tesla-ir-site']);
    for (const id of ['tesla-ir-site', 'sec-edgar']) {
      expect($(`li#${id}`).text()).toContain(label);
      expect($(`li#${id}`).text()).toContain(type);
    }
    // The intro no longer says every URL was seen.
    expect($('main > p').first().text()).toMatch(page.startsWith('zh') ? /除了 2 個憑記憶提供/u : /except 2 that it gives from memory/u);
  });

  it('the Chinese sources page shows every source note and title note in Chinese', () => {
    const $ = loadPage('zh-hant/sources/');
    const notes = $('.source-index li > p.kind-tag').filter((_, p) => !$(p).find('.url').length && !/^沒有註解引用/u.test($(p).text()));
    expect(notes.length).toBeGreaterThan(30);
    notes.each((_, p) => { expect($(p).text(), $(p).closest('li').attr('id')).toMatch(/\p{Script=Han}/u); });
    expect($('li#tesla-ir-site').text()).toContain('描述性標題；頁面原標題未記錄');
  });
});
