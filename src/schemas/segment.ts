import { z } from 'astro/zod';
import { idSchema } from './common.ts';
import { segmentSpansSchema } from './note-span.ts';

/** What a segment is. */
export const segmentKinds = ['quote', 'claim', 'narration', 'heading'] as const;

/** One segment of a transcript, as read from a `<Segment>` element of the MDX body. */
export const segmentSchema = z
  .object({
    /** Permanent id: the anchor, the permalink and the citation key all derive from it. */
    id: idSchema,
    /** Speaker id (content/data/speakers.yaml). */
    speaker: idSchema,
    /** quote, claim, narration or heading (the report's own heading; a speaker's words set as a heading are a quote with a level). */
    kind: z.enum(segmentKinds),
    /**
     * Heading level: 2 (section heading) or 3 (sub-heading). Required on a `heading`; also allowed on a
     * `quote` that the report sets as a heading (a speaker's words used as a heading stay a quote).
     */
    level: z.coerce.number().int().min(2).max(3).optional(),
    /** The original text (`<Original>`), verbatim, in the transcript's `originalLanguage`. */
    original: z.string().trim().min(1, 'the <Original> text is empty — write the source text, verbatim'),
    /** Our translation (`<Translation>`), in the transcript's `translationLanguage`. */
    translation: z.string().trim().min(1, 'the <Translation> text is empty — write the translation'),
    /**
     * Where the segment starts in the transcript's recording, in seconds (`start="754.5"`), when the
     * transcript names one (frontmatter `recording`). The subtitle import writes it from the first cue.
     */
    start: z.coerce.number().nonnegative('start must be a time in seconds — write it like start="754.5"').optional(),
    /** The words its notes are about, read from `<Note id>` tags inside its texts (src/lib/note-spans.ts). */
    spans: segmentSpansSchema.default({ original: [], translation: [] }),
  })
  .superRefine((s, ctx) => {
    if (s.kind === 'heading' && s.level === undefined) ctx.addIssue({ code: 'custom', path: ['level'], message: 'a heading needs a level — add level="2" (main heading) or level="3" (sub-heading)' });
    if (s.kind !== 'heading' && s.kind !== 'quote' && s.level !== undefined) ctx.addIssue({ code: 'custom', path: ['level'], message: 'only a heading, or a quote set as a heading, has a level — remove level' });
  });
export type Segment = z.infer<typeof segmentSchema>;

/** A navigable section: an editorial label and the segments in it. */
export const sectionSchema = z.object({
  /** Anchor id of the section. */
  id: idSchema,
  /** Short editorial label in the transcript's original language (`original="…"`), for the table of contents. */
  original: z.string().trim().min(1),
  /** The same label in the translation language (`translation="…"`). */
  translation: z.string().trim().min(1),
});
