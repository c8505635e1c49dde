// The search index: the step of `npm run build` after `astro build`. Reads dist/search-records.json
// (every segment and note as a search document, src/pages/search-records.json.ts), writes dist/pagefind/ and
// deletes the records file, which is not published. Run as a process of its own once Astro's has
// exited, so the two never hold their memory at the same time (docs/architecture.md, "Search").
// A Pagefind error fails the step, and so the build.
import { readFileSync, rmSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../src/lib/search/pagefind-index.ts';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const recordsFile = `${dist}search-records.json`;
if (!existsSync(recordsFile)) throw new Error(`${recordsFile} is missing: run astro build first (npm run build runs both)`);
const docs = JSON.parse(readFileSync(recordsFile, 'utf8'));
const started = performance.now();
rmSync(`${dist}pagefind`, { recursive: true, force: true });
const { records } = await buildSearchIndex(docs, `${dist}pagefind`);
rmSync(recordsFile);
console.log(`search: indexed ${records} segments and notes into dist/pagefind in ${Math.round(performance.now() - started)} ms`);
