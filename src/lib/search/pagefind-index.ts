/**
 * Writes the Pagefind index of the search documents: one custom record per segment (records.ts).
 * Checks `errors` on every response and always closes Pagefind. Used by the build (through the
 * search-index integration, src/integrations/search-index.ts), by scripts/build-search-index.mjs
 * and by the search benchmark. Erasable TypeScript, which Node imports directly.
 *
 * All records are sent at once rather than one round trip at a time: during `astro build` this
 * runs beside page rendering, which would otherwise delay every reply by a page's render. The
 * index is the same either way (records are added in the order they are sent).
 */
import * as pagefind from 'pagefind';
import { buildRecord, type SearchDoc } from './records.ts';

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

/** Indexes the documents into `outputPath`; returns counts. */
export async function buildSearchIndex(docs: SearchDoc[], outputPath: string): Promise<{ records: number; words: number }> {
  try {
    // Pagefind's maxFragments: more pages than this and the fragments are bundled into shared files.
    const config = docs.length <= SHARED_FRAGMENTS_UP_TO ? { maxFragments: 1 } : {};
    const { index } = check('createIndex', await pagefind.createIndex(config));
    if (!index) throw new Error('pagefind createIndex returned no index');
    const added = await Promise.all(docs.map((doc) => index.addCustomRecord(buildRecord(doc))));
    let words = 0;
    added.forEach((response, i) => (words += check(`record ${docs[i]!.id}`, response).file.uniqueWords));
    check('writeFiles', await index.writeFiles({ outputPath }));
    return { records: docs.length, words };
  } finally {
    await pagefind.close();
  }
}
