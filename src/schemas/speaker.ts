import { z } from 'astro/zod';
import { bilingualSchema, idSchema } from './common';

/** Someone who speaks or narrates in a transcript (content/data/speakers.yaml). */
export const speakerSchema = z.object({
  /** Stable id used by segments' `speaker` attribute. */
  id: idSchema,
  /** Display name in both languages. */
  name: bilingualSchema,
  /** One line on who this is and how they appear in the text. */
  role: bilingualSchema,
  /** `person` speaks; `narrator` is the report's author, whose voice carries everything that is not a quote. */
  kind: z.enum(['person', 'narrator']),
});
export type Speaker = z.infer<typeof speakerSchema>;
