/**
 * Wherever a quote travels without the page around it, it says that its English is our translation
 * of a Chinese report: the segment page's title, description and body, and the JSON export. The
 * export keeps the sources' hedges (`note`, `titleNote`). The zh-Hant feed uses the full-width colon.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import * as cheerio from 'cheerio';
import { distFile, loadExport, loadPage } from '../support/dist';
/** The published transcript whose content these assertions name. */
const slug = 'x-takeover-2025';
import { ui } from '../../src/lib/i18n';
import { verdictInfo } from '../../src/lib/verdicts';
import { pairNamesIn } from '../../src/lib/languages';

const exp = loadExport(slug);
const en = ui.en;
const zh = ui['zh-Hant'];
// This transcript's pair, named in each interface language (Chinese / English; 中文 / 英文).
const pair = { originalLanguage: 'zh-Hant', translationLanguage: 'en' };
const names = (t: typeof en) => pairNamesIn(pair, t === en ? 'en' : 'zh-Hant');

describe('a segment page says whose the English is', () => {
  it('in its title, its description and its body, in both interface languages', () => {
    const problems: string[] = [];
    for (const { id } of exp.segments) {
      for (const [prefix, t] of [['', en], ['zh-hant/', zh]] as const) {
        const $ = loadPage(`${prefix}transcripts/${slug}/${id}/`);
        const where = `${prefix}${id}`;
        if (t === en && !$('title').text().includes(`(${en.ourTranslation(names(en))})`)) problems.push(`${where}: title "${$('title').text()}"`);
        for (const sel of ['meta[name="description"]', 'meta[property="og:description"]', 'meta[name="twitter:description"]']) {
          if (!($(sel).attr('content') ?? '').includes(`${t.punct.open}${t.ourTranslation(names(t))}${t.punct.close}`)) problems.push(`${where}: ${sel}`);
        }
        const label = $('.segment-page .translation-label');
        if (label.length !== 1 || label.text() !== t.cite.translationCaveat(names(t))) problems.push(`${where}: body label "${label.text()}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the English title reads as a translation, e.g. the participation quote', () => {
    const $ = loadPage(`transcripts/${slug}/${exp.segments.find((s) => s.text.en.startsWith('“I\'d rather'))!.id}/`);
    expect($('title').text()).toMatch(/^Elon Musk: “I'd rather .*” \(our translation of a Chinese report\) · Interlinear$/);
  });
});

describe('the JSON export labels the translation and keeps the sources’ hedges', () => {
  const raw = JSON.parse(distFile(`transcripts/${slug}.json`)) as {
    translation: { language: string; rule: string };
    segments: { id: string; textLabels: { en: string; 'zh-Hant': string } }[];
    sources: Record<string, unknown>[];
  };

  it('states the rule at the top and labels each segment’s text', () => {
    expect(raw.translation.rule).toMatch(/text\.en is Interlinear's English translation .*not the speaker's own words/);
    for (const s of raw.segments) {
      expect(s.textLabels.en, s.id).toMatch(/^Interlinear's English translation of the Chinese report: not the speaker's own words\.$/);
      expect(s.textLabels['zh-Hant'], s.id).toMatch(/verbatim/);
    }
  });

  it('exports every source’s note and titleNote exactly as sources.yaml has them', () => {
    const yaml = parse(readFileSync(join(process.cwd(), 'content/data/sources.yaml'), 'utf8')) as Record<string, unknown>[];
    const byId = new Map(raw.sources.map((s) => [s.id, s]));
    let hedges = 0;
    for (const src of yaml) {
      const out = byId.get(src.id);
      if (!out) continue; // a source no note of this transcript cites
      for (const field of ['note', 'titleNote'] as const) {
        expect(out[field], `${String(src.id)}.${field}`).toEqual(src[field]);
        if (src[field] !== undefined) hedges++;
      }
    }
    expect(hedges).toBeGreaterThan(10);
  });
});

describe('the zh-Hant feed', () => {
  it('puts a full-width colon after each verdict, never a half-width one', () => {
    const $ = cheerio.load(distFile('zh-hant/feed.xml'), { xml: true });
    const titles = $('item > title').map((_, e) => $(e).text()).get();
    const labels = Object.values(verdictInfo).map((v) => v.label['zh-Hant']);
    const verdictTitles = titles.filter((t) => labels.some((l) => t.startsWith(l)));
    expect(verdictTitles.length).toBeGreaterThan(20);
    for (const t of verdictTitles) expect(labels.some((l) => t.startsWith(`${l}：`) && !t.startsWith(`${l}： `)), t).toBe(true);
    expect(titles.filter((t) => labels.some((l) => t.startsWith(`${l}:`)))).toEqual([]);
  });
});
