/**
 * The build's search-index step (scripts/build-search-index.mjs): what it leaves in dist/, and the
 * batching of buildSearchIndex (src/build/pagefind-index.ts) on an index of its own.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, RECORDS_PER_BATCH } from '../../src/build/pagefind-index.ts';
import { INDEX_LANGUAGE, type SearchDoc } from '../../src/lib/search/records.ts';
import { distDir, loadExport, slugs } from '../support/dist';

/** Pages per index language, from Pagefind's entry file. */
const pageCounts = (pagefindDir: string): Record<string, number> =>
  Object.fromEntries(Object.entries(JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8')).languages as Record<string, { page_count: number }>).map(([lang, l]) => [lang, l.page_count]));

describe('search index step', () => {
  it('indexes every segment and every note of every transcript, one record each, and does not publish the records file', () => {
    const records = slugs.reduce((n, s) => {
      const { segments } = loadExport(s);
      return n + segments.length + new Set(segments.flatMap((seg) => seg.annotations.map((a) => a.id))).size;
    }, 0);
    expect(records).toBeGreaterThan(0);
    expect(pageCounts(join(distDir, 'pagefind'))).toEqual({ [INDEX_LANGUAGE]: records });
    expect(existsSync(join(distDir, 'search-records.json'))).toBe(false);
  });

  it("keeps each record's display data in a file of its own, so that a query loads only its results' (no shared fragment file)", () => {
    const counts = pageCounts(join(distDir, 'pagefind'));
    const fragments = readdirSync(join(distDir, 'pagefind', 'fragment')).filter((f) => f.endsWith('.pf_fragment'));
    expect(fragments).toHaveLength(counts[INDEX_LANGUAGE]!);
  });

  it('sends records in batches without losing any: an index of more than two batches holds every record', async () => {
    const count = RECORDS_PER_BATCH * 2 + 7;
    const docs: SearchDoc[] = Array.from({ length: count }, (_, i) => ({
      id: `seg-${i}`,
      slug: 'batch-test',
      speaker: 'elon-musk',
      speakerName: { en: 'Elon Musk', 'zh-Hant': '馬斯克' },
      section: 'part-1',
      sectionTitle: { en: 'Part 1', 'zh-Hant': '第一部分' },
      kind: 'quote',
      original: `第${i}段：火星與機器人。`,
      translation: `Segment ${i}: Mars and robots.`,
      languages: ['zh-Hant', 'en'],
      verdicts: [],
    }));
    const out = mkdtempSync(join(tmpdir(), 'interlinear-index-test-'));
    try {
      expect(await buildSearchIndex(docs, out)).toMatchObject({ records: count });
      expect(pageCounts(out)).toEqual({ [INDEX_LANGUAGE]: count });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
