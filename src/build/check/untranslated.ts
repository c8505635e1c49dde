/**
 * Editorial fields without text in an interface language added after the content was written
 * (src/schemas/common.ts makes such text optional). Not an error: those fields show in English.
 * One warning per such language counts them; `npm run check -- --untranslated <tag>` lists each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales, rootLocale, type Locale } from '../../lib/locales';
import { untranslatedPaths } from '../../lib/fallback';
import { optionalLocales } from '../../schemas/common';
import type { Problem } from '../../lib/problem';
import type { Entry } from './collections';

/** The valid entries of each collection, as the check parsed them. */
export type Parsed = ReadonlyMap<string, readonly { entry: Entry; data: unknown; ok: boolean }[]>;

const LOCALES_FILE = 'src/lib/locales.ts';

/** Where a language's line is in src/lib/locales.ts (its summary warning points there). */
function lineOf(root: string, tag: string): number | undefined {
  try {
    const i = readFileSync(join(root, LOCALES_FILE), 'utf8').split('\n').findIndex((l) => l.includes(`tag: '${tag}'`));
    return i >= 0 ? i + 1 : undefined;
  } catch {
    return undefined;
  }
}

/** Every field without text in `l`, with its place, and the About page when it has no file in `l`. */
function missing(parsed: Parsed, l: Locale): Problem[] {
  const fields = [...parsed.values()].flat().filter((x) => x.ok).flatMap(({ entry, data }) =>
    untranslatedPaths(data, l).map((path): Problem => ({ file: entry.file, ...entry.yaml.posOf([...entry.at, ...path]), id: entry.id || undefined, problem: `${path.join('.')} has no ${l} text and shows in English`, fix: `add ${l}: "…" beside its ${rootLocale} text`, warning: true })),
  );
  const about = parsed.get('pages')?.filter((x) => x.ok && x.entry.id.startsWith('about')) ?? [];
  const hasAbout = about.some((x) => (x.data as { locale?: string }).locale === l);
  const aboutProblem: Problem[] = hasAbout || about.length === 0 ? [] : [{ file: about[0]!.entry.file, line: 1, col: 1, problem: `the About page has no ${l} version and shows in English`, fix: `copy it to content/pages/about.${l}.mdx, set locale: ${l} and translate it`, warning: true }];
  return [...fields, ...aboutProblem];
}

/**
 * One warning per added interface language that still shows English somewhere, or, for the
 * language `list` names, one warning per field.
 */
export function untranslatedProblems(root: string, parsed: Parsed, list?: string): Problem[] {
  const unknown: Problem[] = list !== undefined && !optionalLocales.includes(list as Locale) ? [{ file: LOCALES_FILE, line: 1, col: 1, problem: `--untranslated ${list}: not an interface language whose content may be untranslated`, fix: optionalLocales.length ? `name one of: ${optionalLocales.join(', ')}` : 'every interface language in the list is required in full; there is nothing to list', warning: true }] : [];
  return [...unknown, ... locales.filter((l) => optionalLocales.includes(l)).flatMap((l): Problem[] => {
    const found = missing(parsed, l);
    if (l === list) return found;
    if (found.length === 0) return [];
    const about = found.some((p) => p.problem.startsWith('the About page'));
    const fields = found.length - (about ? 1 : 0);
    const what = `${fields} editorial ${fields === 1 ? 'field has' : 'fields have'} no ${l} text${about ? ', nor has the About page,' : ''} and show${fields === 1 && !about ? 's' : ''} in English (marked lang="${rootLocale}")`;
    return [{ file: LOCALES_FILE, line: lineOf(root, l), col: 1, id: l, problem: what, fix: `translate them when you can: npm run check -- --untranslated ${l} lists each with its place`, warning: true }];
  })];
}
