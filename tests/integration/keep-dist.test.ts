/**
 * dist/ is kept between builds (src/build/keep-dist.ts) and the compressed copies and search index
 * are hard links into the build cache (scripts/compress.mjs, scripts/build-search-index.mjs). Kept
 * output must never be stale: a page no longer built, a page changed by hand since the last build
 * and a stray file must all be gone from the next build, which must equal a cold build file for
 * file; a git checkout in dist/ must stay; and no step may write through a link into the cache.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { buildChangeAndCold } from '../support/rebuild';

const registry = 'content/ids/x-takeover-2025.json';
/** An old id left to redirect to a segment: its pages exist only while the registry lists it. */
const OLD_ID = 'zq-keep-dist-old-id';
const redirectPage = `transcripts/x-takeover-2025/${OLD_ID}/index.html`;
/** A segment page (keyed, so Astro would keep it): changed by hand, it must be restored from Astro's cache. */
const tampered = 'transcripts/x-takeover-2025/straight-to-the-core/index.html';
const TAMPER = '<!-- zq-tampered-by-hand -->';

const builds = buildChangeAndCold('interlinear-keep-dist-', {
  prepare: (copy) => copy.edit(registry, (t) => t.replace('"ids": [', `"ids": [\n    "${OLD_ID}",`).replace('"redirects": {}', `"redirects": { "${OLD_ID}": "straight-to-the-core" }`)),
  change: (copy) => {
    // The registry entry removed, so its pages are no longer built; a kept page changed by hand and a stray file added.
    copy.edit(registry, (t) => t.replace(`\n    "${OLD_ID}",`, '').replace(`{ "${OLD_ID}": "straight-to-the-core" }`, '{}'));
    writeFileSync(join(copy.dir, 'dist', tampered), readFileSync(join(copy.dir, 'dist', tampered), 'utf8') + TAMPER);
    writeFileSync(join(copy.dir, 'dist', 'stray.txt'), 'left by hand');
    // A git checkout in dist/ (a gh-pages worktree, say) stays, as Astro's own emptying leaves it.
    mkdirSync(join(copy.dir, 'dist', '.git'));
    writeFileSync(join(copy.dir, 'dist', '.git', 'HEAD'), 'ref: refs/heads/gh-pages\n');
  },
});

describe('a build into the dist/ of the last one', () => {
  it('kept the unchanged pages in place; only the page changed by hand was copied back from the cache', () => {
    expect(builds.log).toMatch(/dist\/ kept: \d{3,} pages from the last build/);
    expect(builds.log.match(/^.*\(restored\)/gm)).toEqual([expect.stringContaining('/transcripts/x-takeover-2025/straight-to-the-core/')]);
    expect(builds.first.has(redirectPage)).toBe(true);
  });

  it('equals a cold build file for file: no page no longer built, no stray file, no page changed by hand', () => {
    expect(builds.changed.has(redirectPage)).toBe(false);
    expect(builds.changed.has('stray.txt')).toBe(false);
    expect(builds.changed.has('.git/HEAD') && builds.cold.has('.git/HEAD')).toBe(true);
    expect(builds.changed.get(tampered)!.includes(TAMPER)).toBe(false);
    expect([...builds.changed.keys()].sort()).toEqual([...builds.cold.keys()].sort());
    expect([...builds.cold].filter(([f, bytes]) => !builds.changed.get(f)!.equals(bytes)).map(([f]) => f)).toEqual([]);
  });

  it('left every compressed copy in the cache as it was made: each inflates to a file whose digest is its name', () => {
    const folder = join(builds.copy.dir, 'cache', 'compress');
    const entries = readdirSync(folder, { recursive: true }).map(String).filter((f) => /\.(br|gz)$/.test(f));
    const nonEmpty = entries.filter((f) => statSync(join(folder, f)).size > 0);
    expect(nonEmpty.length).toBeGreaterThan(500);
    // Digests of what dist/ holds: entry names as compress.mjs makes them, and the content a copy inflates to.
    const sha = (b: Buffer, prefix = '') => createHash('sha256').update(prefix).update(b).digest('hex');
    const names = new Set<string>();
    const contents = new Set<string>();
    for (const [f, bytes] of builds.changed) {
      if (/\.(br|gz)$/.test(f)) continue;
      const pagefind = f.startsWith('pagefind/') && bytes[0] === 0x1f && bytes[1] === 0x8b;
      names.add(sha(bytes, `brotli 9 or 11, window fitted; gzip 9\n${pagefind ? 'pagefind' : 'text'}\n`));
      contents.add(sha(pagefind ? gunzipSync(bytes) : bytes));
    }
    for (const f of nonEmpty) {
      expect(names.has(f.slice(f.lastIndexOf('/') + 1).split('.')[0]!), `${f} is named for no file of dist/`).toBe(true);
      const bytes = readFileSync(join(folder, f));
      expect(contents.has(sha(f.endsWith('.br') ? brotliDecompressSync(bytes) : gunzipSync(bytes))), `${f} inflates to no file of dist/`).toBe(true);
    }
  });

  it('hard-linked the copies of unchanged files from the cache', () => {
    const page = join(builds.copy.dir, 'dist', 'index.html.br');
    expect(statSync(page).nlink).toBeGreaterThan(1);
  });
});
