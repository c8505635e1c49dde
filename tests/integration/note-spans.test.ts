/**
 * Note spans over the built site: the words each note is about are marked on the pages, in both
 * languages and both interfaces, each a link to a note the page has; the twin script loads only
 * where there are marks; and both exports carry W3C selectors for each span (hand-checked for one).
 */
import { describe, expect, it } from 'vitest';
import { distFile, loadExport, loadPage } from '../support/dist';
import { ORIGINAL, SPAN, TRANSLATION } from '../support/segment-parts';

const SLUG = 'x-takeover-2025';
const data = loadExport(SLUG);
type Selector = { type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number; value?: string; refinedBy?: Selector };
type Anchor = { segment: string; language: 'zh-Hant' | 'en'; selector: Selector[] };
const anchorsOf = (a: object) => (a as { spans?: Anchor[] }).spans ?? [];
const spanned = data.segments.flatMap((s) => s.annotations.flatMap((a) => anchorsOf(a).map((x) => ({ seg: s, note: a.id, ...x }))));
const column = { 'zh-Hant': ORIGINAL, en: TRANSLATION } as const;
const cps = (s: string) => Array.from(s);

describe('the words of the translation notes are anchored', () => {
  it('the JSON export carries spans for the translation notes, in both languages', () => {
    const notes = new Set(spanned.map((x) => x.note));
    for (const id of ['tr-supersonic-tsunami', 'tr-concept-level-telepathy', 'tr-compute', 'tr-pillars']) expect(notes, id).toContain(id);
    expect(spanned.filter((x) => x.note === 'tr-supersonic-tsunami').map((x) => x.language)).toEqual(['zh-Hant', 'en']);
    expect(spanned.length).toBeGreaterThanOrEqual(50);
  });

  it('each exported span’s selectors select its words in the segment’s text (code points)', () => {
    expect(spanned.length).toBeGreaterThan(0);
    for (const x of spanned) {
      const [quote, position] = x.selector;
      const text = cps(x.seg.text[x.language]);
      expect(x.segment).toBe(x.seg.id);
      expect(text.slice(position!.start, position!.end).join(''), `${x.seg.id} ${x.language}`).toBe(quote!.exact);
      expect(text.slice(Math.max(0, position!.start! - 32), position!.start).join('')).toBe(quote!.prefix);
      expect(text.slice(position!.end, position!.end! + 32).join('')).toBe(quote!.suffix);
    }
  });

  it('hand-checked: 超音速海嘯 and “supersonic tsunami” (32 characters of prefix: the English one starts inside “This”)', () => {
    const [zh, en] = spanned.filter((x) => x.note === 'tr-supersonic-tsunami');
    expect(zh!.selector).toEqual([
      { type: 'TextQuoteSelector', exact: '超音速海嘯', prefix: '這不是進步,這就像一場“', suffix: '”。' },
      { type: 'TextPositionSelector', start: 12, end: 17 },
    ]);
    expect(en!.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'supersonic tsunami', prefix: 's isn\'t progress — it\'s like a “', suffix: '”.' },
      { type: 'TextPositionSelector', start: 35, end: 53 },
    ]);
  });
});

