/**
 * A site of several transcripts says which one each item is from: fact-check entries, the sources'
 * backlinks, the ledger and search results name their transcript; notes are search results of
 * their own. Checked for every file in content/transcripts/, over the built dist/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { distDir, loadExport, loadPage } from '../support/dist';
import { flatText, noteTexts, NOTE_KIND } from '../../src/lib/search/records.ts';

type Names = { en: string; 'zh-Hant': string };
const transcripts = readdirSync('content/transcripts').filter((f) => f.endsWith('.mdx')).map((f) => {
  const front = parseYaml(readFileSync(join('content/transcripts', f), 'utf8').split(/^---$/m)[1]!) as { slug: string; title: Names; shortTitle?: Names };
  return { slug: front.slug, name: front.shortTitle ?? front.title };
});
const nameOf = (slug: string | undefined) => transcripts.find((t) => t.slug === slug)?.name;
const slugIn = (href: string | undefined) => href?.match(/\/transcripts\/([a-z0-9-]+)\//)?.[1];
const pages = [['', 'en'], ['zh-hant/', 'zh-Hant']] as const;

describe('listings name the transcript of each item', () => {
  it.each(pages)('the fact-check index (%s): every entry names the transcript its segment link goes to', (prefix, locale) => {
    const $ = loadPage(`${prefix}fact-checks/`);
    expect($('.fc-item').length).toBeGreaterThan(0);
    $('.fc-item').each((_, li) => {
      const slug = slugIn($(li).find('a[href*="#"]').first().attr('href'));
      expect($(li).find('.fc-transcript').text(), slug).toBe(nameOf(slug)![locale]);
    });
  });

  /** Each group (`data-transcript`) is labelled with its transcript's name and links only into it. */
  const expectGroupedByTranscript = ($: ReturnType<typeof loadPage>, groups: string, label: string, locale: 'en' | 'zh-Hant') => {
    expect($(groups).length, groups).toBeGreaterThan(0);
    $(groups).each((_, el) => {
      const slug = $(el).attr('data-transcript');
      expect($(el).find(label).text(), slug).toBe(nameOf(slug)![locale]);
      const links = $(el).find('a').map((_, a) => slugIn($(a).attr('href'))).get();
      expect(links.length, slug).toBeGreaterThan(0);
      expect(new Set(links), slug).toEqual(new Set([slug]));
    });
  };

  it.each(pages)('the sources page (%s): backlinks are grouped under the name of their transcript', (prefix, locale) => {
    expectGroupedByTranscript(loadPage(`${prefix}sources/`), '.cited-by > li', '.src-transcript', locale);
  });

  it.each(pages)('the prediction ledger (%s): related segments are listed under the name of their transcript', (prefix, locale) => {
    expectGroupedByTranscript(loadPage(`${prefix}predictions/`), '.ledger dd[data-transcript]', '.ledger-transcript', locale);
  });
});
