/**
 * The search page's client: Pagefind over one record per segment (in one index per language,
 * search-index.ts), Chinese and Japanese queries expanded into characters and pairs and checked
 * against the real text, results with the match marked and the other text beneath, state in the
 * URL. Loaded only when a search starts (search-boot.ts).
 */
import type { Locale } from '../lib/i18n';
import { loadFailure, searchStrings } from '../lib/search-strings';
import { parseQuery, pagefindQuery, matchLanguage, suggestions, type ParsedQuery, type MatchLanguage } from '../lib/search/query.ts';
import { FILTERS, NOTE_KIND, noteTexts } from '../lib/search/records.ts';
import { countWhere } from '../lib/search/count.ts';
import { el, resultItem, type Meta } from './search-result';
import { isSpaceless } from '../lib/languages';
import { loadPagefind as load, type PagefindApi, type PagefindPlace, type PagefindResult } from './search-index';

export type { PagefindPlace };
/** Pagefind for the place the boot script named. */
const loadPagefind = () => load(place);

/** A result's fields with its texts: a note's texts are in its record's content, not its meta (records.ts). */
const hitOf = (d: { meta: Meta; content: string }): Meta => (d.meta.kind === NOTE_KIND ? { ...d.meta, ...noteTexts(d.content) } : d.meta);

/** The state a URL holds. */
export interface SearchState { q: string; speaker: string; section: string; verdict: string; transcript: string; text: string }
const KEYS = ['q', 'speaker', 'section', 'verdict', 'transcript', 'text'] as const;

const PAGE = 10;
/**
 * Candidates checked per round. Pagefind's answer is a superset: Chinese pairs need not be in a
 * row, and a word it cannot find is retried as a shorter prefix (xyzzy → x). Every candidate is
 * checked against its real texts before it is shown.
 */
const BATCH = PAGE;

/** Set by `start`, from the boot script, which alone names Pagefind's place (search-boot.ts). */
let place: PagefindPlace;

export function stateFromUrl(url: URL): SearchState {
  const p = url.searchParams;
  return { q: p.get('q') ?? '', speaker: p.get('speaker') ?? '', section: p.get('section') ?? '', verdict: p.get('verdict') ?? '', transcript: p.get('transcript') ?? '', text: p.get('text') ?? '' };
}

function urlFor(state: SearchState): string {
  const u = new URL(location.href);
  u.search = '';
  for (const k of KEYS) if (state[k]) u.searchParams.set(k, state[k]);
  u.hash = '';
  return u.pathname + u.search;
}

let form: HTMLFormElement;
let locale: Locale = 'en';
let generation = 0;
let baseTitle = '';

function stateFromForm(f: HTMLFormElement): SearchState {
  const d = new FormData(f);
  const get = (k: string) => String(d.get(k) ?? '');
  return { q: get('q').trim(), speaker: get('speaker'), section: get('section'), verdict: get('verdict'), transcript: get('transcript'), text: get('text') };
}

function fillForm(state: SearchState): void {
  for (const k of KEYS) {
    const field = form.elements.namedItem(k);
    if ((field instanceof HTMLInputElement || field instanceof HTMLSelectElement) && field.value !== state[k]) field.value = state[k];
  }
}

/**
 * Whether the current history entry holds a finished search (loaded, submitted, or returned to).
 * Typing then starts a new entry and replaces it keystroke by keystroke, so Back returns to the
 * previous search, not to each prefix typed.
 */
let committed = true;

/** Runs the search the form describes; `commit`: a submit or filter change (not typing). */
export function runFromForm(f: HTMLFormElement, commit: boolean): Promise<void> {
  form = f;
  const state = stateFromForm(f);
  const target = urlFor(state);
  if (target !== location.pathname + location.search) history[committed ? 'pushState' : 'replaceState'](state, '', target);
  committed = commit;
  return render(state);
}

