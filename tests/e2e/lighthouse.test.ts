/** Lighthouse (mobile preset) on the pages readers land on: every category must score 100. */
import { describe, expect, inject, it } from 'vitest';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs, chromiumPath } from '../support/browser';

const base = inject('baseUrl');
const pages = ['/', '/transcripts/x-takeover-2025/', '/transcripts/x-takeover-2025/supersonic-tsunami/', '/search/?q=%E6%B5%B7%E5%98%AF'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

describe('Lighthouse, mobile', () => {
  it.each(pages)('%s scores 100 in performance, accessibility, best practices and SEO', async (path) => {
    const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: chromiumArgs });
    try {
      const result = await lighthouse(`${base}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
      const lhr = result!.lhr;
      const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]!.score ?? 0) * 100)]));
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
        .map((a) => `${a.id}: ${a.displayValue ?? a.score}`);
      expect({ scores, failing: Object.values(scores).every((s) => s === 100) ? [] : failing }).toEqual({ scores: Object.fromEntries(categories.map((c) => [c, 100])), failing: [] });
    } finally {
      await chrome.kill();
    }
  }, 180_000);
});
