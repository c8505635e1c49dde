/**
 * The flags of `npm run new -- <slug> [--original-lang <tag>] [--translation-lang <tag>]`, checked
 * all at once: one line per problem, saying how to fix it. The languages are checked as the import
 * checks them; without them a transcript starts as Traditional Chinese → English.
 */
import type { ImportProblem } from './blocks.ts';
import { languageFlagProblems } from './options.ts';

export interface NewOptions {
  slug: string;
  /** BCP 47 tag of the original (default zh-Hant). */
  originalLang: string;
  /** BCP 47 tag of the translation (default en). */
  translationLang: string;
}

const COMMAND = 'npm run new';
export const NEW_USAGE = 'npm run new -- my-interview [--original-lang zh-Hant] [--translation-lang en]';

/** Checks what node:util parseArgs made of the command line; returns the options or every problem. */
export function checkNewOptions(values: Record<string, string | boolean | undefined>, positionals: readonly string[]): { options?: NewOptions; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const slug = positionals[0] ?? '';
  if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(slug) || positionals.length > 1) {
    problems.push({ file: COMMAND, problem: slug ? `"${positionals.join(' ')}" is not one slug` : 'needs a slug', fix: 'give one, lowercase words joined by hyphens: npm run new -- my-interview' });
  }
  const flag = (k: string, fallback: string) => {
    const v = values[k];
    if (v === undefined) return fallback;
    if (typeof v !== 'string' || !v.trim()) {
      problems.push({ file: COMMAND, problem: `--${k} needs a language`, fix: `give a BCP 47 tag, e.g. --${k} ${fallback}` });
      return '';
    }
    return v.trim();
  };
  const originalLang = flag('original-lang', 'zh-Hant');
  const translationLang = flag('translation-lang', 'en');
  problems.push(...languageFlagProblems(COMMAND, originalLang, translationLang));
  for (const k of Object.keys(values)) {
    if (!['original-lang', 'translation-lang'].includes(k)) problems.push({ file: COMMAND, problem: `unknown option --${k}`, fix: `usage: ${NEW_USAGE}` });
  }
  return problems.length ? { problems } : { options: { slug, originalLang, translationLang }, problems };
}
