/**
 * Incremental builds never serve a stale page. A copy of the project is built, one annotation's
 * English is edited, and the copy is built again with the build cache (Astro's, the search index's,
 * the compressed copies'). That build must equal a cold build of the edited copy, file for file,
 * and differ from the first build in exactly the files that show the edited text. Notes are search
 * records of their own, so the search index shows it too: it is built again, and holds the text.
 */
import { describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { buildChangeAndCold } from '../support/rebuild';
import { pagefindGzipFile } from '../../scripts/compress.mjs';

const MARKER = 'zqincrementalmarkerqz';
const annotations = 'content/annotations/x-takeover-2025/editorial.yaml';
const compressed = /\.(br|gz)$/;
/** The search index: Pagefind's files, gzipped and named by their content, rewritten as one whenever a record changes. */
const inIndex = (f: string) => f.startsWith('pagefind/');

// The annotation on segment what-tesla-storage-does: its English body only.
const builds = buildChangeAndCold('interlinear-incremental-', {
  change: (copy) => copy.edit(annotations, (t) => t.replace("storage does is missing from the report as published; the next paragraph begins a new Musk quote (“Musk said:”). We translate", `storage does is missing from the report as published (${MARKER}); the next paragraph begins a new Musk quote (“Musk said:”). We translate`)),
});

describe('after one annotation is edited, the incremental build', () => {
  it('used the cache: most pages were restored, no share image was rendered; the search index was built again, since the note is a search record', () => {
    expect((builds.log.match(/\((restored|cached)\)/g) ?? []).length).toBeGreaterThan(200);
    expect(builds.log).not.toMatch(/├─ \/og\/\S+\.png \(\+/);
    expect(builds.log).not.toMatch(/search: unchanged/);
    expect(builds.log).toMatch(/search: indexed \d+ records \(segments and notes\)/);
  });

  it('equals a cold build of the same content, file for file', () => {
    expect([...builds.changed.keys()].sort()).toEqual([...builds.cold.keys()].sort());
    const differing = [...builds.cold].filter(([f, bytes]) => !builds.changed.get(f)!.equals(bytes)).map(([f]) => f);
    expect(differing).toEqual([]);
  });

  it('changed exactly the files that show the edited text; every other file is byte-identical to the first build', () => {
    const pages = [...builds.changed].filter(([f]) => !compressed.test(f) && !inIndex(f));
    const showing = pages.filter(([, bytes]) => bytes.includes(MARKER)).map(([f]) => f).sort();
    const changed = pages.filter(([f, bytes]) => !builds.first.get(f)?.equals(bytes)).map(([f]) => f).sort();
    expect(showing).toContain('transcripts/x-takeover-2025/what-tesla-storage-does/index.html');
    expect(showing).toContain('transcripts/x-takeover-2025/index.html');
    expect(changed).toEqual(showing);
    const outsideIndex = (m: Map<string, Buffer>) => [...m.keys()].filter((f) => !inIndex(f)).sort();
    expect(outsideIndex(builds.first)).toEqual(outsideIndex(builds.changed));
    // The search index shows the note too: one of its fragments (gzipped) holds the edited text, as none did before.
    const fragmentsWithMarker = (m: Map<string, Buffer>) => [...m].filter(([f, bytes]) => /^pagefind\/fragment\/.*\.pf_fragment$/.test(f) && gunzipSync(bytes).includes(MARKER)).length;
    expect(fragmentsWithMarker(builds.changed)).toBe(1);
    expect(fragmentsWithMarker(builds.first)).toBe(0);
  });

  it('has compressed copies that inflate to the files beside them', () => {
    for (const [f, bytes] of builds.changed) {
      if (f.endsWith('.br') && !f.includes('pagefind/')) expect(brotliDecompressSync(bytes).equals(builds.changed.get(f.slice(0, -3))!), f).toBe(true);
      if (f.endsWith('.gz')) expect(gunzipSync(bytes).equals(builds.changed.get(f.slice(0, -3))!), f).toBe(true);
    }
  });

  it('compressed only the changed files again', () => {
    // Two copies (.br, .gz) of a changed text file; one (.br) of a changed file of Pagefind's, which it gzips itself.
    const changed = [...builds.changed].filter(([f, bytes]) => !compressed.test(f) && !builds.first.get(f)?.equals(bytes)).map(([f]) => f);
    const copies = changed.filter((f) => builds.changed.has(`${f}.gz`)).length * 2 + changed.filter((f) => pagefindGzipFile.test(f)).length;
    expect(builds.log).toMatch(new RegExp(`compress: .*\\(${copies} copies compressed`));
  });
});
