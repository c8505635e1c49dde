/**
 * Builds the Pagefind index during `astro build` instead of after it. The search documents are
 * rendered early (src/pages/search-records.json.ts, one of the first routes), and Pagefind indexes
 * them in its own process while Astro renders pages on one thread: on two cores the index is then
 * mostly ready when the pages are (at 10,000 segments the index alone takes 15–30 s).
 * At the end it waits for the index, fails the build on any Pagefind error, and deletes
 * dist/search-records.json, which is not published.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from '../lib/search/pagefind-index.ts';
import { setIndexer } from '../lib/search/index-hook.ts';

export default function searchIndex(): AstroIntegration {
  let outDir: URL | undefined;
  let indexing: Promise<{ records: number }> | undefined;
  let started = 0;
  let finished = 0;
  return {
    name: 'interlinear:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:build:start': () => {
        setIndexer((docs) => {
          if (indexing) throw new Error('search index: search documents handed over twice');
          started = performance.now();
          indexing = buildSearchIndex(docs, fileURLToPath(new URL('pagefind/', outDir))).then((r) => ((finished = performance.now()), r));
          // Awaited (and any error thrown) in astro:build:done.
          indexing.catch(() => undefined);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        setIndexer(undefined);
        if (!indexing) throw new Error('search index: /search-records.json was not rendered, so nothing was indexed');
        const waitFrom = performance.now();
        const { records } = await indexing;
        rmSync(new URL('search-records.json', dir));
        // How long the index took beside the pages, and how long the build then waited for it.
        const ms = (t: number) => `${Math.round(t)} ms`;
        logger.info(`indexed ${records} segments into pagefind/ in ${ms(finished - started)}; waited ${ms(performance.now() - waitFrom)} for it after the pages`);
      },
    },
  };
}
