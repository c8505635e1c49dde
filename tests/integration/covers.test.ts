/**
 * A segment with several fact-checks says, beside each verdict badge, which of its words that check
 * is about (`covers`): on the transcript, on the segment's own page, in both interface languages,
 * and in the JSON export.
 */
import { describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import { distFile, loadExport, loadPage } from '../support/dist';
/** The published transcript whose content these assertions name. */
const slug = 'x-takeover-2025';

type Covers = Record<string, { 'zh-Hant': string; en: string }>;
const exp = loadExport(slug);
const checksOf = (s: (typeof exp.segments)[number]) => s.annotations.filter((a) => a.kind === 'fact-check') as ((typeof s.annotations)[number] & { covers?: Covers })[];
const several = exp.segments.filter((s) => checksOf(s).length > 1);

/** The note of one annotation on one segment: the full note where it lives, or the pointer to it. */
function noteOn($: CheerioAPI, segmentRoot: string, annotationId: string) {
  const full = $(`${segmentRoot} #note-${annotationId}`);
  return full.length ? full.find('summary') : $(`${segmentRoot} .note-pointer:has(a[href="#note-${annotationId}"])`);
}

describe('several fact-checks on one segment: which words each is about', () => {
  it('there are such segments (the robotaxi segment among them)', () => {
    expect(several.length).toBeGreaterThanOrEqual(8);
    expect(several.map((s) => s.id)).toContain('bay-area-robotaxi-safety-monitor-no-fares');
  });

  it('the export gives each check excerpts copied exactly from the segment', () => {
    for (const s of several) {
      for (const a of checksOf(s)) {
        const words = a.covers?.[s.id];
        expect(words, `${s.id} / ${a.id}`).toBeDefined();
        expect(s.text['zh-Hant']).toContain(words!['zh-Hant']);
        expect(s.text.en).toContain(words!.en);
      }
    }
  });

  it('the transcript and each segment page show the excerpts beside each badge, in both interface languages', () => {
    const problems: string[] = [];
    for (const prefix of ['', 'zh-hant/']) {
      const transcript = loadPage(`${prefix}transcripts/${slug}/`);
      for (const s of several) {
        const page = loadPage(`${prefix}transcripts/${slug}/${s.id}/`);
        for (const [$, root] of [[transcript, `#${s.id}`], [page, '.segment-page']] as const) {
          for (const a of checksOf(s)) {
            const note = noteOn($, root, a.id);
            const where = `${prefix}${root === '.segment-page' ? `${s.id}/` : root} ${a.id}`;
            if (note.length !== 1 || note.find('.badge').length !== 1) {
              problems.push(`${where}: no note with a badge`);
              continue;
            }
            // Each excerpt in its language: its own lang, or the note's it inherits (the interface language).
            const inLang = (l: string) => note.find('.note-covers q').filter((_, q) => $(q).closest('[lang]').attr('lang') === l).text();
            const zh = inLang('zh-Hant');
            const en = inLang('en');
            if (zh !== a.covers![s.id]!['zh-Hant'] || en !== a.covers![s.id]!.en) problems.push(`${where}: shows "${zh}" / "${en}"`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('the Web Annotation export refines each such target to the covered words (refinedBy)', () => {
    type Quote = { type: string; exact: string; prefix?: string; suffix?: string; refinedBy?: Quote };
    const items = JSON.parse(distFile(`transcripts/${slug}.annotations.jsonld`)).first.items as { id: string; target: { selector: (Quote | { type: string; value: string })[] }[] }[];
    for (const s of several) {
      for (const a of checksOf(s)) {
        const item = items.find((i) => i.id.endsWith(`#note-${a.id}`))!;
        const quotes = item.target.filter((t) => t.selector.some((x) => 'value' in x && x.value === s.id)).map((t) => t.selector.find((x) => x.type === 'TextQuoteSelector') as Quote);
        const words = a.covers![s.id]!;
        expect(quotes.map((q) => q.refinedBy?.exact), `${s.id} / ${a.id}`).toEqual([words['zh-Hant'], words.en]);
        for (const q of quotes) expect(q.exact).toContain(`${q.refinedBy!.prefix}${q.refinedBy!.exact}${q.refinedBy!.suffix}`);
      }
    }
  });

  it('a segment with one fact-check shows no excerpt', () => {
    const single = exp.segments.find((s) => checksOf(s).length === 1)!;
    expect(loadPage(`transcripts/${slug}/${single.id}/`)('.segment-page .note-covers')).toHaveLength(0);
  });
});
