/**
 * Loading the search indexes in the page: the shared CJK index at /pagefind/ and, for each other
 * language, its folder's own pagefind.js (records.ts, `bundleDir`), searched as one. Used by the
 * search page's client (search.ts).
 */
import type { Meta } from './search-result';

export interface PagefindResult { id: string; data(): Promise<{ url: string; meta: Meta; content: string }> }
export interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(q: string): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: (PagefindResult & { score: number })[] } | null>;
}

/**
 * Where Pagefind is, and the cache tag of its entry file that the boot script preloaded.
 * `others`: folders under `base` holding the indexes of other languages (records.ts, `bundleDir`).
 */
export interface PagefindPlace { base: string; metaCacheTag?: string; others?: string[] }

let pagefind: Promise<PagefindApi> | undefined;
/** Loads Pagefind once for `place`; a failure is not cached, so "try again" retries. */
export function loadPagefind(place: PagefindPlace): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const { base, metaCacheTag, others = [] } = place;
    // Each other language's index is loaded by its own folder's pagefind.js: a module holds one
    // WebAssembly language (its stemmer), which an index merged into another would not get.
    const instances = await Promise.all([base, ...others.map((dir) => `${base}${dir}`)].map(async (path, i) => {
      // The first is usually already on its way: the boot script imports it beside this code (search-boot.ts).
      const api = await (import(/* @vite-ignore */ `${path}pagefind.js`) as Promise<PagefindApi>);
      // On the main thread: saves Pagefind's worker script, and results came sooner than from its
      // worker in measured runs (docs/benchmark-history/2026-11-30-from-architecture.md).
      await api.options({ basePath: path, noWorker: true, ...(i === 0 && metaCacheTag ? { metaCacheTag } : {}) });
      await api.init();
      return api;
    }));
    return instances.length === 1 ? instances[0]! : mergedApi(instances);
  })();
  pagefind.catch(() => { pagefind = undefined; });
  return pagefind;
}

/** Several indexes searched as one: their results in one list, best first by Pagefind's scores. */
function mergedApi(instances: PagefindApi[]): PagefindApi {
  return {
    options: async (o) => { await Promise.all(instances.map((i) => i.options(o))); },
    init: async () => { await Promise.all(instances.map((i) => i.init())); },
    preload: async (q) => { await Promise.all(instances.map((i) => i.preload(q))); },
    search: async (q, o) => {
      const answers = await Promise.all(instances.map((i) => i.search(q, o)));
      if (answers.some((a) => a === null)) return null;
      return { results: answers.flatMap((a) => a!.results).sort((a, b) => b.score - a.score) };
    },
  };
}
