import { z } from 'astro/zod';
import { bilingualSchema, idSchema, webUrlSchema } from './common';

/** The document a transcript is published from. */
export const sourceDocumentSchema = z.object({
  /** Who published the report. */
  publisher: bilingualSchema,
  /** The byline, as printed. */
  author: z.string().trim().min(1),
  /** Where the report was seen (never constructed). */
  url: webUrlSchema,
  /** The report's title, when known. */
  title: z.string().optional(),
  /** The report's language (BCP 47). */
  language: z.string(),
  /** What is known or not known about this copy. */
  note: bilingualSchema.optional(),
});

/** Frontmatter of a transcript file (content/transcripts/<slug>.mdx). The body holds sections and segments. */
export const transcriptSchema = z.object({
  /** URL slug; must equal the file name. Permanent once published. */
  slug: idSchema,
  /** Title in both languages (ours, when the source has none). */
  title: bilingualSchema,
  /**
   * A short name for lists that gather items from every transcript (search results, the
   * fact-check index, the sources' backlinks), e.g. "Musk at X Takeover 2025". Defaults to the title.
   */
  shortTitle: bilingualSchema.optional(),
  /** Two-line summary for the home page and feeds. */
  summary: bilingualSchema,
  /** The event at which the interview took place. */
  event: z.object({
    /** Event name as its organisers write it. */
    name: z.string(),
    /** Who organised it. */
    organizer: z.string().optional(),
  }),
  /** Date of the interview (local time at the venue). */
  date: z.coerce.date(),
  /** Why the date differs from the report's, when it does. */
  dateNote: bilingualSchema.optional(),
  /** Where the event took place. */
  place: bilingualSchema,
  /** Speaker ids appearing in the transcript (each must exist in speakers.yaml). */
  speakers: z.array(idSchema).min(1),
  /** The report this transcript publishes. */
  sourceDocument: sourceDocumentSchema,
  /** Language of the original text (the `Zh` blocks). */
  originalLanguage: z.literal('zh-Hant'),
  /** What the translation is and is not. */
  translationNote: bilingualSchema,
});
export type TranscriptMeta = z.infer<typeof transcriptSchema>;
