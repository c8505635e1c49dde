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

/** Indexes the documents into `outputPath`; returns counts. */
export async function buildSearchIndex(docs: SearchDoc[], outputPath: string): Promise<{ records: number; words: number }> {
  try {
    const { index } = check('createIndex', await pagefind.createIndex({}));
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
