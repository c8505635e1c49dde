/**
 * Reflow (WCAG 2.2 success criterion 1.4.10): at 320 CSS px wide, every sitemap page reads without
 * sideways scrolling. axe cannot see this (it does not lay pages out at a given width); a reader on a
 * phone does at once. Code blocks may scroll inside their own box, which 1.4.10 allows.
 */
import { describe, expect, inject, it } from 'vitest';
import { launch } from '../support/browser';
import { sitemapPaths } from '../support/sitemap';

const base = inject('baseUrl');
const pages = sitemapPaths();

/** Pages whose document is wider than the viewport, each with the outermost elements that stick out. */
async function overflowing(paths: readonly string[], width: number): Promise<string[]> {
  const b = await launch({ viewport: { width, height: 640 } });
  try {
    const page = await b.context.newPage();
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(`${base}${path}`);
      const found = await page.evaluate(() => {
        const w = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth <= w) return null;
        const sticking = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > w + 1 && !(e.parentElement && e.parentElement.getBoundingClientRect().right > w + 1));
        return `${document.documentElement.scrollWidth} px wide: ${sticking.slice(0, 3).map((e) => `<${e.tagName.toLowerCase()} class="${e.className}">`).join(' ')}`;
      });
      if (found) problems.push(`${path}: ${found}`);
    }
    return problems;
  } finally {
    await b.close();
  }
}

describe('reflow on a 320 px screen', () => {
  it(`no sitemap page (${pages.length}) scrolls sideways`, async () => {
    expect(pages.length).toBeGreaterThan(200);
    // Two browsers, half the pages each: the sweep is most of this test's time.
    const half = Math.ceil(pages.length / 2);
    const results = await Promise.all([overflowing(pages.slice(0, half), 320), overflowing(pages.slice(half), 320)]);
    expect(results.flat()).toEqual([]);
  }, 600_000);
});
