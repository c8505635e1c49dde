import { z } from 'astro/zod';

/**
 * Why a language tag is refused, worded to follow the field and its value in a check line; undefined
 * when it is a well-formed BCP 47 tag written in its canonical form (so that the tag in the file is
 * the one the site will print in `lang` attributes and exports).
 */
export function languageTagProblem(tag: string): string | undefined {
  let canonical: string;
  try {
    [canonical = ''] = Intl.getCanonicalLocales(tag);
  } catch {
    return `is not a BCP 47 language tag — write a tag such as zh-Hant, en, ja or es (subtags joined by "-")`;
  }
  // Primary subtags of 5–8 letters are reserved by BCP 47; in practice they are language names ("english").
  if (!/^[a-z]{2,3}(?:-|$)/.test(canonical)) return `is not a language code — write a BCP 47 tag such as zh-Hant, en, ja or es`;
  if (canonical !== tag) return `is not written the standard way — write ${canonical}`;
  return undefined;
}

/** A BCP 47 language tag (e.g. `zh-Hant`, `en`, `ja`, `es`), validated with `Intl.getCanonicalLocales`. */
export const languageTagSchema = z
  .string()
  .trim()
  .superRefine((tag, ctx) => {
    const problem = languageTagProblem(tag);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
