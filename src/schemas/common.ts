import { z } from 'astro/zod';

/** A segment, section or annotation id: lowercase kebab-case ASCII, starting with a letter. */
export const idSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case (a-z, 0-9, single hyphens), starting with a letter')
  .max(80, 'must be at most 80 characters');

/** The same text in both of the site's languages. Neither may be empty. */
export const bilingualSchema = z.object({
  /** Traditional Chinese. */
  'zh-Hant': z.string().trim().min(1, 'Traditional Chinese text is missing'),
  /** English. */
  en: z.string().trim().min(1, 'English text is missing'),
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
