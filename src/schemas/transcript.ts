import { z } from 'astro/zod';
import { bilingualSchema, idSchema, isCalendarDate, webUrlSchema } from './common';
import { languageTagSchema } from './language';

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

/** The audio or video recording of the interview, which timed segments (`start`) point into. */
export const recordingSchema = z.object({
  /**
   * Where the file is: a path on this site (a file under public/, e.g. `/media/interview.ogg`) or the
   * https URL of the file on a media host (the file itself, not a player page). Pages that play it
   * allow its origin for media only (src/build/csp.ts).
   */
  url: z.string().trim().refine((u) => /^\/[^/]/.test(u) || /^https:\/\/[^/\s]+\/\S+$/.test(u), 'the recording must be a path on this site like /media/interview.ogg or an https:// URL of the media file'),
  /** Its media type, e.g. `audio/ogg`, `audio/mpeg`, `audio/wav` or `video/mp4`: an `audio/…` file gets an audio player, a `video/…` file a video player. */
  type: z.string().trim().regex(/^(audio|video)\/[\w.+-]+$/, 'type must be a media type starting audio/ or video/, like audio/ogg or video/mp4'),
  /** What the recording is, in both languages (shown beside the player), e.g. who published it. */
  label: bilingualSchema.optional(),
});
export type Recording = z.infer<typeof recordingSchema>;

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
  date: z
    .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD — e.g. 2025-07-26').refine(isCalendarDate, 'is not a date on the calendar — check the month (01–12) and the day (within that month)')])
    .pipe(z.coerce.date()),
  /** Why the date differs from the report's, when it does. */
  dateNote: bilingualSchema.optional(),
  /** Where the event took place. */
  place: bilingualSchema,
  /** Speaker ids appearing in the transcript (each must exist in speakers.yaml). */
  speakers: z.array(idSchema).min(1),
  /** The report this transcript publishes. */
  sourceDocument: sourceDocumentSchema,
  /** BCP 47 tag of the original text (every `<Original>` and each section's `original="…"`), e.g. `zh-Hant`, `ja`, `en`. */
  originalLanguage: languageTagSchema,
  /** BCP 47 tag of the translation (every `<Translation>` and each section's `translation="…"`); differs from `originalLanguage`. */
  translationLanguage: languageTagSchema,
  /** What the translation is and is not. */
  translationNote: bilingualSchema,
  /** The interview's recording, when there is one: segments with a `start` link to their moment in it. */
  recording: recordingSchema.optional(),
}).superRefine((t, ctx) => {
  if (t.originalLanguage === t.translationLanguage) ctx.addIssue({ code: 'custom', path: ['translationLanguage'], message: `is the same as originalLanguage (${t.originalLanguage}) — write the language the translation is in` });
});
export type TranscriptMeta = z.infer<typeof transcriptSchema>;
