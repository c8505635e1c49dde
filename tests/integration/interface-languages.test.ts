/**
 * Adding an interface language is one strings file and one line in src/lib/locales.ts: the
 * multi-transcript build (tests/support/multi-build.ts) adds the pseudo-locale en-XA exactly so,
 * and its pages, strings, language switch, alternates, feeds and sitemap follow. Editorial text
 * nobody wrote in en-XA shows in English, marked lang="en", and the check counts it in one warning.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as cheerio from 'cheerio';
import type { AnyNode } from 'domhandler';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtFiles, multiBuild, secondSlug, type MultiBuild } from '../support/multi-build';
import { PSEUDO_PATH, PSEUDO_TAG, pseudoText } from '../fixtures/pseudo-locale';
import { ui } from '../../src/lib/i18n';
import { SPEAKER } from '../support/segment-parts';

const first = 'x-takeover-2025';
let built: MultiBuild;
const { file, page, json } = builtFiles(() => built.dist);
const prefix = `${PSEUDO_PATH}/`;

/** The published transcript's frontmatter and the site settings, as written (no en-XA text in either). */
const settings = readFileSync('content/data/settings.yaml', 'utf8');
const siteNameEn = /siteName:\n(?:\s+.*\n)*?\s+en: (.+)\n/.exec(settings)![1]!.trim();

beforeAll(async () => {
  built = await multiBuild();
}, 600_000);

