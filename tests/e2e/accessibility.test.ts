/** axe-core on every page of the sitemap, both interface languages, light and dark colour schemes. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { launch } from '../support/browser';
import { sitemapPaths } from '../support/sitemap';

const base = inject('baseUrl');
const pages = sitemapPaths();
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

describe.each(['light', 'dark'] as const)('axe, %s colour scheme', (colorScheme) => {
  let b: Awaited<ReturnType<typeof launch>>;
  beforeAll(async () => { b = await launch({ colorScheme }); });
  afterAll(async () => { await b.close(); });

  it(`every sitemap page (${pages.length}, both UI languages) has no violation`, async () => {
    expect(pages.some((p) => p.startsWith('/zh-hant/')) && pages.some((p) => !p.startsWith('/zh-hant/'))).toBe(true);
    const page = await b.context.newPage();
    const problems: string[] = [];
    for (const path of pages) {
      await page.goto(`${base}${path}`);
      const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
      for (const v of violations) problems.push(`${path}: ${v.id} (${v.impact}) — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    }
    await page.close();
    expect(problems).toEqual([]);
  }, 900_000);
});
