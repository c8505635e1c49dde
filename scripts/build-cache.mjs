// The build's cache folder: Astro's incremental build cache (astro.config.mjs `cacheDir`), the
// search index and the compressed copies, each kept under a digest of its inputs so that a build
// redoes only what changed. One folder, so that CI persists the whole cache with one path.
// INTERLINEAR_CACHE_DIR moves it: builds of copies of the project that share its node_modules
// (tests, bench) each need their own.
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The cache folder: INTERLINEAR_CACHE_DIR, or node_modules/.cache/interlinear of this project. */
export const cacheRoot = process.env.INTERLINEAR_CACHE_DIR ?? fileURLToPath(new URL('../node_modules/.cache/interlinear', import.meta.url));

/** A step's own folder in the cache. */
export const cacheFolder = (step) => join(cacheRoot, step);

/** SHA-256 (hex) of the parts in order, each length-prefixed so that parts cannot run together. */
export function digestOf(...parts) {
  const h = createHash('sha256');
  for (const p of parts) {
    const b = typeof p === 'string' ? Buffer.from(p) : p;
    h.update(`${b.length}:`);
    h.update(b);
  }
  return h.digest('hex');
}

/**
 * Recreates the tree of files under `from` at `to` as hard links (no bytes read or written), or as
 * copies where `to` is on another filesystem. A file reached through both names must never be
 * written in place afterwards: the steps that link delete a file before they replace it.
 */
export function linkTree(from, to) {
  mkdirSync(to, { recursive: true });
  for (const e of readdirSync(from, { recursive: true, withFileTypes: true })) {
    const source = join(e.parentPath, e.name);
    const target = join(to, relative(from, source));
    if (e.isDirectory()) mkdirSync(target, { recursive: true });
    else linkOrCopy(source, target);
  }
}

/** A hard link from `target` to `source`; a copy when the two are on different filesystems. */
export function linkOrCopy(source, target) {
  try {
    linkSync(source, target);
  } catch (e) {
    if (e.code !== 'EXDEV' && e.code !== 'EPERM') throw e;
    copyFileSync(source, target);
  }
}