describe('a third interface language, added as the docs say', () => {
  const pages = ['', 'about/', 'fact-checks/', 'sources/', 'predictions/', 'search/', 'corrections/', `transcripts/${first}/`, `transcripts/${secondSlug}/`];

  it.each(pages)('/%s exists under its prefix, in en-XA', (p) => {
    const $ = page(`${prefix}${p}`);
    expect($('html').attr('lang')).toBe(PSEUDO_TAG);
    // Its own strings: the navigation is the pseudo-localized English.
    expect($('nav.main a').first().text()).toBe(pseudoText(ui.en.navHome));
    expect($('a.skip').text()).toBe(pseudoText(ui.en.skipToContent));
  });

  it('has every segment page of every transcript', () => {
    for (const slug of [first, secondSlug]) {
      const ids = (json(`transcripts/${slug}.json`) as { segments: { id: string }[] }).segments.map((s) => s.id);
      for (const id of [ids[0]!, ids.at(-1)!]) expect(page(`${prefix}transcripts/${slug}/${id}/`)('html').attr('lang'), `${slug}/${id}`).toBe(PSEUDO_TAG);
    }
  });

  it.each([
    ['', ['zh-Hant', PSEUDO_TAG]],
    ['zh-hant/', ['en', PSEUDO_TAG]],
    [prefix, ['en', 'zh-Hant']],
  ])('the language switch on /%s links to the other two, and the alternates name all three', (p, others) => {
    const path = `${p}transcripts/${first}/`;
    const $ = page(path);
    const here = $('html').attr('lang')!;
    const switchLinks = $('header.site a[hreflang]').map((_, a) => ({ lang: a.attribs.hreflang, href: a.attribs.href, text: $(a).text() })).get();
    expect(switchLinks.map((l) => l.lang)).toEqual(others);
    for (const l of switchLinks) expect(l.href).toBe(`${l.lang === 'en' ? '' : l.lang === 'zh-Hant' ? '/zh-hant' : `/${PSEUDO_PATH}`}/transcripts/${first}/`);
    expect(switchLinks.find((l) => l.lang === PSEUDO_TAG)?.text ?? pseudoText(ui.en.languageName)).toBe(pseudoText(ui.en.languageName));
    const alternates = $('link[rel="alternate"][hreflang]').map((_, l) => l.attribs.hreflang).get();
    expect([...alternates].sort()).toEqual(['en', PSEUDO_TAG, 'x-default', 'zh-Hant'].sort());
    expect(alternates[0]).toBe(here);
  });

  it('shows editorial text nobody wrote in en-XA in English, marked lang="en"', () => {
    const home = page(prefix);
    expect(home('h1 > span[lang="en"]').text()).toBe(siteNameEn);
    expect(home('header.site a.brand > span[lang="en"]').text()).toBe(siteNameEn);
    const summaries = home('main .cards p[lang="en"]');
    expect(summaries.length).toBeGreaterThanOrEqual(2);
    const about = page(`${prefix}about/`);
    expect(about('article.prose').attr('lang')).toBe('en');
    const transcript = page(`${prefix}transcripts/${first}/`);
    expect(transcript('dl dd[lang="en"]').first().text().length).toBeGreaterThan(0);
    // A speaker's name and a note's text: English, in a span that says so.
    expect(transcript(`${SPEAKER} > span[lang="en"]`).length).toBeGreaterThan(0);
    expect(transcript('details.note p > span[lang="en"]').length).toBeGreaterThan(0);
    // A segment page's title names its speaker: in English, marked, on the pseudo-locale's page only.
    const musk = (json(`transcripts/${first}.json`) as { segments: { id: string; speaker: string }[] }).segments.find((s) => s.speaker === 'elon-musk')!.id;
    expect(page(`${prefix}transcripts/${first}/${musk}/`)('h1.segment-page-title > span[lang="en"]').text()).toBe('Elon Musk');
    expect(page(`transcripts/${first}/${musk}/`)('h1.segment-page-title > span[lang]').length).toBe(0);
    // The English pages mark nothing of the kind: the text is in their own language.
    expect(page(`transcripts/${first}/`)(`${SPEAKER} > span[lang="en"]`).length).toBe(0);
  });

  type Label = 'date' | 'place' | 'source' | 'translationNote';
  const labels: Label[] = ['date', 'place', 'source', 'translationNote'];
  /**
   * The elements holding one editorial field each, per page, and how many at least. `label`: a
   * metadata line's label in the page's interface language. The field's element carries the `lang`,
   * or an element in it does.
   */
  const fields = (label: (key: Label) => string): [string, ($: cheerio.CheerioAPI) => cheerio.Cheerio<AnyNode>, number][] => [
    ['', ($) => $('main .cards > li > p:not(.kind-tag)'), 2],
    [`transcripts/${first}/`, ($) => $('.meta-list > dt').filter((_, dt) => labels.map(label).includes($(dt).text())).next('dd'), labels.length],
    ['corrections/', ($) => $('.correction-why'), 1],
    ['predictions/', ($) => $('.ledger > li > p:not(.kind-tag), .ledger dd:has(> .status)'), 2],
    ['fact-checks/', ($) => $('.fc-item > .fc-claim, .fc-item > .fc-claim + p'), 2],
  ];
  /** Whether a field's element, or an element in it, says its text is in `lang`. */
  const marked = ($: cheerio.CheerioAPI, el: AnyNode, lang: string) => $(el).is(`[lang="${lang}"]`) || $(el).find(`[lang="${lang}"]`).length > 0;

  it('marks the English standing in for each untranslated field as English, in en-XA', () => {
    for (const [p, find, least] of fields((k) => pseudoText(ui.en[k]))) {
      const $ = page(`${prefix}${p}`);
      const els = find($).get();
      expect(els.length, p).toBeGreaterThanOrEqual(least);
      for (const el of els) expect(marked($, el, 'en'), `${prefix}${p}: ${$.html(el)}`).toBe(true);
    }
  });

  it('repeats no page language on those fields in en and zh-Hant, where they are written in it', () => {
    for (const [at, locale] of [['', 'en'], ['zh-hant/', 'zh-Hant']] as const) {
      for (const [p, find, least] of fields((k) => ui[locale][k])) {
        const $ = page(`${at}${p}`);
        const els = find($).get();
        expect(els.length, `${at}${p}`).toBeGreaterThanOrEqual(least);
        for (const el of els) expect($(el).attr('lang') === undefined && !marked($, el, locale), `${at}${p}: ${$.html(el)}`).toBe(true);
      }
    }
  });

  it('has its feeds, in its language', () => {
    expect(file(`${prefix}feed.xml`)).toContain(`<language>${PSEUDO_TAG}</language>`);
    expect(file(`${prefix}corrections/feed.xml`)).toContain(`<language>${PSEUDO_TAG}</language>`);
  });

  it('is in the sitemap, with alternates between all three', () => {
    const sitemap = file('sitemap-0.xml');
    for (const p of ['', 'about/', `transcripts/${first}/`, `transcripts/${secondSlug}/`]) expect(sitemap).toContain(`/${prefix}${p}</loc>`);
    expect(sitemap).toContain(`hreflang="${PSEUDO_TAG}"`);
    expect(sitemap).toContain('hreflang="zh-Hant"');
  });

  it('leaves the content check green, with one warning line counting the fields that show in English', () => {
    const r = spawnSync(process.execPath, ['scripts/check.mjs'], { cwd: dirname(built.dist), encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const lines = `${r.stdout}${r.stderr}`.split('\n').filter((l) => l.includes(`[${PSEUDO_TAG}]`));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^src/lib/locales\\.ts:\\d+:1 \\[${PSEUDO_TAG}\\] warning: \\d+ editorial fields have no ${PSEUDO_TAG} text, nor has the About page, and show in English \\(marked lang="en"\\) — translate them when you can: npm run check -- --untranslated ${PSEUDO_TAG} lists each with its place$`));
    const listed = spawnSync(process.execPath, ['scripts/check.mjs', '--untranslated', PSEUDO_TAG], { cwd: dirname(built.dist), encoding: 'utf8', timeout: 120_000 });
    const each = `${listed.stdout}${listed.stderr}`.split('\n').filter((l) => / warning: .* has no en-XA text and shows in English — /.test(l));
    expect(each.length).toBe(Number(/warning: (\d+) editorial/.exec(lines[0]!)![1]));
    expect(each.some((l) => l.startsWith(`content/transcripts/${first}.mdx:`) && l.includes('summary has no en-XA text'))).toBe(true);
  });
});
