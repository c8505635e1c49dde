/**
 * Editorial text in the reader's interface language, or the root language's where it has none.
 * English and Traditional Chinese are always written (src/schemas/common.ts); a language added later
 * shows the English until its text is written, marked with `lang="en"` so that screen readers and
 * search read it as English. Pure: views, feeds and the check use it.
 */
import { rootLocale, type Locale } from './locales';

/** An editorial field: its text per interface language, the root language's always present. */
export type LocaleTexts = { readonly [K in Locale]?: string | undefined } & { readonly en: string };

/** A field's text as shown in one interface language, and the language it is actually in. */
export interface Shown {
  text: string;
  lang: Locale;
  /** True when the interface language has no text of its own and the root language's stands in. */
  fallback: boolean;
}

/** The text of `value` in `l`, or the root language's. */
export function shownIn(value: LocaleTexts, l: Locale): Shown {
  const own = value[l];
  if (own !== undefined && own !== '') return { text: own, lang: l, fallback: false };
  return { text: value[rootLocale] ?? value.en, lang: rootLocale, fallback: true };
}

/** Whether a parsed value is an editorial field (a text per interface language): it has the root language's text. */
const isLocaleTexts = (v: unknown): v is LocaleTexts =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as Record<string, unknown>)[rootLocale] === 'string' && typeof (v as Record<string, unknown>)['zh-Hant'] === 'string';

/**
 * Where in parsed content (a YAML document or frontmatter) an editorial field has no text in `l`:
 * the path of keys and list indexes of each, for the check to turn into line:col.
 */
export function untranslatedPaths(data: unknown, l: Locale, at: readonly (string | number)[] = []): (string | number)[][] {
  if (isLocaleTexts(data)) return shownIn(data, l).fallback ? [[...at]] : [];
  if (Array.isArray(data)) return data.flatMap((v, i) => untranslatedPaths(v, l, [...at, i]));
  if (typeof data === 'object' && data !== null) return Object.entries(data).flatMap(([k, v]) => untranslatedPaths(v, l, [...at, k]));
  return [];
}

/**
 * The `lang` an element holding the field needs beyond the page's own: the root language's where
 * its text stands in, else none (undefined renders no attribute).
 */
export function fallbackLang(value: LocaleTexts, l: Locale): Locale | undefined {
  const shown = shownIn(value, l);
  return shown.fallback ? shown.lang : undefined;
}
