/**
 * hreflang alternates between the two interface languages, as search engines read them: in the
 * sitemap (@astrojs/sitemap's `i18n` option, astro.config.mjs) and in every page's <head>
 * (src/layouts/Base.astro). Both must name the same two pages, and each must be a page of the site.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { distDir, loadPage } from '../support/dist';

interface SitemapEntry {
  loc: string;
  /** hreflang → URL, from the entry's <xhtml:link rel="alternate"> elements. */
  alternates: Record<string, string>;
}

function sitemapEntries(): SitemapEntry[] {
  return readdirSync(distDir)
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .flatMap((f) => {
      const $ = cheerio.load(readFileSync(join(distDir, f), 'utf8'), { xmlMode: true });
      return $('url')
        .toArray()
        .map((url) => ({
          loc: $(url).children('loc').text(),
          alternates: Object.fromEntries(
            $(url)
              .children('xhtml\\:link[rel="alternate"]')
              .toArray()
              .map((link) => [$(link).attr('hreflang')!, $(link).attr('href')!]),
          ),
        }));
    });
}

/** The interface language of a page, from its path. */
const languageOf = (url: string) => (new URL(url).pathname.startsWith('/zh-hant/') ? 'zh-Hant' : 'en');

describe('hreflang alternates of the two interface languages', () => {
  const entries = sitemapEntries();
  const locs = new Set(entries.map((e) => e.loc));

  it('every sitemap page names itself and its twin in the other language, and the twin is a sitemap page too', () => {
    expect(entries.length).toBeGreaterThan(250);
    for (const { loc, alternates } of entries) {
      expect(Object.keys(alternates).sort(), loc).toEqual(['en', 'zh-Hant']);
      expect(alternates[languageOf(loc)], loc).toBe(loc);
      const en = new URL(alternates.en!);
      expect(new URL(alternates['zh-Hant']!).pathname, loc).toBe(`/zh-hant${en.pathname}`);
      for (const href of Object.values(alternates)) expect(locs.has(href), `${loc} → ${href}`).toBe(true);
    }
  });

  it("every sitemap page's <head> names the same two, the English one as x-default, in its own language", () => {
    for (const { loc, alternates } of entries) {
      const $ = loadPage(new URL(loc).pathname);
      const inHead = Object.fromEntries(
        $('head link[rel="alternate"][hreflang]')
          .toArray()
          .map((link) => [$(link).attr('hreflang')!, $(link).attr('href')!]),
      );
      expect(inHead, loc).toEqual({ ...alternates, 'x-default': alternates.en });
      expect($('html').attr('lang'), loc).toBe(languageOf(loc));
    }
  });
});
