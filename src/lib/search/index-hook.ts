/**
 * The hand-over of the search documents from the search-records.json route (rendered by the
 * build) to the search-index integration (src/integrations/search-index.ts), which indexes them
 * while the build goes on rendering pages. Both run in the `astro build` process; the
 * integration puts its function on globalThis under this key for the duration of the build.
 */
import type { SearchDoc } from './records.ts';

const KEY = Symbol.for('interlinear.search-index');
type Indexer = (docs: SearchDoc[]) => void;

export function setIndexer(indexer: Indexer | undefined): void {
  (globalThis as Record<symbol, unknown>)[KEY] = indexer;
}

/** Hands the documents to the integration; false when it is not listening (dev server, tests). */
export function indexDuringBuild(docs: SearchDoc[]): boolean {
  const indexer = (globalThis as Record<symbol, unknown>)[KEY] as Indexer | undefined;
  indexer?.(docs);
  return indexer !== undefined;
}
