import { describe, expect, it } from 'vitest';
import { fallbackLang, shownIn, untranslatedPaths, type LocaleTexts } from '../../src/lib/fallback';
import { interfaceLanguages, localePrefix, localeParam, locales, otherLocales, rootLocale, type Locale } from '../../src/lib/locales';
import { switchLocale } from '../../src/lib/urls';
import { stringsOf } from '../../src/lib/strings-file';

/** A language the site does not have: the fallback logic must not care which languages are listed. */
const added = 'en-XA' as Locale;
const both: LocaleTexts = { en: 'The place', 'zh-Hant': '地點' };

describe('editorial text in an interface language', () => {
  it('is its own text where written', () => {
    expect(shownIn(both, 'zh-Hant')).toEqual({ text: '地點', lang: 'zh-Hant', fallback: false });
    expect(shownIn({ ...both, [added]: '[Ŧĥé ƥļàçé]' }, added)).toEqual({ text: '[Ŧĥé ƥļàçé]', lang: added, fallback: false });
    expect(fallbackLang(both, 'zh-Hant')).toBeUndefined();
  });

  it('is the root language’s text, in the root language, where not written or empty', () => {
    expect(rootLocale).toBe('en');
    expect(shownIn(both, added)).toEqual({ text: 'The place', lang: 'en', fallback: true });
    expect(shownIn({ ...both, [added]: '' }, added)).toEqual({ text: 'The place', lang: 'en', fallback: true });
    expect(fallbackLang(both, added)).toBe('en');
  });
});

describe('untranslated fields of parsed content', () => {
  const doc = {
    title: both,
    count: 3,
    annotations: [{ id: 'a', body: both, claim: { ...both, [added]: 'x' } }, { id: 'b', tags: ['en', 'zh-Hant'] }],
    // Not an editorial field: an English text alone, or a pair keyed by role.
    note: { en: 'only English' },
    section: { original: '原文', translation: 'Translation' },
  };

  it('lists the path of each field with no text in the language, and nothing else', () => {
    expect(untranslatedPaths(doc, added)).toEqual([['title'], ['annotations', 0, 'body']]);
    expect(untranslatedPaths(doc, added, ['items', 2])).toEqual([['items', 2, 'title'], ['items', 2, 'annotations', 0, 'body']]);
  });

  it('finds none in a language every field is written in', () => {
    expect(untranslatedPaths(doc, 'zh-Hant')).toEqual([]);
  });
});

describe('the list of interface languages', () => {
  it('puts the root language at the root, the others under their path', () => {
    expect(locales).toEqual(interfaceLanguages.map((l) => l.tag));
    expect(localeParam(rootLocale)).toBeUndefined();
    expect(localePrefix[rootLocale]).toBe('');
    for (const l of locales.slice(1)) expect(`/${localeParam(l)}`).toBe(localePrefix[l]);
  });

  it('gives the language switch every other language, in list order', () => {
    for (const l of locales) expect(otherLocales(l)).toEqual(locales.filter((x) => x !== l));
  });

  it('switches a path between any two languages', () => {
    for (const from of locales) for (const to of locales) expect(switchLocale(switchLocale('/transcripts/x/', from), to), `${from} → ${to}`).toBe(switchLocale('/transcripts/x/', to));
  });

  it('names the missing strings file and what to do, in one line', () => {
    expect(() => stringsOf({}, added)).toThrow(/^src\/lib\/strings\/en-xa\.ts is missing: .* copy src\/lib\/strings\/en\.ts to it and translate its values \(docs\/interface-languages\.md\)$/);
  });
});
