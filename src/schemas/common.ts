import { z } from 'astro/zod';
import { locales, type Locale } from '../lib/locales';

/** A segment, section or annotation id: lowercase kebab-case ASCII, starting with a letter. */
export const idSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case (a-z, 0-9, single hyphens), starting with a letter')
  .max(80, 'must be at most 80 characters');

/** The interface languages added after English and Traditional Chinese (src/lib/locales.ts). */
type AddedLocale = Exclude<Locale, 'en' | 'zh-Hant'>;

/** Those languages: content may lack their text (the English shows instead). */
export const optionalLocales: readonly Locale[] = locales.filter((l): l is AddedLocale => l !== 'en' && l !== 'zh-Hant');

/**
 * A text in an added interface language: optional, so that a language can be added before the
 * content is translated; where it is missing, pages show the English text, marked `lang="en"`
 * (src/lib/fallback.ts), and `npm run check` counts such fields in a warning.
 */
const addedTexts = Object.fromEntries(
  optionalLocales.map((l) => [l, z.string().trim().min(1, `${l} text is empty — write it, or remove the line to show the English`).optional()]),
) as Record<AddedLocale, z.ZodOptional<z.ZodString>>;

/**
 * The same text in the site's interface languages. English and Traditional Chinese, the published
 * site's languages, are both required and neither may be empty; any other is optional (`addedTexts`).
 */
export const bilingualSchema = z.object({
  /** Traditional Chinese. */
  'zh-Hant': z.string().trim().min(1, 'Traditional Chinese text is missing'),
  /** English. */
  en: z.string().trim().min(1, 'English text is missing'),
  ...addedTexts,
});
export type Bilingual = z.infer<typeof bilingualSchema>;

/** True when a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date exists on the calendar (no month 13, no 30 February). */
export function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= new Date(Date.UTC(y!, m, 0)).getUTCDate();
}

/**
 * A well-formed absolute URL, http or https, with a host and no spaces (use `webUrlSchema`,
 * https only, unless the page was seen only over http).
 */
export const httpUrlSchema = z.string().superRefine((url, ctx) => {
  const add = (message: string) => ctx.addIssue({ code: 'custom', message });
  if (/\s/.test(url)) add(`contains a space — copy the URL again from the browser's address bar (a space is written %20)`);
  else if (!/^https?:\/\//.test(url)) add(`is not a web address — write the full URL, starting https://`);
  else if (!/^https?:\/\/[^/?#@:]+\.[^/?#@:.]+(?::\d+)?(?:[/?#]|$)/.test(url) || !URL.canParse(url)) add(`has no valid host — write the full URL, e.g. https://example.com/page`);
});

/** An https URL. Anything else (http, javascript:, data:, relative) is refused. */
export const webUrlSchema = httpUrlSchema.refine((url) => !/^http:/.test(url), { message: 'must be https — write https://…' });

/**
 * A calendar date as precise as the evidence: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * Kept as a string so that a month is never silently turned into the first of the month.
 */
export const partialDateSchema = z
  .union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))])
  .pipe(
    z
      .string()
      .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD — write the date only as precisely as known, e.g. 2025-07 or 2025-07-26')
      .refine(isCalendarDate, { message: 'is not a date on the calendar — check the month (01–12) and the day (within that month)' }),
  );
