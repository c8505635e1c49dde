import type { TranscriptMeta } from '../schemas/transcript';
import type { Locale } from './locales';
import { fallbackLang, shownIn } from './fallback';

/** The name that says which transcript an item is from, in lists that gather items from all of them. */
export const transcriptName = (meta: Pick<TranscriptMeta, 'title' | 'shortTitle'>, locale: Locale): string => shownIn(meta.shortTitle ?? meta.title, locale).text;

/** The `lang` of the transcript's name where it shows in the root language instead of `locale` (src/lib/fallback.ts). */
export const transcriptNameLang = (meta: Pick<TranscriptMeta, 'title' | 'shortTitle'>, locale: Locale) => fallbackLang(meta.shortTitle ?? meta.title, locale);
