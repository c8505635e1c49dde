/** Finding an interface language's strings file among those Vite's `import.meta.glob` found. */
import type { Locale } from './locales';

/** The strings file of an interface language: src/lib/strings/<tag in lower case>.ts. */
export const stringsFileName = (l: Locale): string => `${l.toLowerCase()}.ts`;

/**
 * The export a glob of `./strings/*.ts` found in the file of `l`. A language listed in
 * src/lib/locales.ts without its file stops the build with a sentence saying what to write.
 */
export function stringsOf<T>(files: Record<string, T>, l: Locale): T {
  const found = files[`./strings/${stringsFileName(l)}`];
  if (found === undefined) throw new Error(`src/lib/strings/${stringsFileName(l)} is missing: the interface language ${l} is listed in src/lib/locales.ts — copy src/lib/strings/en.ts to it and translate its values (docs/interface-languages.md)`);
  return found;
}
