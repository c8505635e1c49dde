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

/** An http(s) URL. Anything else (javascript:, data:, relative) is refused. */
export const webUrlSchema = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' });

/**
 * A calendar date as precise as the evidence: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * Kept as a string so that a month is never silently turned into the first of the month.
 */
export const partialDateSchema = z
  .union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))])
  .pipe(z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'));
