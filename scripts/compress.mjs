// After the build: writes a .br and a .gz copy beside every text file in dist/, so that the local
// server (scripts/serve.mjs, sirv) sends compressed responses as any production static host would.
// Pagefind's index, fragment, filter, metadata and WebAssembly files are gzip streams already:
// serve.mjs sends them as they are with `Content-Encoding: gzip`, and here each also gets a .br copy
// of its inflated content (about 15 % smaller), which browsers that accept brotli receive instead.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cacheFolder, linkOrCopy } from './build-cache.mjs';
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzip, gzip } from 'node:zlib';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

const textFile = /\.(html|css|js|mjs|json|jsonld|xml|svg|txt|webmanifest|bib|ris)$/;
/** Pagefind's own gzip-compressed files (also matched by scripts/serve.mjs). */
export const pagefindGzipFile = /\.(pf_index|pf_fragment|pf_filter|pf_meta|pagefind)$/;
/**
 * Brotli with its window fitted to the file: the smallest power of two that holds it, from 2^10 to
 * 2^24 bytes, so a file up to 16 MB loses nothing to it (67 bytes more over this site's 317 files).
 * With the default 4 MB window every call set up tables that size, about 60 ms even for a 20 KB page:
 * brotli took 19 s for this site, and takes 1.3 s now.
 */
const brotli = (data, quality) => brotliAsync(data, {
  params: {
    [constants.BROTLI_PARAM_QUALITY]: quality,
    [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    [constants.BROTLI_PARAM_LGWIN]: Math.min(24, Math.max(10, Math.ceil(Math.log2(data.length + 1)))),
  },
});

/** Every file under `dir`, recursively. */
const filesUnder = (dir) => readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => join(e.parentPath, e.name));

/**
 * Puts the cached file `entry` at `target` as a hard link: no bytes are read or written, and a
 * copy already linked there (same inode) is left alone, which makes an unchanged file's copies
 * free. The old file at `target` is unlinked first, never written through: it may be a link to
 * another cache entry. Across filesystems (no hard link possible) the entry is copied.
 */
function placeEntry(entry, target) {
  try {
    if (statSync(target).ino === statSync(entry).ino) return;
    rmSync(target);
  } catch { /* no file at target yet */ }
  linkOrCopy(entry, target);
}

/**
 * A cache of compressed copies, each kept under the SHA-256 of the file it compresses (and of the
 * settings above): a file that did not change since the last build is not compressed again, and its
 * copy is hard-linked into dist/ (placeEntry). An empty entry stands for "no copy" (a brotli stream
 * is never empty). Entries no file of this build used are deleted at the end, so the cache holds
 * one build's worth.
 */
const SETTINGS = 'brotli 9 or 11, window fitted; gzip 9';
function compressionCache(folder) {
  const used = new Set();
  // Files with equal content (in flight at once on two workers) make their entry once.
  const making = new Map();
  const entry = (hash, ext) => join(folder, hash.slice(0, 2), `${hash}${ext}`);
  const made = async (file, make) => {
    const out = await make();
    mkdirSync(dirname(file), { recursive: true });
    // Written under a temporary name and renamed: a stopped build never leaves half an entry.
    await writeFile(`${file}.partial`, out ?? '');
    renameSync(`${file}.partial`, file);
    return out?.length ?? 0;
  };
  return {
    /** Puts the copy `make` gives for `data` at `target` (or removes it, for none), from the cache when it has it; returns its size. */
    async place(data, kind, ext, target, make) {
      const hash = createHash('sha256').update(`${SETTINGS}\n${kind}\n`).update(data).digest('hex');
      used.add(hash);
      const file = entry(hash, ext);
      let size = statSync(file, { throwIfNoEntry: false })?.size;
      if (size === undefined) {
        if (!making.has(file)) making.set(file, made(file, make));
        size = await making.get(file);
      }
      if (size) placeEntry(file, target);
      else rmSync(target, { force: true });
      return size;
    },
    prune() {
      for (const f of filesUnder(folder)) if (!used.has(f.slice(f.lastIndexOf('/') + 1).split('.')[0])) rmSync(f);
    },
  };
}

/**
 * Compresses every text file of `dir` (recursively); returns counts and sizes. Files are compressed
 * on zlib's thread pool, as many at a time as the machine has cores, so that every core works.
 * With `cacheDir`, unchanged files' copies come from that cache (compressionCache). Files for
 * which `skip` says yes are left as they are (the merge step's files from shards, which have theirs).
 */
export async function compressDir(dir, { cacheDir, skip } = {}) {
  // `made`: copies compressed in this run (not found in the cache).
  const totals = { files: 0, before: 0, after: 0, made: 0 };
  const cache = cacheDir ? compressionCache(cacheDir) : undefined;
  const counted = (make) => () => { totals.made += 1; return make(); };
  /** Writes the copy at `target` (none: removes it); returns its size. */
  const place = async (data, kind, ext, target, make) => {
    if (cache) return cache.place(data, kind, ext, target, counted(make));
    const out = await counted(make)();
    // Unlinked first: an earlier build with a cache may have left a hard link to a cache entry there.
    rmSync(target, { force: true });
    if (out) await writeFile(target, out);
    return out?.length ?? 0;
  };
  const one = async (p) => {
    if (skip?.(p)) return;
    if (pagefindGzipFile.test(p)) {
      const gz = await readFile(p);
      await place(gz, 'pagefind', '.br', `${p}.br`, async () => {
        const b = await brotli(await gunzipAsync(gz), 11);
        return b.length < gz.length ? b : null;
      });
    } else if (textFile.test(p)) {
      const data = await readFile(p);
      // Too small to gain from compression; copies of an earlier, larger version are removed.
      if (data.length < 512) {
        for (const ext of ['.br', '.gz']) rmSync(`${p}${ext}`, { force: true });
        return;
      }
      const [br] = await Promise.all([place(data, 'text', '.br', `${p}.br`, () => brotli(data, 9)), place(data, 'text', '.gz', `${p}.gz`, () => gzipAsync(data, { level: 9 }))]);
      totals.files += 1;
      totals.before += data.length;
      totals.after += br;
    }
  };
  const queue = filesUnder(dir);
  const worker = async () => {
    for (let p = queue.pop(); p !== undefined; p = queue.pop()) await one(p);
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  cache?.prune();
  return totals;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.env.COMPRESS === '0') {
  // Hosts that compress on their own (GitHub Pages, Cloudflare Pages, Netlify) gain nothing from the copies but files (docs/deploy.md).
  console.log('compress: skipped (COMPRESS=0)');
} else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { files, before, after, made } = await compressDir(fileURLToPath(new URL('../dist/', import.meta.url)), { cacheDir: cacheFolder('compress') });
  console.log(`compress: ${files} files, ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB brotli (${made} copies compressed, the others unchanged and taken from the build cache)`);
}
