/**
 * The interface languages and their URL prefixes. Content languages are separate: every text
 * carries its own `lang`. Kept apart from the UI strings (i18n.ts), which re-exports these.
 */
export const locales = ['en', 'zh-Hant'] as const;
export type Locale = (typeof locales)[number];

/** The other interface language, for the language switch. */
export const otherLocale = (l: Locale): Locale => (l === 'en' ? 'zh-Hant' : 'en');

/** URL prefix of each interface language: English at the root, Chinese under /zh-hant. */
export const localePrefix: Record<Locale, string> = { en: '', 'zh-Hant': '/zh-hant' };
