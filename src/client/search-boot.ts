/**
 * Loader of the search page: a few listeners and nothing else. The search code (and Pagefind)
 * is imported when the reader starts a search, or right away if the URL already holds a query.
 */
type Search = typeof import('./search');

/** Where Pagefind's files are (dist/pagefind/). */
const PAGEFIND = '/pagefind/';
/**
 * The WebAssembly Pagefind loads for the index's language: `zh-hant` has no stemmer, so
 * `wasm.unknown.pagefind` (records.ts, INDEX_LANGUAGE). A browser test checks that this is the
 * one WebAssembly file Pagefind requests (tests/e2e/search.test.ts, "serving the index").
 */
export const PAGEFIND_WASM = 'wasm.unknown.pagefind';

/**
 * Starts every request of Pagefind's start-up at once, beside the search code, instead of one
 * after another (search code, then pagefind.js, then its entry file, then its metadata and
 * WebAssembly). The entry file's URL carries a cache tag made here, which the search code hands
 * to Pagefind (`metaCacheTag`), so Pagefind's own request for it is this preload; Pagefind would
 * otherwise make a fresh tag of the time itself, for the same reason: no stale entry file.
 * Returns the tag.
 */
function warmPagefind(): string {
  const tag = Date.now().toString(36);
  for (const file of [`pagefind-entry.json?ts=${tag}`, PAGEFIND_WASM]) {
    const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: `${PAGEFIND}${file}` });
    document.head.append(link);
  }
  void import(/* @vite-ignore */ `${PAGEFIND}pagefind.js`).catch(() => undefined);
  // The page's first Chinese word segmenter loads ICU's word dictionary: tens of milliseconds of
  // the main thread, which Pagefind needs for every Chinese query (and result links for their
  // text fragments). Done now, while all of the above is on the wire and the main thread would
  // wait anyway; later segmenters find the dictionary loaded.
  setTimeout(() => void [...new Intl.Segmenter('zh-Hant', { granularity: 'word' }).segment('中文')], 0);
  return tag;
}

export function boot(): void {
  const form = document.getElementById('search-page-form');
  if (!(form instanceof HTMLFormElement)) return;
  let loading: Promise<Search> | undefined;
  // Until the search code has taken over the form, a submit starts it and is then replayed.
  const early = (e: SubmitEvent) => {
    e.preventDefault();
    void start().then((m) => m.runFromForm(form, true));
  };
  const start = () => {
    if (loading) return loading;
    const metaCacheTag = warmPagefind();
    loading = import('./search').then((m) => {
      form.removeEventListener('submit', early);
      m.start(form, { base: PAGEFIND, metaCacheTag, others: form.dataset.indexes?.split(' ') ?? [] });
      return m;
    });
    return loading;
  };
  if (new URLSearchParams(location.search).get('q')?.trim()) {
    void start();
    return;
  }
  form.addEventListener('submit', early);
  const input = form.elements.namedItem('q');
  if (input instanceof HTMLInputElement) {
    input.addEventListener('focus', () => void start(), { once: true });
    input.addEventListener('input', () => void start(), { once: true });
    if (document.activeElement === input) void start();
  }
  form.addEventListener('change', () => void start(), { once: true });
}
