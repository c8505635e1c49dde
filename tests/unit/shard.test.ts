/** src/lib/shard.ts: which transcripts a split build's shard renders. */
import { describe, expect, it } from 'vitest';
import { buildsTranscript, parseShard, shardOf, transcriptOwns } from '../../src/lib/shard';

describe('parseShard', () => {
  it('reads i/N, "shared" and nothing', () => {
    expect(parseShard('2/4')).toEqual({ kind: 'shard', index: 2, count: 4 });
    expect(parseShard('shared')).toEqual({ kind: 'shared' });
    expect(parseShard(undefined)).toEqual({ kind: 'all' });
  });

  it('refuses anything else with one line saying what to write', () => {
    for (const bad of ['0/4', '5/4', '1/0', '1', 'a/b', '1/4/2']) expect(() => parseShard(bad)).toThrow(/^SHARD=.*: expected i\/N with 1 ≤ i ≤ N .*"shared"/);
  });
});

describe('shardOf', () => {
  const slugs = Array.from({ length: 200 }, (_, i) => `interview-${i}`);

  it('puts every transcript in exactly one shard, the same one every time', () => {
    for (const s of slugs) {
      const owners = [1, 2, 3, 4].filter((i) => buildsTranscript({ kind: 'shard', index: i, count: 4 }, s));
      expect(owners).toEqual([shardOf(s, 4)]);
    }
    // Fixed values: a change of the hash would move every archive's transcripts between shards.
    expect(shardOf('x-takeover-2025', 4)).toBe(shardOf('x-takeover-2025', 4));
    expect(['fixture-harbour-talk', 'fixture-library-talk', 'fixture-river-talk'].map((s) => shardOf(s, 2))).toEqual([2, 2, 1]);
  });

  it('spreads transcripts over the shards', () => {
    const counts = [1, 2, 3, 4].map((i) => slugs.filter((s) => shardOf(s, 4) === i).length);
    for (const c of counts) expect(c).toBeGreaterThan(30);
  });
});

describe('transcriptOwns', () => {
  it('owns a transcript\'s pages, exports and share images, in both interface languages, and nothing else', () => {
    for (const p of ['transcripts/a-b/index.html', 'transcripts/a-b/seg-1/index.html', 'transcripts/a-b.json', 'transcripts/a-b.bib', 'zh-hant/transcripts/a-b/seg-1/index.html', 'og/a-b/seg-1.png']) expect(transcriptOwns(p, 'a-b'), p).toBe(true);
    for (const p of ['transcripts/a-bc/index.html', 'transcripts/a-bc.json', 'index.html', 'sitemap-0.xml', 'pagefind/pagefind.js', '_astro/style.css']) expect(transcriptOwns(p, 'a-b'), p).toBe(false);
  });
});
