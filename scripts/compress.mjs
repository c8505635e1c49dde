// After the build: writes a .br and a .gz copy beside every text file in dist/, so that the local
// server (scripts/serve.mjs, sirv) sends compressed responses as any production static host would.
// Pagefind's index and fragment files are already compressed and are left alone.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const textFile = /\.(html|css|js|mjs|json|jsonld|xml|svg|txt|webmanifest|bib|ris)$/;
let files = 0;
let before = 0;
let after = 0;
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (textFile.test(e.name)) {
      const data = readFileSync(p);
      if (data.length < 512) continue;
      const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
      writeFileSync(`${p}.br`, br);
      writeFileSync(`${p}.gz`, gzipSync(data, { level: 9 }));
      files += 1;
      before += data.length;
      after += br.length;
    }
  }
};
walk(dist);
console.log(`compress: ${files} files, ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB brotli`);
