import { z } from 'astro/zod';
import { bilingualSchema, idSchema } from './common';

/**
 * What kind of change an entry records. A correction changes meaning or a finding; a clarification
 * changes wording without changing meaning (a typo, a smoother rendering). Both are logged.
 */
export const correctionTypes = ['correction', 'clarification'] as const;

/** Which field of the content changed. */
export const correctionFields = ['original', 'translation', 'verdict', 'attribution', 'note', 'source', 'page'] as const;

/** One entry of the public corrections log (content/corrections.yaml): one changed field. */
export const correctionSchema = z
  .object({
    /** Stable kebab-case id, unique in the log; the entry's anchor on /corrections/. */
    id: idSchema,
    /** When the correction was published, YYYY-MM-DD (quoted in YAML so it stays a string). */
    date: z
      .union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))])
      .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a full date, YYYY-MM-DD')),
    /** correction (changes meaning or a finding) or clarification (wording only, such as a typo). */
    type: z.enum(correctionTypes),
    /** The transcript concerned (its slug); omitted for site-wide text such as the sources page. */
    transcript: idSchema.optional(),
    /** Segment ids whose original text, translation or attribution changed. */
    segments: z.array(idSchema).default([]),
    /** Annotation ids (of `transcript`) whose note, verdict or attribution changed. */
    annotations: z.array(idSchema).default([]),
    /** Source ids (content/data/sources.yaml) whose entry changed. */
    sources: z.array(idSchema).default([]),
    /** The field that changed: original, translation, verdict, attribution, note, source or page. */
    field: z.enum(correctionFields),
    /** A short excerpt of what it said before. */
    before: z.string().trim().min(1, 'say briefly what it said before'),
    /** A short excerpt of what it says now. */
    after: z.string().trim().min(1, 'say briefly what it says now'),
    /** Why it was changed, in both languages (Chinese with full-width punctuation). */
    reason: bilingualSchema,
  })
  .superRefine((c, ctx) => {
    if (!c.transcript && (c.segments.length > 0 || c.annotations.length > 0)) {
      ctx.addIssue({ code: 'custom', path: ['transcript'], message: 'name the transcript whose segments or annotations changed' });
    }
  });
export type Correction = z.infer<typeof correctionSchema>;
