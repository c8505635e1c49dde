import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadPage, slugs } from '../support/dist';
import { transcript, verdicts } from '../support/annotations';

// The pages that gather every transcript's notes: the fact-check index, the sources, the prediction ledger.
const site = slugs.map(transcript);
const allSegments = site.flatMap((t) => t.data.segments);
const allFactChecks = site.flatMap((t) => t.factChecks);
const allUnchecked = site.flatMap((t) => t.unchecked);
const predictions = parse(readFileSync(join(process.cwd(), 'content/data/predictions.yaml'), 'utf8')) as unknown[];

describe('index pages', () => {
  it('the fact-check index lists every checked claim with counts per verdict and links to the segment', () => {
    const $ = loadPage('fact-checks/');
    expect($('.fc-group:not(#not-checked) .fc-item').length).toBe(allFactChecks.length);
    // The six verdicts, then the quotes and claims no fact-check covers.
    expect($('.verdict-counts li').map((_, li) => $(li).find('.count').text()).get()).toEqual([...verdicts.map((v) => String(allFactChecks.filter((a) => a.verdict === v).length)), String(allUnchecked.length)]);
    const ids = new Set(allSegments.map((s) => s.id));
    $('.fc-item a[href*="#"]').each((_, a) => {
      const frag = $(a).attr('href')!.split('#')[1]!;
      expect(ids.has(frag) || frag.startsWith('note-'), frag).toBe(true);
    });
    for (const v of verdicts) expect($(`section#${v}`).length).toBe(1);
  });

  it('the fact-check index also lists, apart, each quote or claim that was not checked, linked to its segment', () => {
    for (const [page, heading] of [['fact-checks/', 'Not fact-checked'], ['zh-hant/fact-checks/', '未經查核']] as const) {
      const $ = loadPage(page);
      expect($('#not-checked h2').text(), page).toContain(heading);
      expect($('.verdict-counts a[href="#not-checked"]').text(), page).toBe(heading);
      const listed = $('#not-checked .fc-item a[href*="#"]').map((_, a) => $(a).attr('href')!.split('#')[1]).get();
      expect(listed, page).toEqual(allUnchecked);
    }
  });

  it('each fact-check index entry quotes its segment’s Chinese as published and our English beneath, with no quotation marks added', () => {
    const texts = new Map(allSegments.map((s) => [s.id, s.text]));
    for (const page of ['fact-checks/', 'zh-hant/fact-checks/']) {
      const $ = loadPage(page);
      $('.fc-item').each((_, li) => {
        const id = $(li).find('a[href*="#"]').first().attr('href')!.split('#')[1]!;
        expect($(li).find('q').length, id).toBe(0);
        expect($(li).find('.fc-quote p[lang="zh-Hant"]').text(), id).toBe(texts.get(id)!['zh-Hant']);
        expect($(li).find('.fc-quote p[lang="en"]').text(), id).toBe(texts.get(id)!.en);
      });
    }
  });

  it('each fact-check index entry says what was checked, so two claims of one segment can be told apart', () => {
    // Chinese takes a full-width colon, which carries its own space.
    for (const [page, locale, label] of [['fact-checks/', 'en', 'What was checked: '], ['zh-hant/fact-checks/', 'zh-Hant', '查核對象：']] as const) {
      const $ = loadPage(page);
      const shown = $('.fc-item .fc-claim').map((_, p) => $(p).text().replace(/\s+/g, ' ').trim()).get();
      expect(shown.length, page).toBe(allFactChecks.length);
      const expected = allFactChecks.map((a) => `${label}${a.claim![locale]}`.replace(/\s+/g, ' ').trim());
      expect([...shown].sort(), page).toEqual([...expected].sort());
    }
  });

  it('the sources page lists every source with backlinks to the citing segments', () => {
    const $ = loadPage('sources/');
    expect($('.source-index > li').length).toBeGreaterThanOrEqual(new Set(site.flatMap((t) => t.data.sources.map((x) => x.id))).size);
    // Each source links back to every note citing it, at the note's (first) segment.
    for (const t of site) for (const a of t.contentAnnotations) for (const x of a.sources ?? []) {
      expect($(`li#${x} a[href="/transcripts/${t.slug}/#${a.segments[0]}"]`).length, `${x} → ${a.segments[0]}`).toBe(1);
    }
  });

  it('the prediction ledger has each forecast with made, due, status and sources', () => {
    const $ = loadPage('predictions/');
    expect($('.ledger > li').length).toBe(predictions.length);
    $('.ledger > li').each((_, li) => {
      const text = $(li).text();
      expect(text).toMatch(/Made/);
      expect(text).toMatch(/Due/);
      expect($(li).find('.status').text().trim()).not.toBe('');
      expect($(li).find('.sources-list li').length).toBeGreaterThan(0);
    });
  });
});
