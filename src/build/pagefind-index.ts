/**
 * Writes the Pagefind index of the search documents: one custom record per segment (records.ts).
 * Checks `errors` on every response and always closes Pagefind. Used by the build's index step
 * (scripts/build-search-index.mjs) and by the search benchmark. Erasable TypeScript, which Node
 * imports directly.
 */
import * as pagefind from 'pagefind';
import { buildRecord, type SearchDoc } from '../lib/search/records.ts';

const check = <T extends { errors: string[] }>(what: string, response: T): T => {
  if (response.errors.length) throw new Error(`pagefind ${what}: ${response.errors.join('; ')}`);
  return response;
};

/**
 * Up to this many segments, every result's display data (Pagefind's "fragments") is written as one
 * shared file instead of one file per segment: for this site about 31 KB brotli, loaded once by the
 * first query, after which no later query waits for a fragment request (see docs/architecture.md,
 * Search). Past it, one shared file would cost a first query more than the budget of 150 KB, and a
 * query's top results are scattered over any smaller groups, so each segment keeps its own file.
 */
export const SHARED_FRAGMENTS_UP_TO = 400;

/**
 * Settings for the allocator (jemalloc) of Pagefind's process, which inherits our environment: one
 * arena instead of one per thread group. At 10,000 segments the process then peaks about 8 % lower
 * (1.25 GB against 1.34–1.37 GB, in alternating runs) and is no slower (docs/architecture.md,
 * "Search"). An allocator setting given by the caller's environment is kept.
 */
export const PAGEFIND_ALLOCATOR = 'narenas:1';

/**
 * Records are sent this many at a time, each batch once Pagefind has taken the one before. Sent all
 * at once, every message waited in Node's queue for Pagefind's pipe: at 10,000 segments the Node
 * process peaked at 210 MB instead of 135 MB, while Pagefind's own peak and the time stayed the
 * same. The index is the same either way (records are added in the order they are sent).
 */
export const RECORDS_PER_BATCH = 256;

/** Indexes the documents into `outputPath`; returns how many records were indexed. */
export async function buildSearchIndex(docs: SearchDoc[], outputPath: string): Promise<{ records: number }> {
  // Read when Pagefind's process starts, at the first call below.
  process.env._RJEM_MALLOC_CONF ??= PAGEFIND_ALLOCATOR;
  try {
    // Pagefind's maxFragments: more pages than this and the fragments are bundled into shared files.
    const config = docs.length <= SHARED_FRAGMENTS_UP_TO ? { maxFragments: 1 } : {};
    const { index } = check('createIndex', await pagefind.createIndex(config));
    if (!index) throw new Error('pagefind createIndex returned no index');
    for (let start = 0; start < docs.length; start += RECORDS_PER_BATCH) {
      const batch = docs.slice(start, start + RECORDS_PER_BATCH);
      const added = await Promise.all(batch.map((doc) => index.addCustomRecord(buildRecord(doc))));
      added.forEach((response, i) => check(`record ${batch[i]!.id}`, response));
    }
    check('writeFiles', await index.writeFiles({ outputPath }));
    return { records: docs.length };
  } finally {
    await pagefind.close();
  }
}
