/**
 * The interface languages: the one list every route, language switch, hreflang alternate, feed,
 * sitemap and setting reads. Adding one is a line here plus its strings file,
 * src/lib/strings/<tag in lower case>.ts (docs/interface-languages.md). Content languages are
 * separate: every text carries its own `lang`. No strings here, so that browser code (the search
 * page builds result links with urls.ts) does not carry every UI string.
 */
export const interfaceLanguages = [
  /**
   * First: at the root of the site, and what editorial text not written in an added language falls
   * back to, so it stays English, which every editorial field must have (src/schemas/common.ts).
   */
  { tag: 'en', path: '' },
  { tag: 'zh-Hant', path: 'zh-hant' },
] as const;

/** An interface language's BCP 47 tag. */
export type Locale = (typeof interfaceLanguages)[number]['tag'];

/** Every interface language, in the order of the list (the language switch and alternates follow it). */
export const locales: readonly [Locale, ...Locale[]] = interfaceLanguages.map((l) => l.tag) as [Locale, ...Locale[]];

/** The language at the root of the site, whose text stands in where editorial content has no translation. */
export const rootLocale: Locale = interfaceLanguages[0].tag;

/** The interface languages other than `l`, in list order: the language switch's links. */
export const otherLocales = (l: Locale): Locale[] => locales.filter((x) => x !== l);

/** URL prefix of each interface language: '' for the root language, `/<path>` for the others. */
export const localePrefix = Object.fromEntries(interfaceLanguages.map((l) => [l.tag, l.path ? `/${l.path}` : ''])) as Record<Locale, string>;

/** The `[...locale]` route parameter of an interface language: undefined for the root language (Astro's way of a rest parameter that is empty). */
export const localeParam = (l: Locale): string | undefined => localePrefix[l].slice(1) || undefined;
