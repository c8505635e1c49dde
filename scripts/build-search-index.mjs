// The Pagefind step of `npm run build`: one custom record per segment, built from
// dist/search-records.json (emitted by astro build) with the same record builder the benchmark
// uses, written to dist/pagefind/. Checks `errors` on every response; always closes Pagefind.
import { readFileSync, rmSync, existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { buildRecord } from '../src/lib/search/records.ts';

const check = (what, response) => {
  if (response.errors?.length) throw new Error(`pagefind ${what}: ${response.errors.join('; ')}`);
  return response;
};

/**
 * Up to this many segments, every result's display data (Pagefind's "fragments") is written as one
 * shared file instead of one file per segment: for this site about 37 KB brotli, loaded once by the
 * first query, after which no later query waits for a fragment request (see docs/architecture.md,
 * Search). Past it, one shared file would cost a first query more than the budget of 150 KB, and a
 * query's top results are scattered over any smaller groups, so each segment keeps its own file.
 */
export const SHARED_FRAGMENTS_UP_TO = 400;

/** Indexes search documents into `outputPath`; returns counts. */
export async function buildSearchIndex(docs, outputPath) {
  try {
    // Pagefind's maxFragments: more pages than this and the fragments are bundled into shared files.
    const config = docs.length <= SHARED_FRAGMENTS_UP_TO ? { maxFragments: 1 } : {};
    const { index } = check('createIndex', await pagefind.createIndex(config));
    if (!index) throw new Error('pagefind createIndex returned no index');
    let words = 0;
    for (const doc of docs) words += check(`record ${doc.id}`, await index.addCustomRecord(buildRecord(doc))).file.uniqueWords;
    check('writeFiles', await index.writeFiles({ outputPath }));
    return { records: docs.length, words };
  } finally {
    await pagefind.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = fileURLToPath(new URL('../dist/', import.meta.url));
  const recordsFile = `${dist}search-records.json`;
  if (!existsSync(recordsFile)) throw new Error(`${recordsFile} is missing: run astro build first`);
  const docs = JSON.parse(readFileSync(recordsFile, 'utf8'));
  const started = performance.now();
  rmSync(`${dist}pagefind`, { recursive: true, force: true });
  const { records } = await buildSearchIndex(docs, `${dist}pagefind`);
  rmSync(recordsFile);
  console.log(`search: indexed ${records} segments into dist/pagefind in ${Math.round(performance.now() - started)} ms`);
}
