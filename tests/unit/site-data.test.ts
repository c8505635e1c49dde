/** The pure modules that turn a transcript into published data: paths, the JSON export, web annotations, JSON-LD, the feed. */
import { describe, expect, it } from 'vitest';
import { paths, switchLocale } from '../../src/lib/urls';
import { transcriptExport } from '../../src/lib/export';
import { webAnnotations } from '../../src/lib/web-annotation';
import { jsonLdText, segmentStructuredData } from '../../src/lib/structured-data';
import { feedItems } from '../../src/lib/feed';
import { demoSource, demoSpeakers, demoTranscript, site } from '../fixtures/demo-transcript';

const t = demoTranscript();
const claim = t.segments.find((s) => s.id === 'made-up-claim')!;
const leadIn = t.segments.find((s) => s.id === 'lead-in')!;

describe('urls', () => {
  it('gives each page one path per interface language, Chinese under /zh-hant', () => {
    expect(paths.segment('en', 'demo', 'a-b')).toBe('/transcripts/demo/a-b/');
    expect(paths.segment('zh-Hant', 'demo', 'a-b')).toBe('/zh-hant/transcripts/demo/a-b/');
    expect(paths.segmentAnchor('zh-Hant', 'demo', 'a-b')).toBe('/zh-hant/transcripts/demo/#a-b');
    expect(paths.home('zh-Hant')).toBe('/zh-hant/');
    expect(paths.ogImage('demo', 'a-b')).toBe('/og/demo/a-b.png');
    expect(paths.bibliography('demo', 'ris')).toBe('/transcripts/demo.ris');
  });
  it('switches a path between the languages and back', () => {
    for (const p of ['/', '/search/', '/transcripts/demo/a-b/']) {
      const zh = switchLocale(p, 'zh-Hant');
      expect(zh).toBe(p === '/' ? '/zh-hant/' : `/zh-hant${p}`);
      expect(switchLocale(zh, 'en')).toBe(p);
    }
    expect(switchLocale('/zh-hantx/', 'en')).toBe('/zh-hantx/'); // only the whole prefix is a language
  });
});

describe('the JSON export', () => {
  const e = transcriptExport(t, site);
  it('lists every segment in order with both texts, its permalink and its notes', () => {
    expect(e.url).toBe('https://interlinear.example/transcripts/demo-interview/');
    expect(e.date).toBe('2025-07-26');
    expect(e.segments.map((s) => [s.id, s.section, s.permalink])).toEqual([
      ['lead-in', 'opening', '/transcripts/demo-interview/lead-in/'],
      ['made-up-claim', 'opening', '/transcripts/demo-interview/made-up-claim/'],
    ]);
    expect(e.segments[1]!.text).toEqual({ 'zh-Hant': claim.original, en: claim.translation });
    expect(e.segments[0]!.annotations.map((a) => a.id).sort()).toEqual(['lead-in-context', 'made-up-claim-check']);
    expect(e.sections).toEqual([{ id: 'opening', title: { 'zh-Hant': '開場', en: 'Opening' }, segments: ['lead-in', 'made-up-claim'] }]);
  });
  it('exports a note with only the fields it has', () => {
    const check = e.segments[1]!.annotations[0]!;
    expect(check).toMatchObject({ kind: 'fact-check', verdict: 'inaccurate', checked: '2026-11-28', sources: ['demo-source'] });
    const context = e.segments[0]!.annotations.find((a) => a.id === 'lead-in-context')!;
    expect(Object.keys(context)).not.toContain('verdict');
    expect(Object.keys(context)).not.toContain('originalEnglish');
    expect(e.sources).toEqual([{ id: 'demo-source', title: demoSource.title, publisher: 'Nobody', url: demoSource.url, type: 'secondary', provenance: 'seen', language: 'en' }]);
  });
});

describe('web annotations', () => {
  const w = webAnnotations(t, site, new Map([[demoSource.id, demoSource]]));
  it('is a collection with one annotation per note, each targeting its segments in both languages', () => {
    expect(w.type).toBe('AnnotationCollection');
    expect(w.id).toBe('https://interlinear.example/transcripts/demo-interview.annotations.jsonld');
    expect(w.total).toBe(2);
    const check = w.first.items.find((a) => a.id.endsWith('#note-made-up-claim-check'))!;
    expect(check.motivation).toBe('assessing');
    // The demo transcript has no recording, so every target's selector is the page's list of two.
    expect(check.target.map((x) => { const sel = x.selector as { value?: string; exact?: string }[]; return [sel[0]!.value, sel[1]!.exact]; })).toEqual([
      ['made-up-claim', claim.original], ['made-up-claim', claim.translation], ['lead-in', leadIn.original], ['lead-in', leadIn.translation],
    ]);
    expect(check.body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: 'inaccurate' });
    expect(check.body).toContainEqual({ id: demoSource.url, type: 'Text', purpose: 'linking', title: demoSource.title, language: 'en' });
    expect(w.first.items.find((a) => a.id.endsWith('#note-lead-in-context'))!.motivation).toBe('commenting');
  });
});

describe('structured data of a segment page', () => {
  it('is a Quotation in both languages, with a ClaimReview only on the page of the fact-check’s first segment', () => {
    const image = 'https://interlinear.example/og/demo-interview/made-up-claim.png';
    const [quotation, ...reviews] = segmentStructuredData(t, claim, demoSpeakers, site, image)['@graph'] as Record<string, unknown>[];
    expect(quotation).toMatchObject({ '@type': 'Quotation', url: 'https://interlinear.example/transcripts/demo-interview/made-up-claim/', dateCreated: '2025-07-26', image });
    expect(quotation!.spokenByCharacter).toMatchObject({ name: 'A. Speaker (fictional)' });
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ '@type': 'ClaimReview', claimReviewed: 'The units sold last year', reviewRating: { ratingValue: 1, alternateName: 'Inaccurate' } });
    // The same fact-check also covers the lead-in, but is reviewed once, on its first segment's page.
    expect(segmentStructuredData(t, leadIn, demoSpeakers, site, image)['@graph']).toHaveLength(1);
  });
  it('serialises so that the data can never close its <script> element', () => {
    const text = jsonLdText({ a: '</script><b>&' });
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual({ a: '</script><b>&' });
  });
});

describe('the feed', () => {
  it('has the transcript and each dated fact-check, newest first, in the interface language, with absolute links', () => {
    const items = feedItems([t], 'zh-Hant', site);
    expect(items.map((i) => i.link)).toEqual([
      'https://interlinear.example/zh-hant/transcripts/demo-interview/#note-made-up-claim-check',
      'https://interlinear.example/zh-hant/transcripts/demo-interview/',
    ]);
    expect(items[0]!.title).toBe('不正確：去年銷量');
    expect(items[1]!.description).toBe('虛構，僅供測試。');
  });
});