describe.each([['en', `/transcripts/${SLUG}/`], ['zh-Hant', `/zh-hant/transcripts/${SLUG}/`]])('the transcript page (%s interface)', (_locale, path) => {
  const $ = loadPage(path);
  it('marks every exported span in its column, as a link to a note the page has', () => {
    for (const x of spanned) {
      const marks = $(`#${x.seg.id}${column[x.language]} ${SPAN}[href="#note-${x.note}"]`).map((_, el) => $(el).text()).get();
      expect(marks, `${x.seg.id} ${x.language} ${x.note}`).toContain(x.selector[0]!.exact);
      expect($(`#note-${x.note}`).length, `#note-${x.note}`).toBe(1);
    }
    const links = $(SPAN);
    expect(links.length).toBe(spanned.length);
    links.each((_, el) => {
      expect($(el).attr('href')).toMatch(/^#note-[a-z0-9-]+$/);
      expect($(el).attr('aria-describedby')).toBe('note-span-hint');
    });
    // A note's pieces carry one twin number in both texts of its segment, and no two notes of a segment share one.
    $('article.seg').each((_, seg) => {
      const numberOf = new Map<string, string>();
      $(seg).find(SPAN).each((_, el) => {
        const note = $(el).attr('href')!.slice('#note-'.length);
        const own = $(el).attr('data-pair')!.split(' ').at(-1)!;
        expect(numberOf.get(note) ?? own, `${$(seg).attr('id')} ${note}`).toBe(own);
        numberOf.set(note, own);
      });
      expect(new Set(numberOf.values()).size, $(seg).attr('id')).toBe(numberOf.size);
    });
    expect($('#note-span-hint[hidden]').text().length).toBeGreaterThan(5);
  });

  it('lights twins without a script', () => {
    expect($('script[src*="NoteSpan"], script[src*="note-span"]').length).toBe(0);
  });
});

describe('the segment pages', () => {
  it('every spanned segment’s own page, in both interfaces, marks its words and has the note each mark links to', () => {
    for (const x of spanned) {
      for (const prefix of ['', '/zh-hant']) {
        const $ = loadPage(`${prefix}/transcripts/${SLUG}/${x.seg.id}/`);
        const marks = $(`${column[x.language]} ${SPAN}[href="#note-${x.note}"]`);
        expect(marks.map((_, el) => $(el).text()).get(), `${prefix} ${x.seg.id}`).toContain(x.selector[0]!.exact);
        expect($(`#note-${x.note}`).length, `${prefix} ${x.seg.id} #note-${x.note}`).toBe(1);
      }
    }
  });


  it('a segment with spans marks them and links to its own note on the page, with the hint; one without has neither', () => {
    const $ = loadPage(`/transcripts/${SLUG}/supersonic-tsunami/`);
    expect($(`${TRANSLATION} ${SPAN}`).text()).toBe('supersonic tsunami');
    expect($('#note-tr-supersonic-tsunami').length).toBe(1);
    expect($('#note-span-hint').length).toBe(1);
    const plain = loadPage(`/transcripts/${SLUG}/straight-to-the-core/`);
    expect(plain(SPAN).length).toBe(0);
    expect(plain('#note-span-hint').length).toBe(0);
  });
});

describe('the Web Annotation export', () => {
  const collection = JSON.parse(distFile(`transcripts/${SLUG}.annotations.jsonld`)) as { first: { items: { id: string; target: { source: string; selector: Selector | Selector[] }[] }[] } };
  const note = (id: string) => collection.first.items.find((i) => i.id.endsWith(`#note-${id}`))!;

  it('targets each span as the segment, and its text refined by the words in context and by their position', () => {
    const targets = note('tr-supersonic-tsunami').target;
    expect(targets).toHaveLength(2);
    const text = '這不是進步,這就像一場“超音速海嘯”。';
    expect(targets[0]!.selector).toEqual([
      { type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3986', value: 'supersonic-tsunami' },
      { type: 'TextQuoteSelector', exact: text, refinedBy: { type: 'TextQuoteSelector', exact: '超音速海嘯', prefix: '這不是進步,這就像一場“', suffix: '”。' } },
      { type: 'TextQuoteSelector', exact: text, refinedBy: { type: 'TextPositionSelector', start: 12, end: 17 } },
    ]);
    expect((targets[1]!.selector as Selector[])[2]!.refinedBy).toEqual({ type: 'TextPositionSelector', start: 35, end: 53 });
  });

  it('a note on several segments has a target per span, and a note without spans keeps its whole-segment targets', () => {
    // tr-compute is on four segments: its words in each, in both languages, in reading order.
    expect(note('tr-compute').target.map((t) => (t.selector as Selector[])[1]!.refinedBy?.exact)).toEqual(['算力', 'compute', '算力', 'compute', '算力上的絕對自由', 'absolute freedom in compute', '算力', 'compute']);
    const plain = collection.first.items.find((i) => i.id.endsWith('#note-event-date-time-bay-area-check'))!;
    expect((plain.target[0]!.selector as Selector[])[0]).toEqual({ type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3986', value: 'event-date-time-bay-area' });
  });

  it('a gloss the translation leaves out is anchored in the original only; the English keeps the whole text', () => {
    const t = note('tr-future-engineered-gloss').target;
    expect((t[0]!.selector as Selector[])[1]!.refinedBy!.exact).toBe('(未來,由工程打造)');
    expect((t[1]!.selector as Selector[])[1]).toEqual({ type: 'TextQuoteSelector', exact: data.segments.find((s) => s.id === 'event-date-time-bay-area')!.text.en });
  });
});
