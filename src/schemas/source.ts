import { z } from 'astro/zod';
import { httpUrlSchema, idSchema, partialDateSchema } from './common';

/** How close a source is to the fact it supports. */
export const sourceTypes = ['primary', 'secondary', 'syndicated-copy', 'aggregator'] as const;

/** A document an annotation cites (content/data/sources.yaml). */
export const sourceSchema = z
  .object({
  /** Stable id that annotations cite. */
  id: idSchema,
  /** The page's title as seen; see `titleNote` when it is descriptive. */
  title: z.string().trim().min(1),
  /** Set when `title` is our description because the page's own title was not recorded. */
  titleNote: z.string().optional(),
  /** Who published this copy (for a syndicated copy: the site that carries it). */
  publisher: z.string().trim().min(1),
  /** The URL exactly as seen by the research; never constructed by hand. https unless `httpOnly`. */
  url: httpUrlSchema,
  /** Set when the research saw the page only at an http:// address: the URL is kept as seen, never rewritten. */
  httpOnly: z.literal(true).optional(),
  /** Publication date, only as precise as known; omitted when unknown. */
  published: partialDateSchema.optional(),
  /** When the page was consulted, only when that was recorded. */
  accessed: partialDateSchema.optional(),
  /** primary document, secondary report, syndicated copy of another outlet's report, or low-authority aggregator/mirror. */
  type: z.enum(sourceTypes),
  /** For copies: whose original report this copies. */
  copyOf: z.string().optional(),
  /** Language of the page (BCP 47). */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z]{2,4})?$/, 'must be a BCP 47 language tag such as en or zh-Hant'),
  /** Anything a reader should know about this copy (excerpt only, unconfirmed, low authority…). */
  note: z.string().optional(),
  })
  .superRefine((s, ctx) => {
    if (s.url.startsWith('http:') && !s.httpOnly) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'must be https — write the https:// address, or add httpOnly: true if the research saw the page only over http' });
    }
  });
export type Source = z.infer<typeof sourceSchema>;
