/**
 * Writes the Pagefind indexes of the search documents: one custom record per segment and per note
 * (records.ts), one index per language (Pagefind's), each language's in a folder of its own.
 * Checks `errors` on every response and always closes Pagefind. Used by the build's index step
 * (scripts/build-search-index.mjs) and by the search benchmark. Erasable TypeScript, which Node
 * imports directly.
 */
import * as pagefind from 'pagefind';
import { bundleDir, buildRecord, INDEX_LANGUAGE, recordLanguage, type SearchDoc } from '../lib/search/records.ts';

const check = <T extends { errors: string[] }>(what: string, response: T): T => {
  if (response.errors.length) throw new Error(`pagefind ${what}: ${response.errors.join('; ')}`);
  return response;
};

/**
 * Settings for the allocator (jemalloc) of Pagefind's process, which inherits our environment: one
 * arena instead of one per thread group, and freed pages handed back at once rather than after ten
 * seconds. Pagefind's process is the build's largest, and both lower its peak (by about a tenth for
 * the second, at a few seconds of indexing at 10,000 segments; docs/benchmarks.md). The index is
 * the same byte for byte. An allocator setting given by the caller's environment is kept.
 */
export const PAGEFIND_ALLOCATOR = 'narenas:1,dirty_decay_ms:0';

/**
 * Records are sent this many at a time, each batch once Pagefind has taken the one before. Sent all
 * at once, every message waited in Node's queue for Pagefind's pipe and Node's memory grew with
 * the corpus. The index is the same either way (records are added in the order they are sent).
 */
export const RECORDS_PER_BATCH = 256;

/** Writes one language's records as an index of its own into `outputPath`. */
async function writeIndex(docs: SearchDoc[], outputPath: string): Promise<void> {
  // Each record's display data (Pagefind's fragment) stays a file of its own, Pagefind's default: a
  // query loads only its results' (one shared file would cost the first query every note's text).
  const { index } = check('createIndex', await pagefind.createIndex());
  if (!index) throw new Error('pagefind createIndex returned no index');
  for (let start = 0; start < docs.length; start += RECORDS_PER_BATCH) {
    const batch = docs.slice(start, start + RECORDS_PER_BATCH);
    const added = await Promise.all(batch.map((doc) => index.addCustomRecord(buildRecord(doc))));
    added.forEach((response, i) => check(`record ${batch[i]!.id}`, response));
  }
  check('writeFiles', await index.writeFiles({ outputPath }));
}

/**
 * Indexes the documents into `outputPath`: the shared CJK index at its root, each other language
 * in its folder (records.ts, `bundleDir`); returns how many records were indexed, and in which languages.
 */
export async function buildSearchIndex(docs: SearchDoc[], outputPath: string): Promise<{ records: number; languages: string[] }> {
  // Read when Pagefind's process starts, at the first call below.
  process.env._RJEM_MALLOC_CONF ??= PAGEFIND_ALLOCATOR;
  const byLanguage = new Map<string, SearchDoc[]>();
  for (const doc of docs) {
    const language = recordLanguage(doc);
    const group = byLanguage.get(language);
    if (group) group.push(doc);
    else byLanguage.set(language, [doc]);
  }
  // The root's index first, so that writing it never touches the folders of the others.
  const languages = [...byLanguage.keys()].sort((a, b) => Number(b === INDEX_LANGUAGE) - Number(a === INDEX_LANGUAGE) || a.localeCompare(b));
  try {
    for (const language of languages) await writeIndex(byLanguage.get(language)!, `${outputPath}/${bundleDir(language)}`.replace(/\/$/, ''));
    return { records: docs.length, languages };
  } finally {
    await pagefind.close();
  }
}
