import { describe, expect, it } from 'vitest';
import { languageTagProblem, languageTagSchema } from '../../src/schemas/language';
import { transcriptSchema } from '../../src/schemas/transcript';
import { xTakeoverMeta } from '../fixtures/x-takeover-2025.meta';

describe('language tags (originalLanguage, translationLanguage)', () => {
  it.each(['zh-Hant', 'en', 'ja', 'es', 'es-419', 'zh-Hant-TW', 'pt-BR', 'sr-Latn'])('accepts the well-formed tag %s', (tag) => {
    expect(languageTagProblem(tag)).toBeUndefined();
    expect(languageTagSchema.parse(tag)).toBe(tag);
  });

  it.each([
    ['zh_Hant', 'is not a BCP 47 language tag — write a tag such as zh-Hant, en, ja or es (subtags joined by "-")'],
    ['', 'is not a BCP 47 language tag — write a tag such as zh-Hant, en, ja or es (subtags joined by "-")'],
    ['english', 'is not a language code — write a BCP 47 tag such as zh-Hant, en, ja or es'],
    ['Chinese', 'is not a language code — write a BCP 47 tag such as zh-Hant, en, ja or es'],
    ['zh-hant', 'is not written the standard way — write zh-Hant'],
    ['EN', 'is not written the standard way — write en'],
  ])('refuses %j with a line for the publisher', (tag, message) => {
    expect(languageTagProblem(tag)).toBe(message);
    const r = languageTagSchema.safeParse(tag);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe(message);
  });

  it('a transcript names both languages, and they differ', () => {
    expect(transcriptSchema.safeParse(xTakeoverMeta).success).toBe(true);
    const { translationLanguage: _, ...noTranslation } = xTakeoverMeta;
    expect(transcriptSchema.safeParse(noTranslation).error?.issues.map((i) => i.path.join('.'))).toEqual(['translationLanguage']);
    const same = transcriptSchema.safeParse({ ...xTakeoverMeta, translationLanguage: 'zh-Hant' });
    expect(same.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['translationLanguage', 'is the same as originalLanguage (zh-Hant) — write the language the translation is in']]);
    const japanese = transcriptSchema.safeParse({ ...xTakeoverMeta, originalLanguage: 'ja', translationLanguage: 'en' });
    expect(japanese.success).toBe(true);
  });
});
