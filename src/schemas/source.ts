import { z } from 'astro/zod';
import { bilingualSchema, httpUrlSchema, idSchema, partialDateSchema } from './common';

/** How close a source is to the fact it supports. */
export const sourceTypes = ['primary', 'secondary', 'syndicated-copy', 'aggregator', 'reference'] as const;

/** Whether the research saw this exact URL, or gives it from memory without having confirmed it. */
export const provenances = ['seen', 'from-memory'] as const;

/** A document an annotation cites (content/data/sources.yaml). */
export const sourceSchema = z.object({
  /** Stable id that annotations cite. */
  id: idSchema,
  /** The page's title as seen; see `titleNote` when it is descriptive. */
  title: z.string().trim().min(1),
  /** Set when `title` is our description because the page's own title was not recorded; shown in both interface languages. */
  titleNote: bilingualSchema.optional(),
  /** Who published this copy (for a syndicated copy: the site that carries it). */
  publisher: z.string().trim().min(1),
  /** The URL exactly as the research dossier gives it; never constructed by hand (see `provenance`). https unless `httpOnly`. */
  url: httpUrlSchema,
  /** Set when the research saw the page only at an http:// address: the URL is kept as seen, never rewritten. */
  httpOnly: z.literal(true).optional(),
  /**
   * `seen`: the research saw this exact URL (in an archived copy). `from-memory`: the dossier gives it
   * from memory and did not confirm it; the site says so wherever the source is listed. Defaults to `seen`.
   */
  provenance: z.enum(provenances).default('seen'),
  /** Publication date, only as precise as known; omitted when unknown. */
  published: partialDateSchema.optional(),
  /** When the page was consulted, only when that was recorded. */
  accessed: partialDateSchema.optional(),
  /**
   * primary document, secondary report, syndicated copy of another outlet's report, low-authority
   * aggregator/mirror, or `reference`: a site named only as where documents live, not a document read.
   */
  type: z.enum(sourceTypes),
  /** For copies: whose original report this copies. */
  copyOf: z.string().optional(),
  /** Language of the page (BCP 47). */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z]{2,4})?$/, 'must be a BCP 47 language tag such as en or zh-Hant'),
  /** Anything a reader should know about this copy (excerpt only, unconfirmed, low authority…), in both interface languages. */
  note: bilingualSchema.optional(),
}).superRefine((s, ctx) => {
  if (s.url.startsWith('http:') && !s.httpOnly) {
    ctx.addIssue({ code: 'custom', path: ['url'], message: 'must be https — write the https:// address, or add httpOnly: true if the research saw the page only over http' });
  }
  // A URL nobody saw cannot be offered as a primary document the research read.
  if (s.provenance === 'from-memory' && s.type === 'primary') {
    ctx.addIssue({ code: 'custom', path: ['type'], message: 'a from-memory URL was not read, so its type cannot be primary — use type: reference' });
  }
  if (s.provenance === 'from-memory' && !s.note) {
    ctx.addIssue({ code: 'custom', path: ['note'], message: 'a from-memory URL needs a note — say what it is given for, in both languages' });
  }
});
export type Source = z.infer<typeof sourceSchema>;
