import { z } from 'astro/zod';

/** The fixed verdict scale, from most to least supported. Labels and definitions: src/lib/verdicts.ts. */
export const verdicts = ['accurate', 'mostly-accurate', 'needs-context', 'inaccurate', 'unverified', 'opinion'] as const;
export const verdictSchema = z.enum(verdicts);
export type Verdict = z.infer<typeof verdictSchema>;

/** How far a quote's wording is attributed to the speaker, kept apart from the verdict on its content. */
export const attributions = ['event-report', 'documented-elsewhere', 'not-found'] as const;
export const attributionSchema = z.enum(attributions);
export type Attribution = z.infer<typeof attributionSchema>;
