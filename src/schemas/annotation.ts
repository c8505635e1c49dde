import { z } from 'astro/zod';
import { bilingualSchema, idSchema, partialDateSchema } from './common';
import { attributionSchema, verdictSchema } from './verdict';

/** Words of a segment in each of its two texts, by role (the transcript's tags say which language each is in). */
export const roleTextsSchema = z.object({
  /** Copied exactly from the segment's <Original>. */
  original: z.string().trim().min(1, 'the words from the original text are missing'),
  /** Copied exactly from the segment's <Translation>. */
  translation: z.string().trim().min(1, 'the words from the translation are missing'),
});
export type RoleTexts = z.infer<typeof roleTextsSchema>;

/** What an annotation does. */
export const annotationKinds = ['fact-check', 'translation', 'context', 'editorial'] as const;

/** One note on one or more segments of a transcript. */
export const annotationSchema = z
  .object({
    /** Stable id, unique within its transcript; also the note's anchor on the page. */
    id: idSchema,
    /** The segments that carry what the note is about (the first is the main one). */
    segments: z.array(idSchema).min(1, 'must name at least one segment'),
    /** fact-check (with a verdict), translation (why a rendering was chosen), context (background), editorial (e.g. text lost from the source). */
    kind: z.enum(annotationKinds),
    /**
     * A short heading for a translation, context or editorial note, shown on the closed note so that
     * the notes of one segment can be told apart without opening each (a fact-check shows the start
     * of its claim instead, and has no title). A few words, written for a reader who scans.
     */
    title: bilingualSchema.optional(),
    /** Item number in the research dossier this note comes from, when there is one. */
    dossierItem: z.number().int().positive().optional(),
    /** Speaker id of whoever made the checked claim (fact-checks). */
    claimant: idSchema.optional(),
    /** The verdict on the scale (fact-checks only). */
    verdict: verdictSchema.optional(),
    /**
     * For quotes: how far the wording is attributed to the speaker, separate from the verdict. One
     * value when it holds for every segment the note covers; otherwise a map from each covered segment
     * id to its own value (every segment in `segments`, no other), so that a segment whose own wording
     * was not found never inherits a better attribution from its neighbour.
     */
    attribution: z.union([attributionSchema, z.record(idSchema, attributionSchema)]).optional(),
    /** Date of our editorial review of the evidence (fact-checks). */
    checked: partialDateSchema.optional(),
    /** What exactly was checked, in one sentence (fact-checks). */
    claim: bilingualSchema.optional(),
    /** The finding in one line, with its figures (fact-checks). */
    finding: bilingualSchema.optional(),
    /** The note itself, in both languages. */
    body: bilingualSchema,
    /** The speaker's nearest documented English words, exactly as a source gives them. */
    originalEnglish: z.string().optional(),
    /** Where and when `originalEnglish` was said. */
    originalEnglishSource: z.string().optional(),
    /**
     * Which words of a segment this note is about, for a segment that carries several fact-checks
     * (then required, so that a reader can tell which sentence each verdict is on): for each such
     * segment id, an excerpt copied exactly from its <Original> text and one from its <Translation> text. Shown
     * beside the verdict badge and exported. Example: `covers: { some-segment: { original: "…", translation: "…" } }`.
     */
    covers: z.record(idSchema, roleTextsSchema).optional(),
    /** Ids of the sources cited, in the order they are numbered on the page. */
    sources: z.array(idSchema).default([]),
  })
  .superRefine((a, ctx) => {
    // Each message is "problem — how to fix"; the check adds the annotation's id and position.
    const issue = (field: string, why: string) => ctx.addIssue({ code: 'custom', path: [field], message: why });
    const need = (field: keyof typeof a, why: string) => {
      if (a[field] === undefined) issue(field, `${why} — add ${field}: …`);
    };
    if (a.kind === 'fact-check') {
      need('verdict', 'a fact-check needs a verdict');
      need('claim', 'a fact-check must say what was checked');
      need('finding', 'a fact-check needs a one-line finding');
      need('checked', 'a fact-check must say when it was checked');
      need('claimant', 'a fact-check must name whose claim it is');
      if (a.sources.length === 0) issue('sources', 'a fact-check must cite at least one source — add sources: [source-id]');
      if (a.title !== undefined) issue('title', 'a fact-check has no title: its claim is what a reader sees while it is closed — remove title');
      // A review cannot have happened after today.
      const today = new Date().toISOString().slice(0, 10);
      if (a.checked && a.checked > today.slice(0, a.checked.length)) issue('checked', 'is in the future — write the date the evidence was reviewed');
    } else {
      need('title', `a ${a.kind} note needs a title: a few words a reader sees while it is closed`);
      for (const f of ['verdict', 'attribution', 'finding'] as const) {
        if (a[f] !== undefined) issue(f, `only a fact-check has a ${f} — remove ${f}, or make the note kind: fact-check`);
      }
    }
    if (a.attribution !== undefined && typeof a.attribution === 'object') {
      const keys = Object.keys(a.attribution);
      const missing = a.segments.filter((id) => !keys.includes(id));
      const extra = keys.filter((id) => !a.segments.includes(id));
      if (missing.length) issue('attribution', `attribution per segment must name every segment of the note; missing: ${missing.join(', ')} — add each with its own attribution`);
      if (extra.length) issue('attribution', `attribution names segments the note does not cover: ${extra.join(', ')} — add them to segments, or remove them`);
    }
    if (a.originalEnglish && !a.originalEnglishSource) {
      issue('originalEnglishSource', 'original English words need their source — add originalEnglishSource: where and when they were said');
    }
  });
export type Annotation = z.infer<typeof annotationSchema>;

/** One annotations file: content/annotations/<transcript-slug>/<name>.yaml. */
export const annotationFileSchema = z.object({
  /** The notes in this file. */
  annotations: z.array(annotationSchema),
});
