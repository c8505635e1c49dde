import { z } from 'astro/zod';
import { languageTagProblem } from '../lib/languages';

export { languageTagProblem };

/** A BCP 47 language tag (e.g. `zh-Hant`, `en`, `ja`, `es`), validated with `Intl.getCanonicalLocales`. */
export const languageTagSchema = z
  .string()
  .trim()
  .superRefine((tag, ctx) => {
    const problem = languageTagProblem(tag);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
