// After the build: writes a .br and a .gz copy beside every text file in dist/, so that the local
// server (scripts/serve.mjs, sirv) sends compressed responses as any production static host would.
// Pagefind's index, fragment, filter, metadata and WebAssembly files are gzip streams already:
// serve.mjs sends them as they are with `Content-Encoding: gzip`, and here each also gets a .br copy
// of its inflated content (about 15 % smaller), which browsers that accept brotli receive instead.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
    /** Puts the copy `make` gives at `target` (or removes it, for none), from the cache entry `hash` when there is one; returns its size. */
    async place(hash, ext, target, make) {
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

/** A file to compress: its size and stamp from one stat, its bytes read once, when needed. */
function sourceFile(path, kind) {
  const s = statSync(path, { bigint: true });
  let bytes;
  return { path, kind, size: Number(s.size), stamp: `${s.ino}:${s.ctimeNs}:${s.size}`, read: async () => (bytes ??= await readFile(path)) };
}

/**
 * The digests of the last run's files, each with the file's stamp (inode, change time, size): a
 * file whose stamp is unchanged was not written since (any write, or a new file in its place,
 * changes one of them), so its digest is taken from here instead of reading and hashing it again.
 * Kept for one folder (`dir`) only; a file not in the record, or changed, is read and hashed.
 */
function digestRecord(path, dir) {
  let known = new Map();
  try {
    const saved = JSON.parse(readFileSync(path, 'utf8'));
    if (saved.dir === dir) known = new Map(Object.entries(saved.files));
  } catch { /* no record: every file is hashed */ }
  const next = {};
  return {
    /** The cache entry name of a file's copies: SHA-256 of the settings, its kind and its bytes. */
    digest(file) {
      // Once per file, though its two copies ask for it at the same time.
      file.digest ??= (async () => {
        const [stamp, hash] = known.get(file.path) ?? [];
        next[file.path] = [file.stamp, stamp === file.stamp ? hash : createHash('sha256').update(`${SETTINGS}\n${file.kind}\n`).update(await file.read()).digest('hex')];
        return next[file.path][1];
      })();
      return file.digest;
    },
    save() {
      // Written under a temporary name and renamed, like the entries.
      writeFileSync(`${path}.partial`, JSON.stringify({ dir, files: next }));
      renameSync(`${path}.partial`, path);
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
  const record = cacheDir ? digestRecord(`${cacheDir}-record.json`, dir) : undefined;
  const counted = (make) => () => { totals.made += 1; return make(); };
  /** Writes the copy at `target` (none: removes it); returns its size. */
  const place = async (file, ext, target, make) => {
    if (cache) return cache.place(await record.digest(file), ext, target, counted(make));
    const out = await counted(make)();
    // Unlinked first: an earlier build with a cache may have left a hard link to a cache entry there.
    rmSync(target, { force: true });
    if (out) await writeFile(target, out);
    return out?.length ?? 0;
  };
  const one = async (p) => {
    if (skip?.(p)) return;
    if (pagefindGzipFile.test(p)) {
      const file = sourceFile(p, 'pagefind');
      await place(file, '.br', `${p}.br`, async () => {
        const gz = await file.read();
        const b = await brotli(await gunzipAsync(gz), 11);
        return b.length < gz.length ? b : null;
      });
    } else if (textFile.test(p)) {
      const file = sourceFile(p, 'text');
      // Too small to gain from compression; copies of an earlier, larger version are removed.
      if (file.size < 512) {
        for (const ext of ['.br', '.gz']) rmSync(`${p}${ext}`, { force: true });
        return;
      }
      const [br] = await Promise.all([place(file, '.br', `${p}.br`, async () => brotli(await file.read(), 9)), place(file, '.gz', `${p}.gz`, async () => gzipAsync(await file.read(), { level: 9 }))]);
      totals.files += 1;
      totals.before += file.size;
      totals.after += br;
    }
  };
  const queue = filesUnder(dir);
  const worker = async () => {
    for (let p = queue.pop(); p !== undefined; p = queue.pop()) await one(p);
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  cache?.prune();
  record?.save();
  return totals;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.env.COMPRESS === '0') {
  // Hosts that compress on their own (GitHub Pages, Cloudflare Pages, Netlify) gain nothing from the copies but files (docs/deploy.md).
  console.log('compress: skipped (COMPRESS=0)');
} else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { files, before, after, made } = await compressDir(fileURLToPath(new URL('../dist/', import.meta.url)), { cacheDir: cacheFolder('compress') });
  console.log(`compress: ${files} files, ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB brotli (${made} copies compressed, the others unchanged and taken from the build cache)`);
}
