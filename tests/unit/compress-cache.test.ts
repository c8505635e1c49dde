/**
 * scripts/compress.mjs with its build cache: unchanged files' copies are hard links to the cache's
 * entries, and a file's digest is reused only while its stamp (inode, change time, size) is the
 * same. A file rewritten with other bytes of the same size and its old times put back must still get
 * new copies: a stale entry is never used, and the old entry is not written through its link.
 */
import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { compressDir } from '../../scripts/compress.mjs';

const root = mkdtempSync(join(tmpdir(), 'interlinear-compress-cache-'));
const dir = join(root, 'dist');
const cacheDir = join(root, 'cache', 'compress');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A page of 200 paragraphs, the same size for any one-digit `mark`. */
const page = (mark: number) => `<!doctype html><html lang="en"><body>${Array.from({ length: 200 }, (_, i) => `<p>segment ${i} version ${mark}</p>`).join('')}</body></html>`;
const inflated = (f: string) => brotliDecompressSync(readFileSync(join(dir, `${f}.br`))).toString();

describe('compressDir with a cache', () => {
  it('links unchanged copies from the cache, and compresses nothing again', async () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.html'), page(1));
    writeFileSync(join(dir, 'b.html'), page(2));
    expect((await compressDir(dir, { cacheDir })).made).toBe(4);
    const again = await compressDir(dir, { cacheDir });
    expect(again.made).toBe(0);
    expect(statSync(join(dir, 'a.html.br')).nlink).toBe(2);
    expect(inflated('a.html')).toBe(page(1));
  });

  it('compresses a file rewritten with the same size and its old times again, and never writes through the old link', async () => {
    const before = statSync(join(dir, 'a.html'));
    const oldCopy = readFileSync(join(dir, 'a.html.br'));
    // A name of our own for the inode a.html.br is now: whatever replaces a.html.br must not write into it.
    linkSync(join(dir, 'a.html.br'), join(root, 'old-copy'));
    writeFileSync(join(dir, 'a.html'), page(3));
    utimesSync(join(dir, 'a.html'), before.atime, before.mtime);
    expect(statSync(join(dir, 'a.html')).size).toBe(before.size);
    expect((await compressDir(dir, { cacheDir })).made).toBe(2);
    expect(inflated('a.html')).toBe(page(3));
    expect(gunzipSync(readFileSync(join(dir, 'a.html.gz'))).toString()).toBe(page(3));
    expect(readFileSync(join(root, 'old-copy')).equals(oldCopy)).toBe(true);
  });
});
