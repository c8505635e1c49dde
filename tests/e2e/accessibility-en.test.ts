/** axe-core on every sitemap page of the English interface, light and dark colour schemes. */
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { sitemapPaths } from '../support/sitemap';

const pages = sitemapPaths().filter((p) => !p.startsWith('/zh-hant/'));

describe('accessibility, English interface', () => {
  it(`every sitemap page (${pages.length}) has no axe violation, in the light and the dark colour scheme`, async () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(await axeViolations(inject('baseUrl'), pages)).toEqual([]);
  }, 900_000);
});