export function start(f: HTMLFormElement, where: PagefindPlace): void {
  place = where;
  form = f;
  baseTitle = document.title;
  locale = (f.dataset.locale as Locale | undefined) ?? 'en';
  let timer: ReturnType<typeof setTimeout> | undefined;
  f.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void runFromForm(f, true);
  });
  f.addEventListener('input', (e) => {
    if (!(e.target instanceof HTMLInputElement)) return;
    clearTimeout(timer);
    // What is typed is fetched at once, so the search after the pause (or Enter) finds it loaded.
    const typed = pagefindQuery(parseQuery(e.target.value.trim()));
    if (typed) void fetchAhead(f, e.target, typed).catch(() => undefined);
    timer = setTimeout(() => void runFromForm(f, false), 180);
  });
  f.addEventListener('change', (e) => {
    if (e.target instanceof HTMLSelectElement) void runFromForm(f, true);
  });
  addEventListener('popstate', () => {
    committed = true;
    const state = stateFromUrl(new URL(location.href));
    fillForm(state);
    void render(state);
  });
  const initial = stateFromUrl(new URL(location.href));
  if (initial.q) {
    fillForm(initial);
    void render(initial);
  }
  void loadPagefind().catch(() => undefined);
}

/** Pagefind's filters for a state (the original/translation choice is applied to each result instead). */
function filtersFor(state: SearchState): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const f of FILTERS) {
    const v = f === 'kind' ? '' : state[f as 'speaker' | 'section' | 'verdict' | 'transcript'];
    if (v) filters[f] = v;
  }
  return filters;
}

/**
 * While the reader types: the index chunks of what is in the box (Pagefind's advice for a
 * debounced box), then, if the box still says the same, the top result's data, which Pagefind
 * keeps. The search that follows the pause or Enter then waits for no request when the reader's
 * query is what was typed (bench/search.mjs, "typed").
 */
async function fetchAhead(f: HTMLFormElement, box: HTMLInputElement, typed: string): Promise<void> {
  const api = await loadPagefind();
  await api.preload(typed);
  if (pagefindQuery(parseQuery(box.value.trim())) !== typed) return;
  const response = await api.search(typed, { filters: filtersFor(stateFromForm(f)) });
  await response?.results[0]?.data();
}

