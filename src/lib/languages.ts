/**
 * Facts about a transcript's content languages (its `originalLanguage` and `translationLanguage`,
 * BCP 47 tags), kept apart from the interface languages (locales.ts). Pure, dependency-free,
 * erasable TypeScript: the Node index script imports it too.
 */

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

/** The two texts of a segment, by role; the transcript's tags say which language each is in. */
export type TextRole = 'original' | 'translation';
export const TEXT_ROLES: readonly TextRole[] = ['original', 'translation'];

/** A transcript's two language tags. */
export interface LanguagePair {
  originalLanguage: string;
  translationLanguage: string;
}

/** The tag of one role's text. */
export const tagOf = (pair: LanguagePair, role: TextRole): string => (role === 'original' ? pair.originalLanguage : pair.translationLanguage);

/**
 * Remembers a function of strings: Intl's objects are slow to build, every page names its
 * languages several times, and a site has only a few tags.
 */
function remembered<A extends string[]>(fn: (...args: A) => string): (...args: A) => string {
  const known = new Map<string, string>();
  return (...args) => {
    const key = args.join('\u0000');
    let value = known.get(key);
    if (value === undefined) known.set(key, (value = fn(...args)));
    return value;
  };
}

/** The script a tag is written in (`zh-Hant` → Hant, `ja` → Jpan, `es` → Latn), or '' when unknown. */
export const scriptOf = remembered((tag: string): string => {
  try {
    return new Intl.Locale(tag).maximize().script ?? '';
  } catch {
    return '';
  }
});

/**
 * Scripts written without spaces between words whose characters our search indexes one by one and
 * in pairs (search/cjk.ts): Han, and Japanese (Han and kana). Thai, Lao, Khmer and Burmese are
 * also written without spaces, but their characters are not expanded, so they are left to Pagefind.
 */
const SPACELESS_SCRIPTS = new Set(['Hani', 'Hans', 'Hant', 'Jpan', 'Hira', 'Kana']);

/** Whether text in this language is written without spaces between words (Chinese, Japanese). */
export const isSpaceless = (tag: string): boolean => SPACELESS_SCRIPTS.has(scriptOf(tag));

/**
 * A language's name in that language (`ja` → 日本語, `es` → Español, `zh-Hant` → 中文), for the
 * reading-mode switch. The bare language is named unless the pair shares it (`zh-Hant` beside
 * `zh-Hans` needs its script), and the first letter is made upper case the language's way; a tag
 * that Intl cannot name is shown as it is.
 */
export const ownName = remembered((tag: string, other = ''): string => {
  try {
    const locale = new Intl.Locale(tag);
    const sameBase = other !== '' && new Intl.Locale(other).language === locale.language;
    const name = new Intl.DisplayNames([tag], { type: 'language', fallback: 'none' }).of(sameBase ? tag : locale.language);
    if (!name) return tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
});

/** The language names of a pair, by role, for the reading modes. */
export function pairNames(pair: LanguagePair): Record<TextRole, string> {
  return {
    original: ownName(pair.originalLanguage, pair.translationLanguage),
    translation: ownName(pair.translationLanguage, pair.originalLanguage),
  };
}

/**
 * Pagefind's language key for a tag: lower case, as Pagefind writes its index names (`zh-hant`,
 * `ja`, `es`); a spaceless language keeps its script so Chinese is segmented as Chinese.
 */
export const pagefindLanguage = (tag: string): string => tag.toLowerCase();

/**
 * A language's name in another language (`nameIn('zh-Hant', 'en')` → Chinese, `nameIn('es',
 * 'zh-Hant')` → 西班牙文), for the labels that say whose words a text is. The bare language is
 * named unless the pair shares it; a tag that Intl cannot name is shown as it is.
 */
export const nameIn = remembered((tag: string, inLanguage: string, other = ''): string => {
  try {
    const base = new Intl.Locale(tag).language;
    const sameBase = other !== '' && new Intl.Locale(other).language === base;
    return new Intl.DisplayNames([inLanguage], { type: 'language', fallback: 'none' }).of(sameBase ? tag : base) ?? tag;
  } catch {
    return tag;
  }
});

/** A pair's two language names in an interface language, by role. */
export function pairNamesIn(pair: LanguagePair, inLanguage: string): Record<TextRole, string> {
  return {
    original: nameIn(pair.originalLanguage, inLanguage, pair.translationLanguage),
    translation: nameIn(pair.translationLanguage, inLanguage, pair.originalLanguage),
  };
}

/** The same value for each text of a pair, keyed by the pair's language tags (the JSON export's `text`). */
export function byTag<T>(pair: LanguagePair, values: Record<TextRole, T>): Record<string, T> {
  return { [pair.originalLanguage]: values.original, [pair.translationLanguage]: values.translation };
}

/**
 * Which of a pair's texts an interface shows where it has room for one (a section in the table of
 * contents or the search filters): the one in the interface's language, else the translation (the
 * text made for readers who do not read the original).
 */
export function roleForInterface(pair: LanguagePair, interfaceLanguage: string): TextRole {
  const base = (tag: string) => tag.split('-')[0]!.toLowerCase();
  if (base(pair.originalLanguage) === base(interfaceLanguage) && base(pair.translationLanguage) !== base(interfaceLanguage)) return 'original';
  return 'translation';
}

/**
 * The `lang` to write on an element whose text is in `tag`, inside an element already in `inherited`:
 * undefined when they are the same, since `lang` is inherited and repeating it is only weight.
 */
export const langUnless = (tag: string, inherited: string): string | undefined => (tag === inherited ? undefined : tag);
