// Indexes an existing dist/ again: reads dist/search-records.json (which `astro build` writes and,
// with the search-index integration, indexes and deletes itself; see docs/architecture.md,
// "Search") and writes dist/pagefind/ with the same function the build uses.
import { readFileSync, rmSync, existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSearchIndex } from '../src/lib/search/pagefind-index.ts';

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = fileURLToPath(new URL('../dist/', import.meta.url));
  const recordsFile = `${dist}search-records.json`;
  if (!existsSync(recordsFile)) throw new Error(`${recordsFile} is missing: build with the search-index integration off, or run astro build first`);
  const docs = JSON.parse(readFileSync(recordsFile, 'utf8'));
  const started = performance.now();
  rmSync(`${dist}pagefind`, { recursive: true, force: true });
  const { records } = await buildSearchIndex(docs, `${dist}pagefind`);
  rmSync(recordsFile);
  console.log(`search: indexed ${records} segments into dist/pagefind in ${Math.round(performance.now() - started)} ms`);
}