async function render(state: SearchState): Promise<void> {
  const gen = ++generation;
  performance.mark('il-search-start');
  const t = searchStrings[locale];
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const moreSlot = document.getElementById('search-more-slot')!;
  const say = (...nodes: (Node | string)[]) => { status.replaceChildren(...nodes); };
  list.replaceChildren();
  moreSlot.replaceChildren();
  document.title = state.q ? `${state.q} · ${baseTitle}` : baseTitle;
  const q = parseQuery(state.q);
  const query = pagefindQuery(q);
  if (!query) { say(t.empty); status.dataset.state = 'empty'; return; }
  say(t.loading);
  status.dataset.state = 'loading';
  let api: PagefindApi;
  try {
    api = await loadPagefind();
  } catch {
    if (gen !== generation) return;
    status.dataset.state = 'failed';
    const retry = el('button', { type: 'button', className: 'search-retry' }, t.retry);
    retry.addEventListener('click', () => void render(state));
    // Vite's documented flag: true on the dev server, which serves no search index.
    say(el('span', { role: 'alert' }, loadFailure(t, import.meta.env.DEV)), ' ', retry);
    return;
  }
  const response = await api.search(query, { filters: filtersFor(state) });
  if (gen !== generation || !response) return;
  const candidates = response.results;
  const only = state.text === 'original' || state.text === 'translation' ? (state.text as MatchLanguage) : undefined;
  let cursor = 0;
  let shown = 0;
  // A note is neither the original nor the translation: a search in one of them leaves notes out.
  const matchOf = (hit: Meta): MatchLanguage | null =>
    only && hit.kind === NOTE_KIND ? null : matchLanguage(q, hit.original, hit.translation, only, isSpaceless(hit.translationLang) && !isSpaceless(hit.originalLang) ? 'translation' : 'original');

  /** Shows a result; a note goes to `held` instead, when given, to be shown after the batch's segments. */
  const show = (d: { meta: Meta; content: string }, held?: { meta: Meta; content: string }[]) => {
    if (held && d.meta.kind === NOTE_KIND) { held.push(d); return; }
    const hit = hitOf(d);
    const lang = matchOf(hit);
    if (!lang) return;
    list.append(resultItem(hit, lang, q, locale, form));
    // For the benchmark: the first result on screen.
    if (shown++ === 0) performance.measure('il-search-first', 'il-search-start');
  };
  const fill = async () => {
    const goal = shown + PAGE;
    while (shown < goal && cursor < candidates.length) {
      const batch = candidates.slice(cursor, cursor + BATCH);
      cursor += batch.length;
      // The batch's top candidate is fetched alone and shown first: its result is the one a reader
      // looks for, and requests made together slow one another (on the benchmark's 10,000 segments
      // each result needs its own request). The rest are asked for once it is on screen, since
      // starting nine requests costs the main thread some milliseconds.
      // Within a batch, the quotes come before the notes about them: a reader who types a quote's
      // words is looking for the quote, and a long note that repeats them may rank above it.
      const held: { meta: Meta; content: string }[] = [];
      const head = await batch[0]!.data();
      if (gen !== generation) return;
      show(head, held);
      const rest = batch.slice(1).map((r) => r.data());
      for (const p of rest) {
        const d = await p;
        if (gen !== generation) return;
        show(d, held);
      }
      for (const d of held) show(d);
    }
  };
  await fill();
  if (gen !== generation) return;

  /**
   * Every match, once the reader has asked for it: every candidate checked against its texts, as
   * the results are. Asked for, not counted in the background: a common word has thousands of
   * candidates, one request each, which would crowd out the next search (bench/search.mjs). The
   * texts of those already shown are in Pagefind's memory.
   */
  let exact: number | undefined;
  // One button for the whole search, so "Show more" during a count keeps it disabled.
  const countButton = el('button', { type: 'button', className: 'search-count' }, t.countAll);
  countButton.addEventListener('click', () => void countAll());
  const countAll = async () => {
    countButton.disabled = true;
    countButton.textContent = t.counting;
    const matches = async (r: PagefindResult) => {
      return matchOf(hitOf(await r.data())) !== null;
    };
    exact = await countWhere(candidates, matches, 4, () => gen !== generation);
    if (exact === undefined) return;
    update();
    // The button is gone: the reader's focus goes to the count it gave.
    status.tabIndex = -1;
    status.focus();
  };

  const update = () => {
    const remaining = cursor < candidates.length;
    status.dataset.state = shown ? 'results' : 'none';
    if (shown && exact === undefined && remaining) say(t.results(shown, state.q, true), ' ', countButton);
    else if (shown) say(t.results(exact ?? shown, state.q, false));
    else noResults(state, q, say);
    moreSlot.replaceChildren();
    if (remaining && shown) {
      const more = el('button', { type: 'button', className: 'search-more' }, t.more);
      more.addEventListener('click', async () => { more.disabled = true; await fill(); update(); });
      moreSlot.append(more);
    }
  };
  update();
  // For the benchmark (bench/search.mjs): from the search's start to results on screen.
  performance.measure('il-search', 'il-search-start');
}

function noResults(state: SearchState, q: ParsedQuery, say: (...n: (Node | string)[]) => void): void {
  const t = searchStrings[locale];
  const items: (Node | string)[] = [el('p', {}, t.none(state.q))];
  const links: HTMLElement[] = [];
  const base = { ...state };
  if (state.speaker || state.section || state.verdict || state.transcript || state.text) {
    links.push(el('a', { href: urlFor({ ...base, speaker: '', section: '', verdict: '', transcript: '', text: '' }), className: 'search-suggestion' }, t.clearFilters));
  }
  for (const s of suggestions(q)) links.push(el('a', { href: urlFor({ ...base, q: s }), className: 'search-suggestion' }, s));
  if (links.length) {
    const ul = el('ul', { className: 'search-suggestions' });
    for (const a of links) {
      a.addEventListener('click', (e) => {
        e.preventDefault();
        history.pushState(null, '', a.getAttribute('href')!);
        committed = true;
        const st = stateFromUrl(new URL(location.href));
        fillForm(st);
        void render(st);
      });
      ul.append(el('li', {}, a));
    }
    items.push(el('p', {}, t.tryThese), ul);
  }
  items.push(el('p', { className: 'search-hints' }, t.hints));
  say(...items);
}
