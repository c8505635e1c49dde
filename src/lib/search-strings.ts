/**
 * Interface strings of the search page and its results (`search` in each src/lib/strings/<tag>.ts).
 * A module of their own so the search client (src/client/search.ts) bundles these and not every
 * string of the site.
 */
import { locales, type Locale } from './locales';
import { stringsOf } from './strings-file';

/** Strings of the search page; functions take the counts and the query. */
export interface SearchStrings {
  title: string;
  intro: string;
  label: string;
  needsJs: string;
  needsJsFactChecks: string;
  needsJsTranscript: (title: string) => string;
  filters: string;
  speaker: string;
  section: string;
  verdict: string;
  /** The filter on which text matched: the original, or our translation (each transcript's own languages). */
  text: string;
  any: string;
  noVerdict: string;
  textOriginal: string;
  textTranslation: string;
  /** The filter on which transcript (shown when the archive holds several). */
  transcript: string;
  apply: string;
  empty: string;
  loading: string;
  /** `atLeast`: more candidates remain unchecked. */
  results: (n: number, q: string, atLeast: boolean) => string;
  /** The button that counts every match when only the first ones are checked, and its label while it works. */
  countAll: string;
  counting: string;
  more: string;
  none: (q: string) => string;
  tryThese: string;
  hints: string;
  clearFilters: string;
  failed: string;
  /** Said instead of `failed` by the dev server (`npm run dev`), which has no search index. */
  needsBuild: string;
  retry: string;
  speakerSection: (speaker: string, section: string) => string;
  /** Marks a note's result, after the speaker and section of the segment it is on. */
  note: string;
}

/**
 * Each interface language's search strings: the `search` export of its strings file, and nothing
 * else of it, so that the search script does not bundle every string of the site.
 */
const files = import.meta.glob<SearchStrings>('./strings/*.ts', { import: 'search', eager: true });
export const searchStrings = Object.fromEntries(locales.map((l) => [l, stringsOf(files, l)])) as Record<Locale, SearchStrings>;

/**
 * What the search page says when Pagefind cannot be loaded: on the dev server there is no index
 * to load (it is written by the build), which a reader should not take for a network problem.
 */
export const loadFailure = (t: SearchStrings, dev: boolean): string => (dev ? t.needsBuild : t.failed);
