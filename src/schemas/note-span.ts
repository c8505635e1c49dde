import { z } from 'astro/zod';
import { idSchema } from './common.ts';

/**
 * Words of a segment's text that a note is about, marked in the MDX as `<Note id="…">words</Note>`.
 * Offsets count Unicode code points of the published text (the text without the tags), as the W3C
 * Web Annotation model's TextPositionSelector does.
 */
export const noteSpanSchema = z.object({
  /** The id of the note (content/annotations/<slug>/*.yaml) the words are about. */
  note: idSchema,
  /** Code point where the words start (the first is 0). */
  start: z.number().int().nonnegative(),
  /** Code point just after the words. */
  end: z.number().int().positive(),
});

/** The spans of a segment, per text; empty when no note marks words in it. */
export const segmentSpansSchema = z.object({
  /** Spans in the original text. */
  original: z.array(noteSpanSchema),
  /** Spans in our translation. */
  translation: z.array(noteSpanSchema),
});
export type SegmentSpans = z.infer<typeof segmentSpansSchema>;
