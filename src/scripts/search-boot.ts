/**
 * Loader of the search page: a few listeners and nothing else. The search code (and Pagefind)
 * is imported when the reader starts a search, or right away if the URL already holds a query.
 */
type Search = typeof import('./search');

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
    loading ??= import('./search').then((m) => {
      form.removeEventListener('submit', early);
      m.start(form);
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
