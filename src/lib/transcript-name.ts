import type { TranscriptMeta } from '../schemas/transcript';
import type { Locale } from './locales';

/** The name that says which transcript an item is from, in lists that gather items from all of them. */
export const transcriptName = (meta: Pick<TranscriptMeta, 'title' | 'shortTitle'>, locale: Locale): string => (meta.shortTitle ?? meta.title)[locale];
