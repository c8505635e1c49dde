// After the build: writes a .br and a .gz copy beside every text file in dist/, so that the local
// server (scripts/serve.mjs, sirv) sends compressed responses as any production static host would.
// Pagefind's index, fragment, filter, metadata and WebAssembly files are gzip streams already:
// serve.mjs sends them as they are with `Content-Encoding: gzip`, and here each also gets a .br copy
// of its inflated content (about 15 % smaller), which browsers that accept brotli receive instead.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';

const textFile = /\.(html|css|js|mjs|json|jsonld|xml|svg|txt|webmanifest|bib|ris)$/;
/** Pagefind's own gzip-compressed files (also matched by scripts/serve.mjs). */
export const pagefindGzipFile = /\.(pf_index|pf_fragment|pf_filter|pf_meta|pagefind)$/;
/**
 * Brotli with its window fitted to the file: the smallest power of two that holds it, from 2^10 to
 * 2^24 bytes, so a file up to 16 MB loses nothing to it (67 bytes more over this site's 317 files).
 * With the default 4 MB window every call set up tables that size, about 60 ms even for a 20 KB page:
 * brotli took 19 s for this site, and takes 1.3 s now.
 */
const brotli = (data, quality) => brotliCompressSync(data, {
  params: {
    [constants.BROTLI_PARAM_QUALITY]: quality,
    [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    [constants.BROTLI_PARAM_LGWIN]: Math.min(24, Math.max(10, Math.ceil(Math.log2(data.length + 1)))),
  },
});

/** Compresses every text file of `dir` (recursively); returns counts and sizes. */
export function compressDir(dir) {
  const totals = { files: 0, before: 0, after: 0 };
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (pagefindGzipFile.test(e.name)) {
        const gz = readFileSync(p);
        const br = brotli(gunzipSync(gz), 11);
        if (br.length < gz.length) writeFileSync(`${p}.br`, br);
      } else if (textFile.test(e.name)) {
        const data = readFileSync(p);
        if (data.length < 512) continue;
        const br = brotli(data, 9);
        writeFileSync(`${p}.br`, br);
        writeFileSync(`${p}.gz`, gzipSync(data, { level: 9 }));
        totals.files += 1;
        totals.before += data.length;
        totals.after += br.length;
      }
    }
  };
  walk(dir);
  return totals;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { files, before, after } = compressDir(fileURLToPath(new URL('../dist/', import.meta.url)));
  console.log(`compress: ${files} files, ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB brotli`);
}
