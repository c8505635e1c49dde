/**
 * The import command's flags, checked all at once: one line per problem, saying how to fix it.
 */
import type { ImportProblem } from './blocks.ts';
import { languageTagProblem } from '../languages.ts';

export interface ImportOptions {
  slug: string;
  original: string;
  originalLang: string;
  translation: string;
  translationLang: string;
  titleOriginal?: string | undefined;
  titleTranslation?: string | undefined;
  date: string;
  force: boolean;
}


const COMMAND = 'npm run import';
const USAGE = 'npm run import -- --slug my-interview --original interview.zh.vtt --original-lang zh-Hant --translation interview.en.vtt --translation-lang en --date 2026-01-31';

/** A real calendar date (30 February is not one). */
function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * The --original-lang and --translation-lang flags, as `npm run import` and `npm run new` check
 * them: any pair of languages, each a BCP 47 tag written as the site will print it, and two different ones.
 */
export function languageFlagProblems(command: string, originalLang: string, translationLang: string): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const [flag, tag] of [['original-lang', originalLang], ['translation-lang', translationLang]] as const) {
    const why = tag ? languageTagProblem(tag) : undefined;
    if (why) {
      const [problem, fix = ''] = why.split(' — ');
      problems.push({ file: command, problem: `--${flag} "${tag}" ${problem}`, fix });
    }
  }
  if (originalLang && originalLang === translationLang) {
    problems.push({ file: command, problem: `--original-lang and --translation-lang are both "${originalLang}"`, fix: 'give the language of each text: the translation is in another language than the original' });
  }
  return problems;
}

/** Checks parsed flags (strings from node:util parseArgs); returns the options or every problem. */
export function checkOptions(values: Record<string, string | boolean | undefined>): { options?: ImportOptions; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string).trim() : undefined);
  const need = (k: string, fix: string) => {
    const v = str(k);
    if (!v) problems.push({ file: COMMAND, problem: `--${k} is missing`, fix });
    return v ?? '';
  };
  const slug = need('slug', 'name the transcript, e.g. --slug my-interview (lowercase words joined by hyphens; it becomes the address /transcripts/my-interview/)');
  if (slug && !/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(slug)) problems.push({ file: COMMAND, problem: `--slug "${slug}" is not lowercase words joined by hyphens`, fix: 'use a-z, 0-9 and single hyphens, starting with a letter, e.g. --slug my-interview' });
  const original = need('original', 'give the original text: --original <file> (.txt, .md, .vtt or .srt)');
  const originalLang = need('original-lang', 'say its language as a BCP 47 tag, e.g. --original-lang zh-Hant (or es, ja, en…)');
  const translation = need('translation', 'give the translation in the same format: --translation <file>. The site publishes both texts side by side, so a transcript needs both');
  const translationLang = need('translation-lang', 'say its language as a BCP 47 tag, e.g. --translation-lang en');
  problems.push(...languageFlagProblems(COMMAND, originalLang, translationLang));
  const date = need('date', "give the interview's date: --date YYYY-MM-DD (pages and citations are dated with it, so the import does not guess it)");
  if (date && !isDate(date)) problems.push({ file: COMMAND, problem: `--date "${date}" is not a real date in the form YYYY-MM-DD`, fix: 'e.g. --date 2026-01-31' });
  for (const k of Object.keys(values)) {
    if (!['slug', 'original', 'original-lang', 'translation', 'translation-lang', 'title-original', 'title-translation', 'date', 'force', 'help'].includes(k)) {
      problems.push({ file: COMMAND, problem: `unknown option --${k}`, fix: `usage: ${USAGE}` });
    }
  }
  if (problems.length) return { problems };
  return {
    options: { slug, original, originalLang, translation, translationLang, titleOriginal: str('title-original') || undefined, titleTranslation: str('title-translation') || undefined, date, force: values.force === true },
    problems,
  };
}

export { USAGE };
