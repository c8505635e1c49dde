// The search index: the step of `npm run build` after `astro build`. Reads dist/search-records.json
// (every segment and note as a search document, src/pages/search-records.json.ts), writes dist/pagefind/ and
// deletes the records file, which is not published. Run as a process of its own once Astro's has
// exited, so the two never hold their memory at the same time (docs/architecture/search.md).
// The index is kept in the build cache under the digest of the records, Pagefind's version and the
// indexing code: when none of them changed, the cached index is hard-linked into dist/ (no bytes
// copied) and nothing is re-indexed. No later step writes into dist/pagefind's files: they stay as
// Pagefind wrote them, so the links never change the cache.
// A Pagefind error fails the step, and so the build.
import { existsSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../src/build/pagefind-index.ts';
import { cacheFolder, digestOf, linkTree } from './build-cache.mjs';
import { parseShard } from '../src/lib/shard.ts';

// A shard of a split build has no index of its own: the merge step indexes every record once.
if (parseShard(process.env.SHARD).kind === 'shard') {
  console.log('search: left to the merge step (SHARD is set)');
  process.exit(0);
}
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const recordsFile = `${dist}search-records.json`;
if (!existsSync(recordsFile)) throw new Error(`${recordsFile} is missing: run astro build first (npm run build runs both)`);
const records = readFileSync(recordsFile);
const started = performance.now();

const searchCode = fileURLToPath(new URL('../src/lib/search/', import.meta.url));
const pagefindVersion = JSON.parse(readFileSync(new URL('../node_modules/pagefind/package.json', import.meta.url), 'utf8')).version;
// The records' languages (which index, which n-grams) come from src/lib/languages.ts, so it is part of the key.
const languagesCode = readFileSync(new URL('../src/lib/languages.ts', import.meta.url));
const key = digestOf(records, pagefindVersion, languagesCode, ...readdirSync(searchCode).sort().flatMap((f) => [f, readFileSync(join(searchCode, f))]));
const folder = cacheFolder('search');
const cached = join(folder, key);

rmSync(`${dist}pagefind`, { recursive: true, force: true });
let how;
if (existsSync(cached)) {
  linkTree(cached, `${dist}pagefind`);
  how = 'unchanged: linked from the build cache';
} else {
  const docs = JSON.parse(records.toString('utf8'));
  await buildSearchIndex(docs, `${dist}pagefind`);
  // Only the latest index is kept; written under a temporary name first, so a build stopped
  // half-way never leaves a partial index under a real key.
  rmSync(folder, { recursive: true, force: true });
  linkTree(`${dist}pagefind`, `${cached}.partial`);
  renameSync(`${cached}.partial`, cached);
  how = `indexed ${docs.length} records (segments and notes)`;
}
rmSync(recordsFile);
console.log(`search: ${how} into dist/pagefind in ${Math.round(performance.now() - started)} ms`);
