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

/** Indexes search documents into `outputPath`; returns counts. */
export async function buildSearchIndex(docs, outputPath) {
  try {
    const { index } = check('createIndex', await pagefind.createIndex({}));
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
