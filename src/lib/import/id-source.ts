/**
 * Which of a transcript's two texts the import makes ids from. An id is a permalink that people
 * read, type and share, so it is made of words in Latin script: the English text when either text
 * is English (whichever is the original), else a text written in Latin script (Spanish, pinyin…),
 * else neither, and then each id is the transcript's slug and the item's number.
 */
import { scriptOf, type TextRole } from '../languages.ts';

const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();
const isLatin = (tag: string) => scriptOf(tag) === 'Latn';

/** The role whose text ids are made from, or undefined when neither text is in Latin script. */
export function idRole(originalLang: string, translationLang: string): TextRole | undefined {
  const english = (tag: string) => primary(tag) === 'en' && isLatin(tag);
  if (english(translationLang)) return 'translation';
  if (english(originalLang)) return 'original';
  if (isLatin(translationLang)) return 'translation';
  if (isLatin(originalLang)) return 'original';
  return undefined;
}
